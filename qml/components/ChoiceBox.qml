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

    // The widest entry's words, so "All parts of the guide" is never cut to
    // "All parts of t…"; very long names are cut only beyond `maximumTextWidth`.
    property real maximumTextWidth: Theme.scaled(300)
    readonly property real widestText: {
        let widest = 0
        for (let row = 0; row < count; ++row)
            widest = Math.max(widest, metrics.advanceWidth(textAt(row)))
        return Math.min(widest, maximumTextWidth)
    }

    implicitWidth: Math.ceil(widestText) + leftPadding + rightPadding + Theme.spacingS + 2
    displayText: textAt(currentIndex)
    // The open list is wide enough for long names ("Listening with your whole attention"),
    // and kept inside the window: near the right edge it moves left.
    popup.width: Math.max(width, Theme.scaled(340))
    popup.leftMargin: Theme.spacingS
    popup.rightMargin: Theme.spacingS
    Accessible.role: Accessible.ComboBox
    Accessible.description: displayText

    FontMetrics {
        id: metrics
        font: box.font
    }

    background: Rectangle {
        implicitHeight: Theme.scaled(40)
        radius: Theme.radiusSmall
        color: box.down ? Theme.accentSoft : Theme.surface
        border.width: 1
        border.color: Theme.border
        FocusRing {
            shown: box.visualFocus
        }
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
        // As wide as the open list, which may be wider than the box.
        width: ListView.view ? ListView.view.width : box.width
        highlighted: box.highlightedIndex === index
        contentItem: Label {
            text: box.textAt(entry.index)
            color: Theme.ink
            font.bold: box.currentIndex === entry.index
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: entry.highlighted ? Theme.rowHighlight : Theme.surface
        }
    }

    // The open list in Hearth's colours, and never wider than the window:
    // it opens leftwards when the box sits near the right edge.
    popup.background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusSmall
        border.color: Theme.border
    }
}
