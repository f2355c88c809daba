// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A list that is always ready for its keys: when it has focus and rows, one
// row is current, so Delete or S act on the row the person sees highlighted.
// (A ListView loses its current row when a search empties it, and does not
// pick one again by itself when the rows come back.)
ListView {
    id: list

    // Keys can arrive before the list has applied the latest search results;
    // call this first so currentIndex points at a row that is really shown.
    function settleCurrent() {
        forceLayout()
        if (currentIndex < 0 && count > 0)
            currentIndex = 0
    }

    activeFocusOnTab: true
    highlightMoveDuration: 0
    onActiveFocusChanged: if (activeFocus) settleCurrent()
    onCountChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
}
