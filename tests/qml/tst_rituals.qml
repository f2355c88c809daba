// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// Rituals by keyboard, through the app as composed: Ctrl+9 opens them, O makes
// one yours, Return ticks it off with a note in the dialog, and the card
// shows it kept; U takes the tick back. Home's "one for this week" opens its
// ritual on the page.
TestCase {
    id: testCase
    name: "Rituals"
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

    function openRituals() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_9, Qt.ControlModifier)
        compare(shell.currentPage, "rituals")
        const list = Check.named(shell, "ritualsList")
        verify(list)
        tryVerify(() => list.activeFocus && list.currentItem !== null)
        return shell
    }

    function test_1_chooseOneAsOursTickItWithANoteAndSeeItKept() {
        const shell = openRituals()
        const page = Check.named(shell, "ritualsPage")
        const list = Check.named(shell, "ritualsList")
        compare(App.rituals.ourCount, 0)
        compare(page.shown, "daily", "with none of their own yet, the daily ones are shown first")
        compare(Check.focusProblem(list, Theme), "")

        keyClick(Qt.Key_Down)
        const ritual = page.results.get(list.currentIndex)
        verify(ritual.ritualId.length > 0)
        verify(!ritual.ours)

        keyClick(Qt.Key_O)
        compare(App.rituals.ourCount, 1)
        verify(page.results.get(list.currentIndex).ours)
        compare(page.shown, "daily", "choosing the first of their own leaves the tab where it was")

        keyClick(Qt.Key_Return)
        const dialog = page.tickDialog
        tryVerify(() => dialog.opened)
        compare(dialog.ritualId, ritual.ritualId)
        const note = Check.named(dialog.contentItem, "tickNote")
        tryVerify(() => note.activeFocus)
        compare(Check.focusProblem(note, Theme), "")
        typeText("We laughed at the kettle.")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.visible)

        const kept = App.rituals.get(App.rituals.rowOf(ritual.ritualId))
        compare(kept.lastNote, "We laughed at the kettle.")
        verify(kept.keptThisWeek)
        verify(kept.canUndoTick)
        tryVerify(() => list.activeFocus)
        compare(page.results.get(list.currentIndex).ritualId, ritual.ritualId)
        const keptLabel = Check.named(list.currentItem, "ritualKept")
        verify(keptLabel.visible)
        compare(keptLabel.text, "Last kept today: \u201CWe laughed at the kettle.\u201D")

        // Their own are one tab away, with it among them.
        page.shown = "ours"
        tryCompare(list, "count", 1)
        compare(page.results.get(0).ritualId, ritual.ritualId)
    }

    function test_2_aTickCanBeTakenBackAndNothingCountsMissedDays() {
        const shell = openRituals()
        const page = Check.named(shell, "ritualsPage")
        const list = Check.named(shell, "ritualsList")
        compare(page.shown, "ours", "with rituals of their own, those come first")
        const ritual = page.results.get(list.currentIndex)

        keyClick(Qt.Key_Return)
        tryVerify(() => page.tickDialog.opened)
        keyClick(Qt.Key_Return) // no note: kept all the same
        tryVerify(() => !page.tickDialog.visible)
        tryVerify(() => list.activeFocus)
        verify(App.rituals.get(App.rituals.rowOf(ritual.ritualId)).canUndoTick)
        compare(App.rituals.get(App.rituals.rowOf(ritual.ritualId)).lastNote, "")

        keyClick(Qt.Key_U)
        const back = App.rituals.get(App.rituals.rowOf(ritual.ritualId))
        verify(!back.canUndoTick)
        compare(back.lastNote, "We laughed at the kettle.", "the tick before is the last one again")

        // Esc leaves it as it was.
        keyClick(Qt.Key_Return)
        tryVerify(() => page.tickDialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !page.tickDialog.visible)
        verify(!App.rituals.get(App.rituals.rowOf(ritual.ritualId)).canUndoTick)

        // No words anywhere of streaks or of days missed.
        for (let row = 0; row < list.count; ++row) {
            list.currentIndex = row
            const item = list.currentItem
            verify(!/missed|streak|behind|overdue|days? in a row/i.test(item.Accessible.description + " " + item.Accessible.name))
        }
    }

    function test_3_homesOneForThisWeekOpensItsRitual() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("home"))
        const card = Check.named(shell, "weeklyRitual")
        verify(card.visible)
        // Their one ritual is kept this week: a weekly one is suggested instead.
        compare(App.rituals.weeklySuggestion.rhythm, "weekly")
        verify(!App.rituals.weeklySuggestion.ours)
        // A second of their own, not kept yet this week, comes first.
        const another = App.rituals.get(5).ritualId
        verify(App.rituals.choose(another))
        const suggestion = App.rituals.weeklySuggestion
        compare(suggestion.ritualId, another)
        verify(suggestion.ours)
        tryCompare(Check.named(card, "weeklyRitualTitle"), "text", suggestion.title)

        const open = Check.named(card, "openWeeklyRitual")
        open.forceActiveFocus(Qt.TabFocusReason)
        compare(Check.focusProblem(open, Theme), "")
        keyClick(Qt.Key_Space)
        compare(shell.currentPage, "rituals")
        const list = Check.named(shell, "ritualsList")
        tryVerify(() => list.activeFocus)
        const page = Check.named(shell, "ritualsPage")
        compare(page.results.get(list.currentIndex).ritualId, suggestion.ritualId)
    }
}
