// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// One part of the guide on the home page: its number, title and first words.
// Every tile keeps room for two lines of title and three of summary, so a row
// of tiles lines up and grows with the desktop's text size.
T.AbstractButton {
    id: tile

    property int number
    property string summary

    readonly property int titleLines: 2
    readonly property int summaryLines: 3
    readonly property real summaryLineHeight: 1.3

    // Whole pixels, so that the tiles' edges stay sharp in the home page's Grid.
    implicitHeight: Math.ceil(topPadding + bottomPadding + Theme.smallBoldMetrics.height + 2 * Theme.spacingXs
                              + titleLines * Theme.subtitleMetrics.lineSpacing
                              + summaryLines * summaryLineHeight * Theme.smallMetrics.lineSpacing)
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Part %1: %2").arg(number).arg(text)
    Accessible.description: summary

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: tile.hovered ? Theme.surfaceHover : Theme.surface
        border.width: tile.visualFocus ? 2 : 1
        border.color: tile.visualFocus ? Theme.focusRing : Theme.border
    }

    contentItem: Column {
        spacing: Theme.spacingXs

        T.Label {
            text: qsTr("Part %1").arg(tile.number)
            color: Theme.accent
            font.pixelSize: Theme.textSmall
            font.bold: true
            font.letterSpacing: 1.2
        }
        T.Label {
            width: parent.width
            height: tile.titleLines * Theme.subtitleMetrics.lineSpacing
            text: tile.text
            color: Theme.ink
            font.family: Theme.headingFont
            font.pixelSize: Theme.textSubtitle
            wrapMode: Text.WordWrap
            maximumLineCount: tile.titleLines
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
        T.Label {
            width: parent.width
            text: tile.summary
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            lineHeight: tile.summaryLineHeight
            wrapMode: Text.WordWrap
            maximumLineCount: tile.summaryLines
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
    }

    padding: Theme.spacingM
}
