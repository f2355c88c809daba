// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A small label for what kind of thing a prompt is, or where it belongs.
Label {
    id: tag

    property color tint: Theme.surfaceSunken

    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: Theme.textSmall
    color: Theme.inkSoft
    background: Rectangle {
        radius: height / 2
        color: tag.tint
    }
}
