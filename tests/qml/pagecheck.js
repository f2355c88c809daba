// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the page tests: finding items in the tree, and whether the item
// with keyboard focus shows it plainly.
.pragma library

function findItem(root, matches) {
    if (!root)
        return null
    for (let i = 0; i < root.children.length; ++i) {
        const child = root.children[i]
        if (matches(child))
            return child
        const found = findItem(child, matches)
        if (found)
            return found
    }
    return null
}

function named(root, objectName) {
    return findItem(root, item => item.objectName === objectName)
}

// A FocusRing (components/FocusRing.qml) shown around `item`, in its
// background (which a ScrollView takes from a text area into its own tree).
function ringShown(item) {
    const isRing = child => child.shown === true && child.visible && child.gap !== undefined && child.border !== undefined
    return findItem(item, isRing) !== null || (item.background ? findItem(item.background, isRing) !== null : false)
}

// What shows that `item` has the keys: its ring, or, for a list, a dark
// edge on its current row (drawn inside the row, as the list clips outside).
// Returns an empty string when focus shows, else what is wrong.
function focusProblem(item, theme) {
    if (!item)
        return "nothing has focus"
    if (ringShown(item))
        return ""
    if (item.currentItem !== undefined) {
        const row = item.currentItem
        if (!row)
            return "a list with focus but no current row"
        if (row.border && row.border.width >= 2 && Qt.colorEqual(row.border.color, theme.focusOutline))
            return ""
        return "the current row of " + item + " has no focus edge"
    }
    return "no focus ring on " + item + " (" + item.objectName + ")"
}

// Whether `item` lies inside the window, whole.
function insideWindow(item, window) {
    const topLeft = item.mapToItem(null, 0, 0)
    return topLeft.x >= 0 && topLeft.y >= 0 && topLeft.x + item.width <= window.width + 0.5
            && topLeft.y + item.height <= window.height + 0.5
}
