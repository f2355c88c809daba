// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A word to use with one click (or Tab and Space): a feeling or a need that
// may be underneath a thought.
AbstractButton {
    id: chip

    property color tint: Theme.surface

    implicitWidth: implicitContentWidth + 2 * Theme.spacingM
    implicitHeight: 30
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: height / 2
        color: chip.hovered ? Theme.accentSoft : chip.tint
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.focusRing : Theme.border
    }
    contentItem: Label {
        text: chip.text
        color: Theme.ink
        font.pixelSize: Theme.textSmall
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
