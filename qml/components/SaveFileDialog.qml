// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Hearth

// Saving a file as a person expects: the dialog opens in Documents (or where
// they saved last) with today's name suggested, its button says Save, a name
// typed without a suffix gets one, and a file already there is replaced only
// when they say so. `saveChosen` hands over the file to write.
Item {
    id: root

    property alias title: fileDialog.title
    property alias nameFilters: fileDialog.nameFilters
    // The suggested name is stem-<today>.suffix, such as hearth-backup-2026-11-30.json.
    property string stem
    property string suffix
    // Exposed for tests: the dialog and the question before replacing.
    readonly property alias dialog: fileDialog
    readonly property alias question: replaceQuestion

    // Where the last file was saved: the next save starts there.
    property url lastFolder

    signal saveChosen(url file)

    function open() {
        fileDialog.selectedFile = FileChoices.suggestedFile(root.stem, root.suffix, root.lastFolder)
        fileDialog.open()
    }

    function save(file: url) {
        root.lastFolder = FileChoices.folderOf(file)
        root.saveChosen(file)
    }

    HearthFileDialog {
        id: fileDialog
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        // No defaultSuffix: Qt 6.4.2 adds it to a typed name's URL before the
        // name is whole; FileChoices adds it to the path instead.
        onAccepted: {
            const file = FileChoices.chosenFile(selectedFile, root.suffix)
            if (FileChoices.exists(file)) {
                replaceQuestion.file = file
                replaceQuestion.open()
            } else {
                root.save(file)
            }
        }
    }

    GentleDialog {
        id: replaceQuestion
        property url file
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Replace %1?").arg(FileChoices.fileName(file))
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("A file with this name is already in %1. Replacing it puts this one in its place, and what that file holds now is lost.").arg(FileChoices.folderName(replaceQuestion.file))
        }
        // Keeping the file is the prominent choice and where the keys start
        // (with its focus shown); replacing must be chosen.
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Replace")
            standardButton(Dialog.Cancel).text = qsTr("Choose another name")
            standardButton(Dialog.Cancel).highlighted = true
        }
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        onAccepted: root.save(file)
        // Back to the dialog, where the name can be changed.
        onRejected: {
            fileDialog.selectedFile = file
            fileDialog.open()
        }
    }
}
