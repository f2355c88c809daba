// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// A drop-down in Hearth's colours. The Basic style drew the open box dark on
// rust and the highlighted entry white on pale grey: neither could be read.
ComboBox {
    id: box

    // The words of entry `row`; a list of strings as the model needs nothing more.
    function textAt(row: int): string {
        return Array.isArray(model) ? String(model[row]) : ""
    }

    implicitWidth: 224
    displayText: textAt(currentIndex)
    // The open list is wide enough for long names ("Listening with your whole attention").
    popup.width: Math.max(width, 340)
    Accessible.role: Accessible.ComboBox
    Accessible.description: displayText

    background: Rectangle {
        implicitHeight: 40
        radius: Theme.radiusSmall
        color: box.down ? Theme.accentSoft : Theme.surface
        border.width: box.visualFocus ? 2 : 1
        border.color: box.visualFocus ? Theme.focusRing : Theme.border
    }

    // The control's own padding already leaves room for the arrows.
    contentItem: Label {
        leftPadding: Theme.spacingS
        text: box.displayText
        color: Theme.ink
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    delegate: ItemDelegate {
        id: entry
        required property int index
        width: box.width
        highlighted: box.highlightedIndex === index
        contentItem: Label {
            text: box.textAt(entry.index)
            color: Theme.ink
            font.bold: box.currentIndex === entry.index
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: entry.highlighted ? Theme.accentSoft : Theme.surface
        }
    }
}
