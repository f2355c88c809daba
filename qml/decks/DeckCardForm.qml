// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One card of the couple's own, new or being changed, with every field a
// built-in card has. The loader's message for a field shows beside it as
// you type (an empty field's only once you try to save). Ctrl+Return saves.
FocusScope {
    id: form

    // The row being changed, or -1 for a new card.
    property int editingRow: -1
    property bool triedOnce: false
    property Item lastWritten: textArea

    readonly property var sectionChoices: App.sectionChoices()
    readonly property var depths: [1, 2, 3]
    readonly property var kinds: ["question", "activity", "reflection", "appreciation"]
    readonly property var answerers: ["each", "both", "one"]

    readonly property var fields: ({
        section: sectionChoices[sectionBox.currentIndex] ? sectionChoices[sectionBox.currentIndex].value : "",
        depth: depths[depthBox.currentIndex] ?? 1,
        kind: kinds[kindBox.currentIndex] ?? "question",
        answeredBy: answerers[answerBox.currentIndex] ?? "each",
        text: textArea.text,
        followUps: [followUp1.text, followUp2.text, followUp3.text],
        listenerHint: hintField.text
    })
    readonly property var problems: App.deckEditor.checkCard(fields)
    readonly property bool sound: Object.keys(problems).length === 0

    signal saved(int row)
    signal messageRequested(string message)

    function shownProblem(field: string, filled: bool): string {
        return triedOnce || filled ? problems[field] ?? "" : ""
    }

    function clear() {
        editingRow = -1
        triedOnce = false
        textArea.text = ""
        followUp1.text = ""
        followUp2.text = ""
        followUp3.text = ""
        hintField.text = ""
    }

    function load(row: int) {
        const card = App.deckEditor.cardAt(row)
        if (card.cardId === undefined)
            return
        editingRow = row
        triedOnce = false
        sectionBox.currentIndex = Math.max(0, sectionChoices.findIndex(choice => choice.value === card.section))
        depthBox.currentIndex = Math.max(0, depths.indexOf(card.depth))
        kindBox.currentIndex = Math.max(0, kinds.indexOf(card.kind))
        answerBox.currentIndex = Math.max(0, answerers.indexOf(card.answeredBy))
        textArea.text = card.text
        followUp1.text = card.followUps[0] ?? ""
        followUp2.text = card.followUps[1] ?? ""
        followUp3.text = card.followUps[2] ?? ""
        hintField.text = card.listenerHint
    }

    function startWriting() {
        textArea.forceActiveFocus()
    }

    function save() {
        triedOnce = true
        if (!sound) {
            messageRequested(qsTr("Not saved yet: %1").arg(Object.values(problems).join(" ")))
            return
        }
        const result = editingRow < 0 ? App.deckEditor.addCard(fields) : App.deckEditor.updateCard(editingRow, fields)
        messageRequested(result.message)
        if (!result.ok)
            return
        const row = editingRow < 0 ? App.deckEditor.cards.count - 1 : editingRow
        clear()
        saved(row)
        textArea.forceActiveFocus()
    }

    function insertPartner() {
        const field = lastWritten as TextInput ?? null
        const area = lastWritten as TextEdit ?? null
        if (field)
            field.insert(field.cursorPosition, "{partner}")
        else if (area)
            area.insert(area.cursorPosition, "{partner}")
        lastWritten.forceActiveFocus()
    }

    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Form
    Accessible.name: editingRow < 0 ? qsTr("A new card") : qsTr("Card %1").arg(editingRow + 1)

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: form.editingRow < 0 ? qsTr("A new card") : qsTr("Changing card %1").arg(form.editingRow + 1)
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("The card's words, to the one speaking")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        WritingArea {
            id: textArea
            objectName: "cardTextArea"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.scaled(64)
            focus: true
            placeholderText: qsTr("What is something {partner} did lately that you were glad of?")
            Accessible.name: qsTr("The card's words")
            Accessible.description: qsTr("{partner} becomes the other one's name when you talk. Ctrl+Return saves the card.")
            onActiveFocusChanged: if (activeFocus) form.lastWritten = textArea
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.shownProblem("text", textArea.text.length > 0)
        }
        QuietButton {
            id: partnerButton
            objectName: "insertPartnerButton"
            text: qsTr("Insert {partner}")
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("Insert the other one's name where you are writing")
            onClicked: form.insertPartner()
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ChoiceBox {
                id: sectionBox
                objectName: "cardSectionBox"
                maximumTextWidth: Theme.scaled(200)
                model: form.sectionChoices.map(choice => choice.text)
                Accessible.name: qsTr("Part of the guide it practises")
            }
            ChoiceBox {
                id: depthBox
                objectName: "cardDepthBox"
                model: [qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]
                Accessible.name: qsTr("How deep it goes")
            }
            ChoiceBox {
                id: kindBox
                objectName: "cardKindBox"
                model: [qsTr("Question"), qsTr("Activity"), qsTr("Reflection"), qsTr("Appreciation")]
                Accessible.name: qsTr("Kind of card")
            }
            ChoiceBox {
                id: answerBox
                objectName: "cardAnswerBox"
                model: [qsTr("Each of you in turn"), qsTr("Both together"), qsTr("The one speaking")]
                Accessible.name: qsTr("Who answers")
            }
        }
        FieldProblem {
            Layout.fillWidth: true
            message: [form.problems.section ?? "", form.problems.depth ?? "", form.problems.kind ?? "",
                      form.problems.answeredBy ?? ""].filter(text => text.length > 0).join(" ")
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Follow-up questions, if you like (up to three)")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        TextField {
            id: followUp1
            objectName: "followUp1"
            Layout.fillWidth: true
            Accessible.name: qsTr("First follow-up question")
            onActiveFocusChanged: if (activeFocus) form.lastWritten = followUp1
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.problems["followUps[0]"] ?? ""
        }
        TextField {
            id: followUp2
            Layout.fillWidth: true
            Accessible.name: qsTr("Second follow-up question")
            onActiveFocusChanged: if (activeFocus) form.lastWritten = followUp2
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.problems["followUps[1]"] ?? ""
        }
        TextField {
            id: followUp3
            Layout.fillWidth: true
            Accessible.name: qsTr("Third follow-up question")
            onActiveFocusChanged: if (activeFocus) form.lastWritten = followUp3
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.problems["followUps[2]"] ?? ""
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.problems.followUps ?? ""
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("A hint for the one listening, if you like")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        TextField {
            id: hintField
            objectName: "listenerHintField"
            Layout.fillWidth: true
            placeholderText: qsTr("Let {partner} finish before you answer.")
            Accessible.name: qsTr("Hint for the listener")
            onActiveFocusChanged: if (activeFocus) form.lastWritten = hintField
        }
        FieldProblem {
            Layout.fillWidth: true
            message: form.problems.listenerHint ?? ""
        }

        RowLayout {
            spacing: Theme.spacingS
            PrimaryButton {
                objectName: "saveCardButton"
                text: form.editingRow < 0 ? qsTr("Add the card") : qsTr("Save the card")
                Accessible.name: text
                onClicked: form.save()
            }
            QuietButton {
                visible: form.editingRow >= 0
                text: qsTr("Write a new card instead")
                Accessible.name: text
                onClicked: {
                    form.clear()
                    form.startWriting()
                }
            }
        }
    }
}
