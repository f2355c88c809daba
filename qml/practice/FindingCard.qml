// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One thing the coach noticed: what kind, the words, why they may land badly,
// and what to say instead, with its replacement when one fits.
Rectangle {
    id: card

    // {kind, kindLabel, excerpt, message, suggestion, replacement}
    property var finding: ({})
    property bool current
    // Shown beside the replacement: the key that applies it, if any.
    property string applyKeys
    property bool compact

    signal applyRequested()
    signal selected()

    readonly property color kindColour: Theme.findingColours[finding.kind ?? ""] ?? Theme.accent
    readonly property bool hasReplacement: (finding.replacement ?? "").length > 0

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusSmall
    color: current ? Theme.accentSoft : Theme.surface
    border.width: current ? 2 : 1
    border.color: current ? kindColour : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: (finding.kindLabel ?? "") + ": \u201C" + (finding.excerpt ?? "") + "\u201D. "
                     + (finding.message ?? "") + " " + (finding.suggestion ?? "")

    Rectangle {
        width: 4
        radius: 2
        color: card.kindColour
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingS
    }

    TapHandler {
        onTapped: card.selected()
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingM + Theme.spacingS
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            // The kind, then the words found, quoted as the language quotes.
            text: qsTr("<b>%1</b>  <i>\u201C%2\u201D</i>", "a kind of finding, then the words it is about")
                  .arg(card.finding.kindLabel ?? "")
                  .arg(String(card.finding.excerpt ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;"))
            textFormat: Text.StyledText
            color: card.kindColour
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: card.finding.message ?? ""
            color: Theme.ink
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        Label {
            Layout.fillWidth: true
            visible: !card.compact || card.current
            text: qsTr("Instead: %1").arg(card.finding.suggestion ?? "")
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        RowLayout {
            visible: card.hasReplacement
            spacing: Theme.spacingS
            QuietButton {
                text: qsTr("Use \u201C%1\u201D").arg(card.finding.replacement ?? "")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Replace \u201C%1\u201D with \u201C%2\u201D").arg(card.finding.excerpt ?? "").arg(card.finding.replacement ?? "")
                onClicked: card.applyRequested()
            }
            KeyHint {
                visible: card.current && card.applyKeys.length > 0
                keys: card.applyKeys
                action: qsTr("uses it")
            }
        }
    }
}
