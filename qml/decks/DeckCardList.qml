// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hearth

// The cards of the open deck, one tab stop: Up and Down move between them,
// Return changes one, Delete deletes it (Ctrl+Up and Ctrl+Down, the page's
// shortcuts, move it). Not a ListView: it lies in the page's own scrolling
// view, so the card with the focus is what that view keeps in sight.
FocusScope {
    id: list

    property alias model: repeater.model
    property int currentIndex: -1
    readonly property int count: repeater.count
    readonly property Item currentItem: currentIndex >= 0 ? repeater.itemAt(currentIndex) : null

    signal editRequested(int row)
    signal moveRequested(int row, int by)
    signal deleteRequested(int row)

    function settleCurrent() {
        if (count === 0)
            currentIndex = -1
        else if (currentIndex < 0 || currentIndex >= count)
            currentIndex = Math.max(0, Math.min(currentIndex, count - 1))
    }

    implicitHeight: column.implicitHeight
    activeFocusOnTab: true
    onActiveFocusChanged: if (activeFocus) settleCurrent()
    onCountChanged: settleCurrent()

    Keys.onPressed: event => {
        if (currentIndex < 0 || event.modifiers !== Qt.NoModifier)
            return
        if (event.key === Qt.Key_Up && currentIndex > 0) {
            --currentIndex
            event.accepted = true
        } else if (event.key === Qt.Key_Down && currentIndex < count - 1) {
            ++currentIndex
            event.accepted = true
        } else if (event.key === Qt.Key_Delete) {
            list.deleteRequested(currentIndex)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            list.editRequested(currentIndex)
            event.accepted = true
        }
    }

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingS
        Repeater {
            id: repeater
            delegate: DeckCardDelegate {
                width: column.width
                cardCount: list.count
                current: list.currentIndex === index
                focus: list.currentIndex === index
                showFocus: current && list.activeFocus
                onEditRequested: {
                    list.currentIndex = index
                    list.editRequested(index)
                }
                onMoveRequested: by => list.moveRequested(index, by)
                onDeleteRequested: list.deleteRequested(index)
            }
        }
    }
}
