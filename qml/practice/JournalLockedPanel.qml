// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A locked journal, closed: calm words, the passphrase, and nothing of its
// pages (not even how many there are). Return opens it.
Panel {
    id: panel
    objectName: "journalLocked"

    property string journalName
    property string problem

    signal unlockRequested(string passphrase)

    function focusFirst() {
        passphrase.forceActiveFocus()
    }

    function clear() {
        passphrase.clear()
    }

    function tryUnlock() {
        if (passphrase.text.length > 0)
            panel.unlockRequested(passphrase.text)
    }

    color: Theme.accentSoft
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("%1: this journal is locked").arg(panel.journalName)

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.scaled(460))
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: qsTr("This journal is locked")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Its pages are sealed on this computer. Its passphrase opens them for as long as you write; after a few quiet minutes, or when Hearth closes, it locks again.")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        TextField {
            id: passphrase
            objectName: "journalUnlockPassphrase"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            Accessible.name: qsTr("Passphrase of this journal")
            Keys.onReturnPressed: panel.tryUnlock()
            Keys.onEnterPressed: panel.tryUnlock()
        }
        Label {
            objectName: "journalUnlockProblem"
            Layout.fillWidth: true
            visible: panel.problem.length > 0
            text: panel.problem
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        PrimaryButton {
            objectName: "journalUnlockButton"
            text: qsTr("Open")
            enabled: passphrase.text.length > 0
            Accessible.name: qsTr("Open this journal")
            onClicked: panel.tryUnlock()
        }
    }
}
