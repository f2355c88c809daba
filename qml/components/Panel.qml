// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hearth

// A soft raised surface that groups related content.
Rectangle {
    property int padding: Theme.spacingL

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: 1
}
