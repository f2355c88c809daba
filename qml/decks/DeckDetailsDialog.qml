// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A deck's name, what it is for and its mood: for a new deck, or to change
// them. The loader's messages show beside the fields as they are typed.
GentleDialog {
    id: dialog
    objectName: "deckDetailsDialog"

    property bool creating: true
    readonly property var moods: ["light", "warm", "deep", "playful", "repair"]
    readonly property var moodNames: [qsTr("Light"), qsTr("Warm"), qsTr("Deep"), qsTr("Playful"), qsTr("Repair")]
    readonly property string chosenMood: moods[moodBox.currentIndex] ?? "warm"
    readonly property var problems: App.deckEditor.checkDeck(titleField.text, descriptionField.text, chosenMood)
    property bool triedOnce: false

    signal chosen(string title, string description, string mood)

    function ask(isNew: bool, title: string, description: string, mood: string) {
        creating = isNew
        triedOnce = false
        titleField.text = title
        descriptionField.text = description
        moodBox.currentIndex = Math.max(0, moods.indexOf(mood.length > 0 ? mood : "warm"))
        open()
    }

    function tryAccept() {
        triedOnce = true
        if (Object.keys(problems).length === 0)
            accept()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(560), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(560))
    modal: true
    title: creating ? qsTr("A deck of your own") : qsTr("About this deck")
    standardButtons: Dialog.Cancel | Dialog.Ok

    onOpened: {
        titleField.forceActiveFocus()
        titleField.selectAll()
    }
    onAccepted: dialog.chosen(titleField.text, descriptionField.text, chosenMood)
    Component.onCompleted: {
        standardButton(Dialog.Cancel).text = qsTr("Not now")
        standardButton(Dialog.Ok).text = Qt.binding(() => dialog.creating ? qsTr("Make the deck") : qsTr("Save"))
        // A deck with a problem is not saved: the field says what to change.
        standardButton(Dialog.Ok).enabled = Qt.binding(() => Object.keys(dialog.problems).length === 0)
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        Label {
            text: qsTr("Name")
            color: Theme.inkSoft
        }
        TextField {
            id: titleField
            objectName: "deckTitleField"
            Layout.fillWidth: true
            placeholderText: qsTr("Sunday mornings, for example")
            Accessible.name: qsTr("Name of the deck")
            Keys.onReturnPressed: dialog.tryAccept()
            Keys.onEnterPressed: dialog.tryAccept()
        }
        FieldProblem {
            Layout.fillWidth: true
            message: dialog.triedOnce || titleField.text.length > 0 ? dialog.problems.title ?? "" : ""
        }
        Label {
            text: qsTr("What it is for, in a sentence or two")
            color: Theme.inkSoft
        }
        TextField {
            id: descriptionField
            objectName: "deckDescriptionField"
            Layout.fillWidth: true
            placeholderText: qsTr("Questions for slow mornings with coffee.")
            Accessible.name: qsTr("What the deck is for")
            Keys.onReturnPressed: dialog.tryAccept()
            Keys.onEnterPressed: dialog.tryAccept()
        }
        FieldProblem {
            Layout.fillWidth: true
            message: dialog.triedOnce || descriptionField.text.length > 0 ? dialog.problems.description ?? "" : ""
        }
        Label {
            text: qsTr("Mood")
            color: Theme.inkSoft
        }
        ChoiceBox {
            id: moodBox
            objectName: "deckMoodBox"
            model: dialog.moodNames
            Accessible.name: qsTr("Mood of the deck")
        }
        FieldProblem {
            Layout.fillWidth: true
            message: dialog.problems.mood ?? ""
        }
    }
}
