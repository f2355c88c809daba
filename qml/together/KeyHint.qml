// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A key and what it does, shown on screen so nobody has to remember it.
RowLayout {
    property string keys
    property string action

    spacing: Theme.spacingXs
    Accessible.role: Accessible.StaticText
    Accessible.name: action + ": " + keys

    Label {
        text: parent.keys
        font.pixelSize: Theme.textSmall
        font.bold: true
        color: Theme.ink
        leftPadding: 6
        rightPadding: 6
        topPadding: 2
        bottomPadding: 2
        background: Rectangle {
            radius: 4
            color: Theme.surface
            border.color: Theme.border
        }
    }
    Label {
        // Wraps when the hint is given less than its width (Layout.fillWidth
        // on the hint in a narrow column); otherwise it keeps its one line.
        Layout.fillWidth: true
        text: parent.action
        font.pixelSize: Theme.textSmall
        color: Theme.inkSoft
        wrapMode: Text.WordWrap
    }
}
