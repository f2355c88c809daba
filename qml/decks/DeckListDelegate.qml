// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One of the couple's own decks: its name, how many cards, and where it came
// from ("Ours", or "From a pack"), said in words.
Rectangle {
    id: delegate

    required property int index
    required property string deckId
    required property string title
    required property int cardCount
    required property string source

    signal chosen()

    readonly property bool highlighted: ListView.view !== null && ListView.view.currentIndex === index
    readonly property bool showFocus: highlighted && ListView.view !== null && ListView.view.activeFocus
    readonly property string originText: source === "pack" ? qsTr("From a pack") : qsTr("Ours")

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: highlighted ? Theme.rowHighlight : Theme.surface
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %n card(s)", "", cardCount).arg(title).arg(originText)

    TapHandler {
        onTapped: delegate.chosen()
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs
        Label {
            Layout.fillWidth: true
            text: delegate.title
            color: Theme.ink
            font.bold: delegate.highlighted
            wrapMode: Text.WordWrap
        }
        Row {
            spacing: Theme.spacingS
            Tag {
                text: delegate.originText
                tint: Theme.sageSoft
            }
            Label {
                text: qsTr("%n card(s)", "", delegate.cardCount)
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
            }
        }
    }
}
