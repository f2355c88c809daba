// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A journal's name: whose it is, or what the two of you call the shared one.
GentleDialog {
    id: dialog
    objectName: "journalRenameDialog"

    property string problem

    signal chosen(string name)

    function ask(current: string) {
        problem = ""
        name.text = current
        name.selectAll()
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(480), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(480))
    modal: true
    title: qsTr("A new name for this journal")
    standardButtons: Dialog.Cancel | Dialog.Ok

    onOpened: name.forceActiveFocus()
    onAccepted: dialog.chosen(name.text)
    Component.onCompleted: {
        standardButton(Dialog.Ok).text = qsTr("Rename")
        standardButton(Dialog.Cancel).text = qsTr("Keep the name")
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        TextField {
            id: name
            objectName: "journalRenameName"
            Layout.fillWidth: true
            Accessible.name: qsTr("Name of the journal")
            Keys.onReturnPressed: dialog.accept()
            Keys.onEnterPressed: dialog.accept()
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            text: dialog.problem
            color: Theme.ink
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
