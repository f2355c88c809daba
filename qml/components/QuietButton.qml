// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A secondary action that still looks like something to press: accent words
// in a light outline. (The Basic style's flat button reads as plain text.)
T.Button {
    id: button

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    // A focused button answers Return too, as on any desktop (Qt Quick
    // Controls' buttons take Space alone).
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    // Text.WordWrap lets a button given less than its width (Layout.maximumWidth)
    // take a second line instead of cutting its words short.
    property int wrapMode: Text.NoWrap

    flat: true
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM

    contentItem: T.Label {
        text: button.text
        color: button.enabled ? Theme.accentHover : Theme.inkFaint
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: button.wrapMode
        elide: button.wrapMode === Text.NoWrap ? Text.ElideRight : Text.ElideNone
    }

    background: Rectangle {
        implicitHeight: 36
        radius: Theme.radiusSmall
        color: button.down ? Theme.accentSoft : button.hovered ? Theme.surfaceSunken : "transparent"
        border.width: 1
        border.color: Theme.border
        FocusRing {
            shown: button.visualFocus
        }
    }
}
