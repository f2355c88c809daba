// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Ticking a ritual off, with a note if the couple wants one. Enter ticks it
// off; Esc leaves it as it was.
GentleDialog {
    id: dialog

    property string ritualId
    property string ritualTitle
    readonly property alias note: noteField.text

    signal tickConfirmed(string ritualId, string note)

    function ask(id: string, title: string) {
        ritualId = id
        ritualTitle = title
        noteField.clear()
        open()
    }

    modal: true
    focus: true
    title: qsTr("You kept \u201C%1\u201D").arg(ritualTitle)
    standardButtons: Dialog.Cancel | Dialog.Ok
    onOpened: noteField.forceActiveFocus()

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("A note for the two of you, if you like: what you did, or how it felt.")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        TextField {
            id: noteField
            objectName: "tickNote"
            Layout.fillWidth: true
            placeholderText: qsTr("Optional")
            selectByMouse: true
            maximumLength: 500
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("A note about keeping this ritual, if you like")
            onAccepted: dialog.accept()
            background: Rectangle {
                implicitHeight: 40
                radius: Theme.radiusSmall
                color: Theme.surface
                border.width: noteField.activeFocus ? 2 : 1
                border.color: noteField.activeFocus ? Theme.accent : Theme.border
                FocusRing {
                    shown: noteField.activeFocus
                }
            }
        }
    }

    Component.onCompleted: {
        standardButton(Dialog.Ok).text = qsTr("Tick it off")
        standardButton(Dialog.Ok).highlighted = true
        standardButton(Dialog.Cancel).text = qsTr("Not now")
    }
    onAccepted: tickConfirmed(ritualId, noteField.text)
}
