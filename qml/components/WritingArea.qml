// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A box for a few lines of one's own words: visibly a place to write, and
// Tab moves on as in any form (these notes have no use for tab characters).
TextArea {
    id: area

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    color: Theme.ink
    placeholderTextColor: Theme.inkFaint
    padding: Theme.spacingS
    Accessible.role: Accessible.EditableText

    Keys.onTabPressed: {
        const next = area.nextItemInFocusChain(true)
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: {
        const previous = area.nextItemInFocusChain(false)
        if (previous)
            previous.forceActiveFocus(Qt.BacktabFocusReason)
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        // The accent edge says "typing here"; the ring says it plainly.
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : Theme.border
        FocusRing {
            shown: area.activeFocus
        }
    }
}
