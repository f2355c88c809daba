// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A menu in Hearth's colours: warm surface, soft edge. Fill it with
// HearthMenuItem, whose chosen row stays dark ink on a warm tint.
Menu {
    id: menu

    padding: Theme.spacingXs

    background: Rectangle {
        implicitWidth: 240
        color: Theme.surface
        radius: Theme.radiusSmall
        border.color: Theme.border
    }
}
