// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One part of the guide on the home page: its number, title and first words.
AbstractButton {
    id: tile

    property int number
    property string summary

    implicitHeight: 150
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Part %1: %2").arg(number).arg(text)
    Accessible.description: summary

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radius
        color: tile.hovered ? "#FFF8F1" : Theme.surface
        border.width: tile.visualFocus ? 2 : 1
        border.color: tile.visualFocus ? Theme.focusRing : Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs

        Label {
            text: qsTr("Part %1").arg(tile.number)
            color: Theme.accent
            font.pixelSize: 12
            font.bold: true
            font.letterSpacing: 1.2
        }
        Label {
            Layout.fillWidth: true
            text: tile.text
            color: Theme.ink
            font.family: Theme.headingFont
            font.pixelSize: 21
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: tile.summary
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
    }

    padding: Theme.spacingM
}
