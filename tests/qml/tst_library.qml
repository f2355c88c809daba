// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// The Library at the smallest window Hearth supports, by keyboard: the search
// has visible focus, finds and marks the words searched, each card carries
// two tags, the filters read whole, and only the card with the keys shows it.
TestCase {
    id: testCase
    name: "Library"
    width: 1024
    height: 640
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

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openLibrary() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_5, Qt.ControlModifier)
        compare(shell.currentPage, "library")
        const library = Check.named(shell, "libraryPage")
        tryVerify(() => Check.named(library, "librarySearch").activeFocus)
        return library
    }

    function visibleTags(card) {
        let count = 0
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                // A Tag: a label on a tint.
                if (child.tint !== undefined && child.text !== undefined && child.visible)
                    ++count
                walk(child)
            }
        }
        walk(card)
        return count
    }

    function test_searchMarksTheWordsAndFocusMovesCleanly() {
        const library = openLibrary()
        const search = Check.named(library, "librarySearch")
        compare(Check.focusProblem(focused(), Theme), "")

        typeText("listen")
        tryVerify(() => library.results.count > 1)
        const list = Check.named(library, "libraryList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        const first = list.itemAtIndex(0)
        // In a card whose own words hold it, the searched word is marked (by the filter model).
        let row = 0
        while (library.results.get(row).text.toLowerCase().indexOf("listen") < 0)
            ++row
        list.positionViewAtIndex(row, ListView.Contain)
        tryVerify(() => list.itemAtIndex(row) !== null)
        const words = Check.named(list.itemAtIndex(row), "promptText")
        verify(/<b><font color="#[0-9a-f]+">listen/i.test(words.text), words.text)
        compare(words.textFormat, Text.StyledText)
        // Each card as tall as its words: the words end above what follows them.
        for (let i = 0; i < 3; ++i) {
            const card = list.itemAtIndex(i)
            if (!card)
                continue
            const cardWords = Check.named(card, "promptText")
            const below = Check.named(card, "promptFollowUps")
            if (below && below.visible)
                verify(cardWords.y + cardWords.contentHeight <= below.y + 1, "card " + i + ": words run into the follow-ups")
        }
        list.positionViewAtBeginning()

        // Down into the list: the first card shows the keys, and only it.
        keyClick(Qt.Key_Down)
        tryVerify(() => list.activeFocus)
        compare(Check.focusProblem(list, Theme), "")
        verify(first.showFocus)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const second = list.itemAtIndex(1)
        verify(second.showFocus)
        verify(!first.showFocus && !first.highlighted, "the card left behind lets go of its highlight")
        compare(first.border.width, 1)

        // Back up to the search: no card keeps a focus edge.
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        tryVerify(() => search.activeFocus)
        verify(!second.showFocus && !first.showFocus)
        compare(Check.focusProblem(focused(), Theme), "")

        // Escape clears the search, and the marks go with it.
        keyClick(Qt.Key_Escape)
        compare(search.text, "")
        tryVerify(() => Check.named(list.itemAtIndex(0), "promptText").text.indexOf("<b>") < 0)
    }

    // Every row's star has a keyboard path without walking every row: the
    // arrows choose the row, Tab goes to that row's star (only), Space stars it.
    function test_tabReachesTheHighlightedRowsStarOnly() {
        const library = openLibrary()
        const list = Check.named(library, "libraryList")
        keyClick(Qt.Key_Down)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const row = list.itemAtIndex(1)
        const wasStarred = row.starred
        keyClick(Qt.Key_Tab)
        const star = focused()
        verify(star.starred !== undefined, "Tab goes to a star, not to " + star)
        let inRow = false
        for (let at = star; at; at = at.parent)
            inRow = inRow || at === row
        verify(inRow, "the star of the highlighted row")
        compare(Check.focusProblem(star, Theme), "")
        keyClick(Qt.Key_Space)
        tryCompare(row, "starred", !wasStarred)
        keyClick(Qt.Key_Space)
        tryCompare(row, "starred", wasStarred)
        // On past the list, not into the next row.
        keyClick(Qt.Key_Tab)
        for (let at = focused(); at; at = at.parent)
            verify(at !== list, "Tab stays out of the other rows")
    }

    function test_cardsCarryTwoTagsAndFiltersReadWhole() {
        const library = openLibrary()
        const list = Check.named(library, "libraryList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        for (let row = 0; row < 3; ++row) {
            const card = list.itemAtIndex(row)
            verify(visibleTags(card) <= 2, "card " + row + " has " + visibleTags(card) + " tags")
            verify(visibleTags(card) >= 1)
            // What the tags leave out is still told to screen readers.
            verify(card.Accessible.name.length > 0)
        }
        // "All parts of the guide", whole, at 1024 wide.
        for (const name of ["kindFilter", "sectionFilter"]) {
            const filter = Check.named(library, name)
            verify(!filter.contentItem.truncated, name + " reads " + filter.displayText + " in full")
            verify(Check.insideWindow(filter, testCase), name + " inside the window")
        }
    }

    function test_theFilterListStaysInsideTheWindowAndIsReadable() {
        const library = openLibrary()
        const filter = Check.named(library, "sectionFilter")
        filter.forceActiveFocus(Qt.TabFocusReason)
        compare(Check.focusProblem(filter, Theme), "")
        keyClick(Qt.Key_Space)
        tryVerify(() => filter.popup.opened)
        const box = filter.popup.background
        verify(Check.insideWindow(box, testCase), "the open list inside the window")
        keyClick(Qt.Key_Down)
        // The row under the keys: dark ink on the warm tint, never white on pink.
        const row = filter.popup.contentItem.itemAtIndex(filter.highlightedIndex)
        verify(row)
        verify(Qt.colorEqual(row.background.color, Theme.rowHighlight), String(row.background.color))
        verify(Qt.colorEqual(row.contentItem.color, Theme.ink))
        keyClick(Qt.Key_Return)
        tryVerify(() => !filter.popup.visible)
        compare(filter.currentIndex, 1)
        verify(library.results.count > 0)
    }
}
