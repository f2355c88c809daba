// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Setting a lock, changing its passphrase, or taking it off. A new
// passphrase is typed twice, after the plain warning that a forgotten one
// cannot be recovered; taking the lock off asks for the passphrase itself.
// The journal model decides (length, both the same); this only asks.
GentleDialog {
    id: dialog
    objectName: "journalLockDialog"

    enum Mode { SetLock, ChangePassphrase, RemoveLock }
    property int mode: JournalLockDialog.SetLock
    property string problem
    readonly property bool asksNewPassphrase: mode !== JournalLockDialog.RemoveLock

    // Answers the dialog's question; the page calls App.journal and says how it went.
    signal chosen(string passphrase, string repeated)

    function ask(newMode: int) {
        mode = newMode
        problem = ""
        first.clear()
        second.clear()
        standardButton(Dialog.Ok).text = mode === JournalLockDialog.SetLock ? qsTr("Lock it")
                                       : mode === JournalLockDialog.ChangePassphrase ? qsTr("Change it")
                                       : qsTr("Take the lock off")
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(520))
    modal: true
    title: mode === JournalLockDialog.SetLock ? qsTr("Lock this journal with a passphrase?")
         : mode === JournalLockDialog.ChangePassphrase ? qsTr("A new passphrase for this journal")
         : qsTr("Take the lock off this journal?")
    standardButtons: Dialog.Cancel | Dialog.Ok

    onOpened: first.forceActiveFocus()
    onAccepted: dialog.chosen(first.text, asksNewPassphrase ? second.text : first.text)
    Component.onCompleted: standardButton(Dialog.Cancel).text = qsTr("Not now")

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        Label {
            objectName: "journalLockWarning"
            Layout.fillWidth: true
            visible: dialog.asksNewPassphrase
            text: qsTr("Only this passphrase opens the journal. If it is forgotten, no one can recover it, not Hearth and not us, and the pages stay sealed for good. Choose one you will remember, at least %1 characters; a short sentence works well.").arg(App.journal.minimumPassphraseLength)
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: !dialog.asksNewPassphrase
            text: qsTr("Every page will be stored in the clear again, readable by anyone who uses this computer's Hearth. Type the passphrase to take the lock off.")
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        TextField {
            id: first
            objectName: "journalPassphrase"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: dialog.asksNewPassphrase ? qsTr("New passphrase") : qsTr("Passphrase")
            Accessible.name: placeholderText
            KeyNavigation.tab: dialog.asksNewPassphrase ? second : null
            Keys.onReturnPressed: dialog.asksNewPassphrase ? second.forceActiveFocus() : dialog.accept()
            Keys.onEnterPressed: dialog.asksNewPassphrase ? second.forceActiveFocus() : dialog.accept()
        }
        TextField {
            id: second
            objectName: "journalPassphraseAgain"
            Layout.fillWidth: true
            visible: dialog.asksNewPassphrase
            echoMode: TextInput.Password
            placeholderText: qsTr("The same passphrase again")
            Accessible.name: placeholderText
            Keys.onReturnPressed: dialog.accept()
            Keys.onEnterPressed: dialog.accept()
        }
        Label {
            objectName: "journalLockProblem"
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            text: dialog.problem
            color: Theme.ink
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
