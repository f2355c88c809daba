// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// Scrolls `flickable` so the item the keyboard is on is in view: Qt Quick's
// scrolling views do not follow Tab by themselves, and a person tabbing on
// would otherwise press keys on something they cannot see.
Item {
    id: follower

    required property Flickable flickable
    readonly property real margin: 16

    function inside(item: Item): bool {
        for (let at = item; at; at = at.parent) {
            if (at === flickable.contentItem)
                return true
        }
        return false
    }

    function keepInView(item: Item) {
        if (!item || !inside(item))
            return
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        const bottom = top + item.height
        const lowest = Math.max(0, flickable.contentHeight - flickable.height)
        if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top - margin)
        else if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(lowest, Math.max(0, Math.min(top - margin, bottom - flickable.height + margin)))
    }

    Connections {
        target: follower.Window
        function onActiveFocusItemChanged() { follower.keepInView(follower.Window.activeFocusItem) }
    }
}
