// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Before a conversation: who is here, what to talk about, how deep and how
// long. Everything has a sensible default, so Enter alone can begin.
FocusScope {
    id: setup

    property string by: App.together.choiceBy
    property var chosenIds: App.together.choiceIds
    property int depth: 2
    property int lengthIndex: 1
    readonly property var lengths: [
        { cards: 5, minutes: 0, text: qsTr("5 cards") },
        { cards: 10, minutes: 0, text: qsTr("10 cards") },
        { cards: 0, minutes: 20, text: qsTr("20 minutes") },
        { cards: 0, minutes: 40, text: qsTr("40 minutes") },
        { cards: 0, minutes: 0, text: qsTr("No limit") }
    ]
    // What stands between this setup and the first card; the rule is the core's.
    readonly property string missing: App.together.missingForStart(firstName.text, secondName.text, by, chosenIds)
    readonly property bool ready: missing.length === 0
    property string message

    signal conversationsRequested()

    function toggleChosen(id: string) {
        const ids = chosenIds.slice()
        const at = ids.indexOf(id)
        if (at >= 0)
            ids.splice(at, 1)
        else
            ids.push(id)
        chosenIds = ids
    }

    function begin(startOver: bool) {
        if (!ready)
            return
        if (!App.together.saveCouple(firstName.text, firstColour.colour, secondName.text, secondColour.colour))
            return
        const length = lengths[lengthIndex]
        if (App.together.start(by, chosenIds, depth, length.cards, length.minutes, startOver))
            message = ""
        else if (App.together.setUsedUp)
            message = qsTr("You have talked about every card in this choice. You can start over with them, or choose something else.")
        else
            message = qsTr("No cards match this choice at this depth. Try going a little deeper, or choose more.")
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Set up a conversation")
    Keys.onReturnPressed: begin(false)
    Keys.onEnterPressed: begin(false)

    ScrollView {
        id: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, 900)
            x: Theme.spacingXl
            spacing: Theme.spacingL

            Item { Layout.preferredHeight: Theme.spacingM }

            RowLayout {
                Layout.fillWidth: true
                PageHeader {
                    Layout.fillWidth: true
                    eyebrow: qsTr("Together")
                    title: qsTr("A conversation for the two of you")
                }
                QuietButton {
                    objectName: "conversationsButton"
                    enabled: App.conversations.count > 0
                    text: App.conversations.count > 0 ? qsTr("Your conversations (%1)").arg(App.conversations.count)
                                                      : qsTr("Your conversations")
                    Accessible.name: qsTr("Look back on your conversations")
                    onClicked: setup.conversationsRequested()
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                font.pixelSize: Theme.textLead
                text: qsTr("Sit side by side. Hearth will show one card at a time, say whose turn it is, and help the one listening. Either of you can pass, pause, or go lighter at any moment, without giving a reason.")
            }

            GridLayout {
                columns: 3
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS
                Label {
                    text: qsTr("One of you")
                    color: Theme.ink
                }
                TextField {
                    id: firstName
                    objectName: "firstName"
                    Layout.preferredWidth: 260
                    focus: true
                    text: App.together.names[0] ?? ""
                    placeholderText: qsTr("Name")
                    maximumLength: 40
                    Accessible.name: qsTr("First partner's name")
                    onAccepted: secondName.forceActiveFocus()
                }
                ColourPicker {
                    id: firstColour
                    partnerName: firstName.text
                    colour: App.together.colours[0] || palette[0]
                }
                Label {
                    text: qsTr("The other")
                    color: Theme.ink
                }
                TextField {
                    id: secondName
                    objectName: "secondName"
                    Layout.preferredWidth: 260
                    text: App.together.names[1] ?? ""
                    placeholderText: qsTr("Name")
                    maximumLength: 40
                    Accessible.name: qsTr("Second partner's name")
                    onAccepted: setup.begin(false)
                }
                ColourPicker {
                    id: secondColour
                    partnerName: secondName.text
                    colour: App.together.colours[1] || palette[1]
                }
            }

            Label {
                text: qsTr("What would you like to talk about?")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    model: [
                        { value: "surprise", text: qsTr("Surprise us") },
                        { value: "decks", text: qsTr("Choose a deck") },
                        { value: "sections", text: qsTr("Choose a part of the guide") },
                        { value: "escalating", text: qsTr("The deepening conversation") }
                    ]
                    delegate: RadioButton {
                        id: wayChoice
                        required property var modelData
                        text: modelData.text
                        checked: setup.by === modelData.value
                        Accessible.name: text
                        FocusRing {
                            shown: wayChoice.visualFocus
                        }
                        onClicked: {
                            setup.by = modelData.value
                            setup.chosenIds = []
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: setup.by === "escalating"
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                text: qsTr("Thirty-six questions in three rounds, each a little deeper than the last. You both answer each one, in order. You can stop after any round.")
            }
            // Parts of the guide fit side by side; each deck gets a line saying what it is for.
            Flow {
                Layout.fillWidth: true
                visible: setup.by === "sections"
                spacing: Theme.spacingS
                Repeater {
                    model: setup.by === "sections" ? App.sectionChoices() : []
                    delegate: CheckBox {
                        required property var modelData
                        text: modelData.text
                        checked: setup.chosenIds.indexOf(modelData.value) >= 0
                        Accessible.name: text
                        onClicked: setup.toggleChosen(modelData.value)
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: setup.by === "decks"
                spacing: 0
                Repeater {
                    model: setup.by === "decks" ? App.decks : []
                    delegate: CheckBox {
                        id: deckBox
                        required property var modelData
                        readonly property string summary: App.together.deckSummary(modelData.value)
                        Layout.fillWidth: true
                        text: modelData.text
                        checked: setup.chosenIds.indexOf(modelData.value) >= 0
                        readonly property string originText: modelData.origin === "ours" ? qsTr("Ours")
                                                           : modelData.origin === "pack" ? qsTr("From a pack") : ""
                        Accessible.name: originText.length > 0 ? text + ", " + originText : text
                        Accessible.description: summary
                        onClicked: setup.toggleChosen(modelData.value)
                        contentItem: Column {
                            leftPadding: deckBox.indicator.width + deckBox.spacing
                            Row {
                                spacing: Theme.spacingS
                                Label {
                                    text: deckBox.text
                                    font.pixelSize: Theme.textBody
                                    color: Theme.ink
                                    font.bold: deckBox.checked
                                }
                                Tag {
                                    objectName: "deckOriginTag"
                                    text: deckBox.originText
                                    visible: text.length > 0
                                    tint: Theme.sageSoft
                                }
                            }
                            Label {
                                objectName: "deckSummary"
                                width: deckBox.width - deckBox.indicator.width - deckBox.spacing - deckBox.leftPadding - deckBox.rightPadding
                                text: deckBox.summary
                                color: Theme.inkSoft
                                font.pixelSize: Theme.textSmall
                                elide: Text.ElideRight
                                ToolTip.visible: truncated && deckBox.hovered
                                ToolTip.text: text
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("How deep tonight?")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                visible: setup.by !== "escalating"
            }
            RowLayout {
                visible: setup.by !== "escalating"
                spacing: Theme.spacingS
                Repeater {
                    model: [qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]
                    delegate: RadioButton {
                        id: depthChoice
                        required property int index
                        required property string modelData
                        text: modelData
                        checked: setup.depth === index + 1
                        Accessible.name: qsTr("Go no deeper than: %1").arg(modelData)
                        FocusRing {
                            shown: depthChoice.visualFocus
                        }
                        onClicked: setup.depth = index + 1
                    }
                }
                Label {
                    Layout.leftMargin: Theme.spacingM
                    text: qsTr("Agree on this together. Either of you can go lighter at any time; going deeper needs you both.")
                    color: Theme.inkSoft
                    font.pixelSize: Theme.textSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            Label {
                text: qsTr("For how long?")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                visible: setup.by !== "escalating"
            }
            // A Flow: at large text five choices are wider than a small window,
            // and a row would push the whole column past the page's edge.
            Flow {
                Layout.fillWidth: true
                visible: setup.by !== "escalating"
                spacing: Theme.spacingS
                Repeater {
                    model: setup.lengths
                    delegate: RadioButton {
                        id: lengthChoice
                        required property int index
                        required property var modelData
                        text: modelData.text
                        checked: setup.lengthIndex === index
                        Accessible.name: qsTr("Length: %1").arg(modelData.text)
                        FocusRing {
                            shown: lengthChoice.visualFocus
                        }
                        onClicked: setup.lengthIndex = index
                    }
                }
            }

            Note {
                Layout.fillWidth: true
                visible: App.careNoteText.length > 0
                title: App.careNoteTitle
                text: App.careNoteText
            }

            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }

    // Always in view, however small the window: how to begin.
    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: footerColumn.implicitHeight + 2 * Theme.spacingM
        color: Theme.background

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.border
        }

        Column {
            id: footerColumn
            x: Theme.spacingXl
            width: Math.min(parent.width - 2 * Theme.spacingXl, 900)
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingS

            // Always one line, so the bar never jumps: a problem, else what is missing.
            Label {
                objectName: "beginHint"
                width: parent.width
                text: setup.message.length > 0 ? setup.message
                      : setup.ready ? qsTr("Press Enter when you are both ready.")
                      : setup.missing
                color: setup.message.length > 0 ? Theme.caution : Theme.inkSoft
                wrapMode: Text.WordWrap
            }
            Row {
                spacing: Theme.spacingM
                PrimaryButton {
                    objectName: "beginButton"
                    text: qsTr("Begin (Enter)")
                    enabled: setup.ready
                    Accessible.name: qsTr("Begin the conversation")
                    onClicked: setup.begin(false)
                }
                Button {
                    visible: App.together.setUsedUp
                    text: qsTr("Start over with these cards")
                    Accessible.name: text
                    onClicked: setup.begin(true)
                }
            }
        }
    }
}
