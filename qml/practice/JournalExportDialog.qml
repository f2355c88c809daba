// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// Taking a journal out of Hearth as a Markdown file: first the plain truth
// that anyone with the file can read it, then the usual save dialog.
Item {
    id: root

    // Exposed for tests: the question and the file dialog.
    readonly property alias confirmation: confirmation
    readonly property alias saveDialog: saveDialog

    signal saveChosen(url file)

    function open() {
        confirmation.open()
    }

    GentleDialog {
        id: confirmation
        objectName: "journalExportConfirmation"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(520))
        modal: true
        title: qsTr("Save this journal as a file?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("The file is plain text: anyone who has it, or opens it on this computer, can read every page. A lock in Hearth does not come with it.")
        }
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Choose where to save it")
            standardButton(Dialog.Cancel).text = qsTr("Keep it in Hearth only")
            standardButton(Dialog.Cancel).highlighted = true
        }
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        onAccepted: saveDialog.open()
    }

    SaveFileDialog {
        id: saveDialog
        title: qsTr("Save the journal as Markdown")
        stem: "hearth-journal"
        suffix: "md"
        nameFilters: [qsTr("Markdown (*.md)")]
        onSaveChosen: file => root.saveChosen(file)
    }
}
