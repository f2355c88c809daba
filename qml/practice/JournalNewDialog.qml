// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A new journal: one person's own, named for them, or one the two of you share.
GentleDialog {
    id: dialog
    objectName: "journalNewDialog"

    property string problem

    signal chosen(string name, bool shared)

    function ask() {
        problem = ""
        name.clear()
        own.checked = true
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(480), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(480))
    modal: true
    title: qsTr("A new journal")
    standardButtons: Dialog.Cancel | Dialog.Ok

    onOpened: name.forceActiveFocus()
    onAccepted: dialog.chosen(name.text, shared.checked)
    Component.onCompleted: {
        standardButton(Dialog.Ok).text = qsTr("Make it")
        standardButton(Dialog.Cancel).text = qsTr("Not now")
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        RadioButton {
            id: own
            checked: true
            text: qsTr("One person's own journal")
            Accessible.name: text
            FocusRing {
                shown: own.visualFocus
            }
        }
        RadioButton {
            id: shared
            text: qsTr("A journal the two of you share")
            Accessible.name: text
            FocusRing {
                shown: shared.visualFocus
            }
        }
        TextField {
            id: name
            objectName: "journalNewName"
            Layout.fillWidth: true
            placeholderText: shared.checked ? qsTr("Its name (optional)") : qsTr("Whose is it? Their name")
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
