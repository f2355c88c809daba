// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A titled piece of practice: a "try this" idea or a self-check question.
Panel {
    id: card

    property string title
    property string text
    property string detail
    property string actionText
    signal actionTriggered()

    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + text + (detail.length > 0 ? " " + detail : "")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: card.title
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: card.text
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.3
        }
        QuietButton {
            visible: card.actionText.length > 0
            text: card.actionText
            Accessible.name: card.actionText + ": " + card.title
            onClicked: card.actionTriggered()
        }
        Label {
            Layout.fillWidth: true
            visible: card.detail.length > 0
            text: card.detail
            color: Theme.inkSoft
            font.italic: true
            wrapMode: Text.WordWrap
            lineHeight: 1.3
        }
    }
}
