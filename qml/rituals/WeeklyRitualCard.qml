// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// Home's gentle "one for this week": a ritual to think of, never a task.
// `suggestion` is App.rituals.weeklySuggestion.
Rectangle {
    id: card

    required property var suggestion
    readonly property string ritualId: suggestion.ritualId ?? ""
    readonly property string ritualTitle: suggestion.title ?? ""
    readonly property string whyText: suggestion.keptThisWeek ? qsTr("You have kept this one this week already. Lovely.")
                                      : suggestion.ours ? qsTr("One of your own, for whenever it suits you this week.")
                                                        : qsTr("One you might like to try this week, if it suits you.")

    signal openRequested(string ritualId)

    // Whole pixels: in a Column, what follows the card stays on the pixel grid.
    implicitHeight: Math.ceil(column.implicitHeight) + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("One for this week: %1").arg(ritualTitle)

    // The ember's edge, as Notes have their sage one.
    Rectangle {
        width: 4
        radius: 2
        color: Theme.accent
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
    }

    // A Column: this card is on the home page, which a start shows without
    // loading QtQuick.Layouts.
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        anchors.leftMargin: Theme.spacingL + Theme.spacingM
        spacing: Theme.spacingS

        T.Label {
            text: qsTr("One for this week")
            font.capitalization: Font.AllUppercase
            color: Theme.accent
            font.pixelSize: Theme.textSmall
            font.letterSpacing: 1.5
            font.bold: true
        }
        T.Label {
            objectName: "weeklyRitualTitle"
            width: parent.width
            text: card.ritualTitle
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        T.Label {
            width: Math.min(parent.width, Theme.readingWidth)
            text: card.suggestion.text ?? ""
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }
        T.Label {
            width: parent.width
            text: card.whyText
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }
        // Set a little further apart from the words above.
        Item {
            width: openButton.width
            height: Theme.spacingXs + openButton.height

            QuietButton {
                id: openButton
                objectName: "openWeeklyRitual"
                y: Theme.spacingXs
                text: qsTr("Open it in Rituals")
                Accessible.name: qsTr("Open \u201C%1\u201D in Rituals (Ctrl+9)").arg(card.ritualTitle)
                onClicked: card.openRequested(card.ritualId)
            }
        }
    }
}
