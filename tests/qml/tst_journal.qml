// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// The journal by keyboard: its own heading, a page that shows its focus,
// Ctrl+S keeps the page, and the kept pages are a list to walk with focus shown.
TestCase {
    id: testCase
    name: "Journal"
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

    function test_writeKeepAndFindAPage() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("journal"))
        const header = Check.named(shell, "practiceHeader")
        verify(header.title !== "Say it so it can be heard", "the journal has a heading of its own")
        compare(header.title, "Know yourself")

        const page = Check.named(shell, "journalPage")
        tryVerify(() => page.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")
        const before = App.journal.count
        typeText("Today I noticed I go quiet when I am tired.")
        keyClick(Qt.Key_S, Qt.ControlModifier)
        tryCompare(App.journal, "count", before + 1)

        // The kept pages: reached by Tab, with the current one shown.
        const entries = Check.named(shell, "journalEntries")
        entries.forceActiveFocus(Qt.TabFocusReason)
        tryVerify(() => entries.currentItem !== null)
        compare(Check.focusProblem(entries, Theme), "")

        // Back to the builder, the heading is the practice one again.
        verify(shell.showPage("practice"))
        compare(header.title, "Say it so it can be heard")
    }
}
