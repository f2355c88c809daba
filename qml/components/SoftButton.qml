// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A button as the Basic style draws one, in the theme's colours, made on
// QtQuick.Templates alone: the home page uses it so that a start never loads
// QtQuick.Controls, whose Basic style compiles a Calendar singleton and
// registers its types for nothing (bench/README.md, the seventh look).
T.Button {
    id: button

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 6
    horizontalPadding: padding + 2

    contentItem: T.Label {
        text: button.text
        font: button.font
        color: Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: 100
        implicitHeight: 40
        // Half-way to the accent's hover shade while pressed.
        color: button.down ? Qt.tint(Theme.surfaceSunken, Qt.rgba(Theme.accentHover.r, Theme.accentHover.g, Theme.accentHover.b, 0.5))
                           : Theme.surfaceSunken
        border.color: Theme.accent
        border.width: button.visualFocus ? 2 : 0
    }
}
