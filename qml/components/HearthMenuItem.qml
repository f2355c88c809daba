// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A row of a HearthMenu. The row under the keys or the mouse is dark ink on
// a warm tint, with a dark edge when the keys brought it there: readable,
// unlike white on pale pink.
MenuItem {
    id: item

    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    Accessible.name: text

    contentItem: Label {
        text: item.text
        color: item.enabled ? Theme.ink : Theme.inkFaint
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitWidth: 220
        implicitHeight: 40
        radius: Theme.radiusSmall - 2
        color: item.down ? Theme.accentSoft : item.highlighted ? Theme.rowHighlight : "transparent"
        border.width: item.highlighted && item.visualFocus ? 2 : 0
        border.color: Theme.focusOutline
    }
}
