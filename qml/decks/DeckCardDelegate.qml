// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One card in the deck being written: its words (with "your partner" where
// it says {partner}), how deep and what kind, and buttons to change, move and delete it.
Rectangle {
    id: delegate

    required property int index
    required property string cardId
    required property string shownText
    required property string sectionTitle
    required property int depth
    required property string cardKind
    required property var followUps
    required property int cardCount

    signal editRequested()
    signal moveRequested(int by)
    signal deleteRequested()

    readonly property var depthNames: ["", qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]
    readonly property var kindNames: ({
        question: qsTr("Question"), activity: qsTr("Activity"), reflection: qsTr("Reflection"),
        appreciation: qsTr("Appreciation")
    })
    readonly property bool highlighted: ListView.view !== null && ListView.view.currentIndex === index
    readonly property bool showFocus: highlighted && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Card %1 of %2: %3").arg(index + 1).arg(cardCount).arg(shownText)
    Accessible.description: [depthNames[depth] ?? "", kindNames[cardKind] ?? "", sectionTitle].join(", ")

    ColumnLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            objectName: "ownCardText"
            Layout.fillWidth: true
            text: (delegate.index + 1) + ". " + delegate.shownText
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: [delegate.depthNames[delegate.depth] ?? "", delegate.kindNames[delegate.cardKind] ?? "",
                   delegate.sectionTitle].filter(part => part.length > 0).join(" \u00B7 ")
                  + (delegate.followUps.length > 0 ? " \u00B7 " + qsTr("%n follow-up(s)", "", delegate.followUps.length) : "")
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }
        // Buttons for the pointer; the list's keys do the same (Return, Ctrl+Up/Down, Delete).
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            QuietButton {
                text: qsTr("Change")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Change card %1").arg(delegate.index + 1)
                onClicked: delegate.editRequested()
            }
            QuietButton {
                text: qsTr("Up")
                enabled: delegate.index > 0
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Move card %1 up").arg(delegate.index + 1)
                onClicked: delegate.moveRequested(-1)
            }
            QuietButton {
                text: qsTr("Down")
                enabled: delegate.index < delegate.cardCount - 1
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Move card %1 down").arg(delegate.index + 1)
                onClicked: delegate.moveRequested(1)
            }
            QuietButton {
                text: qsTr("Delete")
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Delete card %1").arg(delegate.index + 1)
                onClicked: delegate.deleteRequested()
            }
        }
    }
}
