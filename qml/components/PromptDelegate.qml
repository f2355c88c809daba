// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One prompt in the Library: what it is, where it belongs, its words, and
// whatever helps it along (follow-ups, a hint for the listener, model rewrites).
Rectangle {
    id: delegate

    required property int index
    required property string promptKind
    required property string contentId
    required property string text
    required property string title
    required property string sectionTitle
    required property string deckTitle
    required property int depth
    required property string cardKind
    required property var followUps
    required property string listenerHint
    required property var details
    required property bool starred
    // "ours" or "pack" for a card of the couple's own decks.
    required property string deckOrigin
    readonly property string originText: deckOrigin === "ours" ? qsTr("Ours") : deckOrigin === "pack" ? qsTr("From a pack") : ""

    // The words and title as StyledText with the searched words marked (from
    // the filter model), or empty to show them plain.
    property string textMarkup
    property string titleMarkup

    signal starToggled()

    readonly property var depthNames: ["", qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]
    readonly property var cardKindNames: ({
        question: qsTr("Question"), activity: qsTr("Activity"), reflection: qsTr("Reflection"),
        appreciation: qsTr("Appreciation"), journaling: qsTr("Journaling"), mindfulness: qsTr("Mindfulness"),
        daily: qsTr("Daily"), weekly: qsTr("Weekly"), occasional: qsTr("Now and then")
    })
    readonly property string kindText: {
        switch (promptKind) {
        case "card": return qsTr("Conversation card")
        case "journal": return qsTr("Journal prompt")
        case "drill": return qsTr("Rewrite drill")
        case "ritual": return qsTr("Ritual")
        }
        return ""
    }

    // Compared by row, not ListView.isCurrentItem: a reused card (reuseItems)
    // kept the attached value of the row it showed before, and its highlight.
    readonly property string secondTag: promptKind === "card" ? (depthNames[depth] ?? "") : sectionTitle
    readonly property string tagsText: kindText + (secondTag.length > 0 ? ", " + secondTag : "")
                                       + (originText.length > 0 ? ", " + originText : "")

    readonly property bool highlighted: ListView.view !== null && ListView.view.currentIndex === index
    readonly property bool showFocus: highlighted && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    // Inside the card, not around it: the list clips what lies outside its rows.
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: (starred ? qsTr("Starred. ") : "") + tagsText + ". " + (title.length > 0 ? title + ". " : "") + text
    // What the two tags leave out, for screen readers.
    Accessible.description: {
        let parts = []
        const cardKindName = cardKindNames[cardKind] ?? ""
        if (cardKindName.length > 0)
            parts.push(cardKindName)
        if (promptKind === "card" && sectionTitle.length > 0)
            parts.push(sectionTitle)
        if (deckTitle.length > 0)
            parts.push(qsTr("Deck: %1").arg(deckTitle))
        return parts.join(", ")
    }


    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            // Two tags, the ones that help choose: what it is, and for a card
            // how deep it goes, for anything else which part of the guide it
            // belongs to. The rest is in the filters and in the description.
            Row {
                spacing: Theme.spacingS
                Tag {
                    text: delegate.kindText
                    tint: Theme.accentSoft
                    color: Theme.accentHover
                }
                Tag {
                    text: delegate.secondTag
                    visible: text.length > 0
                    tint: delegate.promptKind === "card" ? Theme.surfaceSunken : Theme.sageSoft
                }
                Tag {
                    objectName: "originTag"
                    text: delegate.originText
                    visible: text.length > 0
                    tint: Theme.sageSoft
                }
            }

            Label {
                Layout.fillWidth: true
                visible: delegate.title.length > 0
                text: delegate.titleMarkup.length > 0 ? delegate.titleMarkup : delegate.title
                textFormat: delegate.titleMarkup.length > 0 ? Text.StyledText : Text.PlainText
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "promptText"
                Layout.fillWidth: true
                text: delegate.textMarkup.length > 0 ? delegate.textMarkup : delegate.text
                textFormat: delegate.textMarkup.length > 0 ? Text.StyledText : Text.PlainText
                font.pixelSize: Theme.textLead
                color: Theme.ink
                wrapMode: Text.WordWrap
                lineHeight: 1.25
            }
            Label {
                objectName: "promptFollowUps"
                Layout.fillWidth: true
                visible: delegate.followUps.length > 0
                text: qsTr("Then ask: %1").arg(delegate.followUps.join("  \u2022  "))
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: delegate.listenerHint.length > 0
                text: (delegate.promptKind === "drill" ? qsTr("What changes: %1") : qsTr("For the listener: %1")).arg(delegate.listenerHint)
                color: Theme.sage
                font.pixelSize: Theme.textSmall
                font.italic: true
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: delegate.promptKind === "drill" && delegate.details.length > 0
                text: qsTr("One kinder way to say it: %1").arg(delegate.details[0] ?? "")
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: delegate.promptKind === "ritual" && delegate.details.length > 0
                text: qsTr("About %1 minutes").arg(delegate.details[0] ?? "")
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
            }
        }

        StarButton {
            Layout.alignment: Qt.AlignTop
            starred: delegate.starred
            // Tab reaches the buttons of the highlighted row only; the arrows choose the row.
            focusPolicy: delegate.highlighted ? Qt.TabFocus : Qt.NoFocus
            onClicked: delegate.starToggled()
        }
    }

    TapHandler {
        onTapped: {
            delegate.ListView.view.currentIndex = delegate.index
            delegate.ListView.view.forceActiveFocus()
        }
    }
}
