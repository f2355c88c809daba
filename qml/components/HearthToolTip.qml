// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A hint in Hearth's colours (the Basic style's is a grey box with a black
// edge). Declare it inside the control it explains:
// HearthToolTip { visible: parent.hovered; text: "Ctrl+S" }
ToolTip {
    id: tip

    delay: 600
    padding: Theme.spacingS
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM

    contentItem: Label {
        text: tip.text
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusSmall
        border.color: Theme.border
    }
}
