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
    // Set by the list: whether this is its current card, and whether the list has the keyboard.
    property bool current: false
    property bool showFocus: false

    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surface
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Card %1 of %2: %3").arg(index + 1).arg(cardCount).arg(shownText)
    // How deep, what kind, which part of the guide; and the follow-ups, counted.
    readonly property string details: {
        let parts = []
        for (const part of [depthNames[depth] ?? "", kindNames[cardKind] ?? "", sectionTitle]) {
            if (part.length > 0)
                parts.push(part)
        }
        if (followUps.length > 0)
            parts.push(qsTr("%n follow-up(s)", "", followUps.length))
        return parts.join(" \u00B7 ")
    }
    Accessible.description: details

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
            text: delegate.details
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
