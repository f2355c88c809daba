// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// One of the Practice page's tabs: underlined when open, ringed when focused.
TabButton {
    id: tab

    width: implicitWidth
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    Accessible.name: text

    contentItem: Label {
        text: tab.text
        color: tab.checked ? Theme.accentHover : Theme.inkSoft
        font.bold: tab.checked
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        color: tab.visualFocus ? Theme.accentSoft : "transparent"
        radius: Theme.radiusSmall
        FocusRing {
            shown: tab.visualFocus
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: tab.checked ? 3 : 1
            color: tab.checked ? Theme.accent : Theme.border
        }
    }
}
