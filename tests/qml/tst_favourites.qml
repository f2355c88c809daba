// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// Find a card in the Library by typing, star it with the keyboard, find it
// again among the favourites, and remove it with undo: no mouse at all.
TestCase {
    id: testCase
    name: "Favourites"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        AppShell {
            width: testCase.width
            height: testCase.height
            focus: true
        }
    }

    function findChild(root, objectName) {
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i]
            if (child.objectName === objectName)
                return child
            const found = findChild(child, objectName)
            if (found)
                return found
        }
        return null
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_findStarFindRemoveUndo() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        compare(App.favourites.count, 0)

        keyClick(Qt.Key_5, Qt.ControlModifier)
        compare(shell.currentPage, "library")
        const library = findChild(shell, "libraryPage")
        const librarySearch = findChild(library, "librarySearch")
        tryVerify(() => librarySearch.activeFocus)

        // A card's own words find it among hundreds of prompts.
        const card = library.results.get(0)
        const words = card.text.split(" ").slice(0, 4).join(" ")
        typeText(words.toLowerCase())
        compare(library.searchText, words.toLowerCase())
        verify(library.results.count >= 1 && library.results.count < 20, "matches: " + library.results.count)
        compare(library.results.get(0).contentId, card.contentId)

        keyClick(Qt.Key_Down)
        const libraryList = findChild(library, "libraryList")
        tryVerify(() => libraryList.activeFocus)
        keyClick(Qt.Key_S)
        compare(App.favourites.count, 1)
        verify(App.favourites.isStarred("card", card.contentId))
        compare(library.results.get(0).starred, true)

        // On the Favourites page, searching finds it again.
        keyClick(Qt.Key_6, Qt.ControlModifier)
        compare(shell.currentPage, "favourites")
        const favourites = findChild(shell, "favouritesPage")
        const favouritesSearch = findChild(favourites, "favouritesSearch")
        tryVerify(() => favouritesSearch.activeFocus)
        typeText(card.text.split(" ").slice(1, 3).join(" ").toUpperCase())
        compare(favourites.results.count, 1)
        compare(favourites.results.get(0).contentId, card.contentId)

        // Delete removes it; Ctrl+Z brings it back.
        keyClick(Qt.Key_Down)
        tryVerify(() => findChild(favourites, "favouritesList").activeFocus)
        keyClick(Qt.Key_Delete)
        compare(App.favourites.count, 0)
        compare(favourites.results.count, 0)
        const bar = findChild(shell, "messageBar")
        verify(bar.visible)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(App.favourites.count, 1)
        compare(favourites.results.count, 1)
        verify(App.favourites.isStarred("card", card.contentId))
    }

    // Focus shows on the search and on the favourite with the keys; the
    // filters read whole and the sort list opens inside the window.
    function test_focusShowsAndTheListsStayInside() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        keyClick(Qt.Key_6, Qt.ControlModifier)
        compare(shell.currentPage, "favourites")
        const favourites = findChild(shell, "favouritesPage")
        const search = findChild(favourites, "favouritesSearch")
        tryVerify(() => search.activeFocus)
        compare(Check.focusProblem(testCase.Window.activeFocusItem, Theme), "")
        keyClick(Qt.Key_Down)
        const list = findChild(favourites, "favouritesList")
        tryVerify(() => list.activeFocus)
        compare(Check.focusProblem(list, Theme), "")
        keyClick(Qt.Key_Up)
        tryVerify(() => search.activeFocus)
        verify(!list.currentItem.showFocus, "the favourite lets go of its focus edge")

        verify(!findChild(favourites, "favouritesSectionFilter").contentItem.truncated)
        const sort = findChild(favourites, "sortBox")
        verify(!sort.contentItem.truncated)
        sort.forceActiveFocus(Qt.TabFocusReason)
        compare(Check.focusProblem(sort, Theme), "")
        keyClick(Qt.Key_Space)
        tryVerify(() => sort.popup.opened)
        verify(Check.insideWindow(sort.popup.background, testCase), "the sort list inside the window")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !sort.popup.visible)
        verify(App.favourites.toggleStar("card", "warm-up-01"))
    }

    // A favourite's buttons and note have a keyboard path: the arrows choose
    // the row, Tab walks that row's buttons and note (and no other row's),
    // Space on Remove takes it away; Ctrl+Z brings it back.
    function test_tabWalksTheHighlightedRowOnly() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        const countBefore = App.favourites.count
        keyClick(Qt.Key_5, Qt.ControlModifier)
        const library = findChild(shell, "libraryPage")
        tryVerify(() => findChild(library, "librarySearch").activeFocus)
        const libraryList = findChild(library, "libraryList")
        keyClick(Qt.Key_Down)
        for (let starred = 0; starred < 2; ) {
            if (!libraryList.currentItem.starred) {
                keyClick(Qt.Key_S)
                ++starred
            }
            keyClick(Qt.Key_Down)
        }
        compare(App.favourites.count, countBefore + 2)

        keyClick(Qt.Key_6, Qt.ControlModifier)
        const favourites = findChild(shell, "favouritesPage")
        const list = findChild(favourites, "favouritesList")
        tryVerify(() => findChild(favourites, "favouritesSearch").activeFocus)
        keyClick(Qt.Key_Down)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const row = list.itemAtIndex(1)

        const stops = []
        for (let i = 0; i < 6; ++i) {
            keyClick(Qt.Key_Tab)
            const item = testCase.Window.activeFocusItem
            let inRow = false
            for (let at = item; at; at = at.parent)
                inRow = inRow || at === row
            if (!inRow)
                break
            stops.push(item)
        }
        const names = stops.map(item => item.Accessible.name)
        verify(names.indexOf("Note") >= 0, "the row's note: " + names)
        verify(names.indexOf("Remove from favourites (Delete)") >= 0, "the row's Remove: " + names)

        const remove = stops[names.indexOf("Remove from favourites (Delete)")]
        remove.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(App.favourites.count, countBefore + 1)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(App.favourites.count, countBefore + 2)

        // As it was: the two taken away.
        list.forceActiveFocus()
        while (App.favourites.count > countBefore)
            keyClick(Qt.Key_Delete)
    }
}
