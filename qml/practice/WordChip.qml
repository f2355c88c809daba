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
        border.width: 1
        border.color: Theme.border
        FocusRing {
            shown: chip.visualFocus
            baseRadius: height / 2
        }
    }
    contentItem: Label {
        text: chip.text
        color: Theme.ink
        font.pixelSize: Theme.textSmall
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
