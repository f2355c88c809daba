// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// The one main action of a screen. Its keyboard focus shows as a dark ring
// around it (FocusRing): the Basic style draws focus in the accent colour,
// which vanishes on an accent button.
T.Button {
    id: button

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 6
    horizontalPadding: padding + 2

    highlighted: true
    // A focused button answers Return too, as on any desktop (Qt Quick
    // Controls' buttons take Space alone).
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        implicitWidth: 100
        implicitHeight: 40
        radius: 2
        color: !button.enabled ? Theme.border : button.down ? Theme.accentHover : Theme.accent

        FocusRing {
            shown: button.visualFocus
            baseRadius: 2
        }
    }

    contentItem: T.Label {
        text: button.text
        color: button.enabled ? Theme.textOnAccent : Theme.inkSoft
        font: button.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
