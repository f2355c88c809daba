// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth
import "pagecheck.js" as Check

// A journal one partner can lock, by keyboard: write a page from a prompt,
// lock the journal (after the warning, the passphrase typed twice), see it
// locked with nothing of its pages on screen, a wrong passphrase said
// plainly, open it, find the page by search, delete it and bring it back.
TestCase {
    id: testCase
    name: "JournalLock"
    width: 1024
    height: 640
    visible: true
    when: windowShown

    readonly property string passphrase: "a quiet morning walk"
    readonly property string words: "Quiet walks by the water calm me down."

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

    // Any text shown on screen holding `text`.
    function shows(root, text) {
        return Check.findItem(root, item => item.visible && typeof item.text === "string"
                                            && item.text.indexOf(text) >= 0) !== null
    }

    function test_writeLockSeeLockedUnlockAndFind() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("journal"))
        const view = Check.named(shell, "journalView")
        const page = Check.named(shell, "journalPage")
        tryVerify(() => page.activeFocus)

        // A page from a prompt.
        const prompt = Check.named(shell, "journalPrompt")
        verify(prompt.text.length > 0)
        const before = App.journal.count
        typeText(words)
        keyClick(Qt.Key_S, Qt.ControlModifier)
        tryCompare(App.journal, "count", before + 1)
        compare(App.journal.get(0).promptId, App.journal.promptAt(view.promptIndex).id)

        // Locking: the warning first, the passphrase twice; a short one is refused plainly.
        const dialog = view.lockDialog
        dialog.ask(JournalLockDialog.SetLock)
        tryCompare(dialog, "opened", true)
        const warning = Check.named(dialog.contentItem, "journalLockWarning")
        verify(warning.visible)
        verify(warning.text.indexOf("cannot recover") >= 0 || warning.text.indexOf("no one can recover") >= 0,
               warning.text)
        const first = Check.named(dialog.contentItem, "journalPassphrase")
        compare(first.echoMode, TextInput.Password)
        tryVerify(() => first.activeFocus)
        typeText("short")
        keyClick(Qt.Key_Tab)
        typeText("short")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "opened", true)
        verify(dialog.problem.length > 0)
        verify(!App.journal.locked)
        first.clear()
        Check.named(dialog.contentItem, "journalPassphraseAgain").clear()
        first.forceActiveFocus()
        typeText(passphrase)
        keyClick(Qt.Key_Tab)
        typeText(passphrase)
        keyClick(Qt.Key_Return)
        tryCompare(App.journal, "locked", true)
        tryCompare(dialog, "opened", false)

        // Locked: a calm panel, no page text, no count of pages.
        compare(App.journal.open, false)
        compare(App.journal.count, 0)
        const locked = Check.named(shell, "journalLocked")
        verify(locked.visible)
        verify(!Check.named(shell, "journalEntries").visible)
        verify(!shows(shell, "Quiet walks"))

        // A wrong passphrase is said to be wrong, and nothing opens.
        const unlockField = Check.named(shell, "journalUnlockPassphrase")
        compare(unlockField.echoMode, TextInput.Password)
        unlockField.forceActiveFocus()
        typeText("a quiet evening walk")
        keyClick(Qt.Key_Return)
        const problem = Check.named(shell, "journalUnlockProblem")
        tryVerify(() => problem.visible)
        verify(problem.text.indexOf("does not open") >= 0, problem.text)
        compare(App.journal.open, false)

        // The right one opens it, and the page is back.
        unlockField.clear()
        typeText(passphrase)
        keyClick(Qt.Key_Return)
        tryCompare(App.journal, "open", true)
        compare(App.journal.count, before + 1)
        verify(!locked.visible)

        // Found by search, in memory.
        const search = Check.named(shell, "journalSearch")
        search.forceActiveFocus()
        typeText("walks water")
        tryCompare(App.journal, "count", 1)
        compare(App.journal.get(0).text, words)
        search.clear()
        typeText("nowhere-in-any-page")
        tryCompare(App.journal, "count", 0)
        search.clear()
        tryCompare(App.journal, "count", before + 1)

        // Deleted from the list with Delete, back with Ctrl+Z.
        const entries = Check.named(shell, "journalEntries")
        entries.forceActiveFocus(Qt.TabFocusReason)
        tryVerify(() => entries.currentItem !== null)
        compare(Check.focusProblem(entries, Theme), "")
        keyClick(Qt.Key_Delete)
        tryCompare(App.journal, "count", before)
        verify(App.journal.canUndo)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryCompare(App.journal, "count", before + 1)
        compare(App.journal.get(0).text, words)

        // Lock it now: closed again.
        App.journal.relock()
        tryCompare(App.journal, "open", false)
        verify(locked.visible)
    }

    function test_aNewJournalForSomeone() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("journal"))
        const view = Check.named(shell, "journalView")
        const dialog = view.newDialog
        dialog.ask()
        tryCompare(dialog, "opened", true)
        const name = Check.named(dialog.contentItem, "journalNewName")
        tryVerify(() => name.activeFocus)
        typeText("Sam")
        keyClick(Qt.Key_Return)
        tryCompare(App.journal, "journalName", "Sam")
        compare(App.journal.count, 0)
        const chooser = Check.named(shell, "journalChooser")
        verify(chooser.visible)
        compare(chooser.displayText, "Sam")
    }

    function test_renameAndDeleteAJournal() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("journal"))
        const view = Check.named(shell, "journalView")
        const journals = App.journal.journals.count
        const created = App.journal.createJournal("Alex", false)
        verify(created.ok, created.message)
        compare(App.journal.journals.count, journals + 1)

        // Renamed by keyboard: the old name is selected, typing replaces it.
        view.renameDialog.ask(App.journal.journalName)
        tryCompare(view.renameDialog, "opened", true)
        const name = Check.named(view.renameDialog.contentItem, "journalRenameName")
        tryVerify(() => name.activeFocus)
        typeText("Alex R")
        keyClick(Qt.Key_Return)
        tryCompare(App.journal, "journalName", "Alex R")

        // Locked and closed, it cannot be deleted by whoever sits here.
        verify(App.journal.setLock(passphrase, passphrase).ok)
        compare(App.journal.open, false)
        const refused = App.journal.removeJournal()
        verify(!refused.ok)
        verify(refused.message.length > 0)
        compare(App.journal.journals.count, journals + 1)

        // Opened, its person may delete it, after a question that keeps it by default.
        verify(App.journal.unlock(passphrase).ok)
        view.deleteDialog.ask(App.journal.journalName, App.journal.count)
        tryCompare(view.deleteDialog, "opened", true)
        tryVerify(() => view.deleteDialog.standardButton(Dialog.Cancel).activeFocus)
        keyClick(Qt.Key_Escape)
        tryCompare(view.deleteDialog, "opened", false)
        compare(App.journal.journals.count, journals + 1)
        view.deleteDialog.ask(App.journal.journalName, App.journal.count)
        tryCompare(view.deleteDialog, "opened", true)
        view.deleteDialog.accept()
        tryCompare(App.journal.journals, "count", journals)
        verify(App.journal.journalName !== "Alex R")
    }
}
