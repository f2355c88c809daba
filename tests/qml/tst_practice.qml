// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// Practising alone, by keyboard: the free-write coach finds blame and mends
// it with one key; the builder makes a statement from four steps and keeps
// it as a draft; the drills keep their progress.
TestCase {
    id: testCase
    name: "Practice"
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

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openShell() {
        App.builder.startNew()
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        return shell
    }

    function test_freeWriteCoachFindsAndMendsBlame() {
        const shell = openShell()
        verify(shell.showPage("coach"))
        compare(shell.currentPage, "coach")
        const editor = findChild(shell, "coachEditor")
        verify(editor)
        tryVerify(() => editor.activeFocus)

        // The first time, an example stands in, marked as one; typing replaces it.
        verify(!App.coach.hasFreeWrite)
        compare(editor.text, App.coach.example)
        verify(editor.text.length > 0)
        const coachView = findChild(shell, "coachView")
        verify(coachView.showingExample)

        typeText("You never listen to me")
        compare(editor.text, "You never listen to me")
        verify(!coachView.showingExample)

        // The panel catches up after a short pause, never on the keystroke itself.
        const panel = findChild(shell, "findingList")
        tryCompare(panel, "count", 1)
        const card = panel.itemAtIndex(0)
        compare(card.finding.kind, "absolute")
        compare(card.finding.kindLabel, "Sweeping word")
        compare(card.finding.excerpt, "never")
        verify(card.finding.message.indexOf("“Never”") >= 0, card.finding.message)
        compare(card.finding.replacement, "rarely")

        // With the cursor inside the word, its card is the current one.
        editor.cursorPosition = 6
        verify(card.current)
        // Hovering the word says what the coach found there.
        const word = editor.positionToRectangle(6)
        mouseMove(editor, word.x + 2, word.y + word.height / 2)
        tryCompare(editor, "hoveredFinding", 0)
        verify(editor.hoverText.indexOf("Sweeping word: ") === 0, editor.hoverText)
        mouseMove(editor, editor.width - 5, editor.height - 5)
        tryCompare(editor, "hoveredFinding", -1)

        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(editor.text, "You rarely listen to me")
        tryCompare(panel, "count", 0)
        const verdict = findChild(shell, "coachVerdict")
        // No blame left, and a word on what would help it be heard.
        verify(verdict.text.indexOf("Nothing here is likely to sting. To be heard, add how it feels for you") >= 0, verdict.text)

        // What was written is kept, in the database, for next time.
        tryCompare(App.coach, "freeWrite", "You rarely listen to me")
        verify(App.coach.hasFreeWrite)

        // Leaving at once loses nothing; coming back brings it, not the example.
        editor.cursorPosition = editor.length
        typeText(" when I talk")
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(App.coach.freeWrite, "You rarely listen to me when I talk")
        verify(shell.showPage("coach"))
        const again = findChild(shell, "coachEditor")
        compare(again.text, "You rarely listen to me when I talk")
        verify(!findChild(shell, "coachView").showingExample)
    }

    function test_buildAStatementByKeyboardAndKeepIt() {
        const shell = openShell()
        const draftsBefore = App.drafts.count
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(shell.currentPage, "practice")
        const feelingPicker = findChild(shell, "feelingPicker")
        tryVerify(() => feelingPicker.searchField.activeFocus)

        compare(Check.focusProblem(focused(), Theme), "")

        // Step 1: type to find a feeling, Enter takes it.
        typeText("lonely")
        keyClick(Qt.Key_Return)
        compare(App.builder.feeling, "lonely")
        // The search has done its work: no old words wait in the box.
        compare(feelingPicker.searchText, "")

        // Step 2: Tab goes on to what happened.
        keyClick(Qt.Key_Tab)
        const situation = findChild(shell, "situationField")
        verify(situation.activeFocus, String(focused()))
        typeText("you looked at your phone while I talked at dinner")
        compare(App.builder.situation, "you looked at your phone while I talked at dinner")

        // Tab leaves the text area rather than typing a tab.
        keyClick(Qt.Key_Tab)
        const needPicker = findChild(shell, "needPicker")
        verify(needPicker.searchField.activeFocus, String(focused()))
        typeText("connection")
        keyClick(Qt.Key_Return)
        compare(App.builder.need, "connection")

        keyClick(Qt.Key_Tab)
        const request = findChild(shell, "requestField")
        verify(request.activeFocus, String(focused()))
        typeText("put our phones away at dinner")

        keyClick(Qt.Key_Tab)
        const refusable = findChild(shell, "refusableCheck")
        verify(refusable.activeFocus, String(focused()))
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Space)
        verify(App.builder.requestCanBeRefused)

        const expected = "I feel lonely when you looked at your phone while I talked at dinner because I need connection. "
                         + "Would you be willing to put our phones away at dinner?"
        compare(App.builder.text, expected)
        compare(findChild(shell, "statementPreview").text, expected)

        keyClick(Qt.Key_S, Qt.ControlModifier)
        compare(App.drafts.count, draftsBefore + 1)
        verify(App.builder.saved)
        verify(App.builder.draftId > 0)
        compare(App.drafts.get(0).text, expected)
        compare(App.drafts.get(0).feeling, "lonely")
        // Saved, the button says so and rests, rather than asking to save again.
        const saveButton = findChild(shell, "saveDraftButton")
        compare(saveButton.text, "\u2713 Saved")
        verify(!saveButton.enabled)

        // The draft is listed, and opens again from the list.
        const drafts = findChild(shell, "draftList")
        compare(drafts.count, draftsBefore + 1)
        tryVerify(() => drafts.itemAtIndex(0) !== null)
        compare(drafts.itemAtIndex(0).text, expected)
        App.builder.startNew()
        compare(App.builder.feeling, "")
        drafts.forceActiveFocus()
        drafts.currentIndex = 0
        keyClick(Qt.Key_Return)
        compare(App.builder.feeling, "lonely")
        compare(App.builder.text, expected)

        // Starred, it is among the favourites as the person's own words.
        keyClick(Qt.Key_S)
        verify(App.drafts.isStarred(App.builder.draftId))
        verify(App.builder.starred)
        const favourite = App.favourites.isStarred("statement", "draft-" + App.builder.draftId)
        verify(favourite)

        // Away and back: the feeling chosen is where its list opens.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        keyClick(Qt.Key_4, Qt.ControlModifier)
        const pickerAgain = findChild(shell, "feelingPicker")
        tryVerify(() => pickerAgain.results.get(pickerAgain.currentRow).word === "lonely")
        compare(pickerAgain.searchText, "")

        // A change to the saved draft: the button asks to save it again.
        App.builder.request = "put our phones in the other room at dinner"
        const saveAgain = findChild(shell, "saveDraftButton")
        compare(saveAgain.text, "Save changes")
        verify(saveAgain.enabled)
    }

    // In a narrow window the steps go two by two and the builder scrolls:
    // Tab into a step below the fold brings it into sight.
    function test_narrowBuilderScrollsToTheStepWithTheKeys() {
        App.builder.startNew()
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.width = 700
        shell.height = 480
        shell.forceActiveFocus()
        verify(shell.showPage("practice"))
        const builder = findChild(shell, "builderView")
        verify(builder)
        tryVerify(() => builder.stacked, 1000, "stacked at " + builder.width + " in " + shell.width)
        const request = findChild(shell, "requestField")
        verify(request)
        tryVerify(() => findChild(shell, "feelingPicker").searchField.activeFocus)
        for (let i = 0; i < 12 && !request.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(request.activeFocus)
        const area = request.mapToItem(builder, 0, 0, request.width, request.height)
        tryVerify(() => request.mapToItem(builder, 0, 0).y >= -1
                        && request.mapToItem(builder, 0, 0).y + Math.min(request.height, builder.height) <= builder.height + 1,
                  1000, "the request step is in sight: " + area.y)
    }

    function test_aThoughtDressedAsAFeelingShowsWhatIsUnder() {
        const shell = openShell()
        verify(shell.showPage("practice"))
        const feelingPicker = findChild(shell, "feelingPicker")
        tryVerify(() => feelingPicker.searchField.activeFocus)
        typeText("ignored")
        keyClick(Qt.Key_Return)
        compare(App.builder.feeling, "ignored")
        compare(App.builder.fauxFeeling.word, "ignored")
        verify(App.builder.fauxFeeling.feelings.length > 0)
        verify(App.builder.text.indexOf("I feel ignored") === 0)
    }

    function test_drillsKeepProgressUntilReset() {
        const shell = openShell()
        verify(shell.showPage("drills"))
        const rewrite = findChild(shell, "rewriteField")
        verify(rewrite)
        tryVerify(() => rewrite.activeFocus)
        const doneBefore = App.drills.doneCount
        const models = findChild(shell, "modelRewrites")
        verify(!models.visible)

        typeText("I miss talking with you in the evenings. Could we sit together after dinner tonight?")
        keyClick(Qt.Key_S, Qt.ControlModifier)
        compare(App.drills.doneCount, doneBefore + 1)
        verify(App.drills.get(0).done)
        compare(App.drills.get(0).findings, 0)
        // The model rewrites wait to be asked for: Ctrl+M shows and hides them.
        verify(!models.visible)
        keyClick(Qt.Key_M, Qt.ControlModifier)
        verify(models.visible)
        keyClick(Qt.Key_M, Qt.ControlModifier)
        verify(!models.visible)

        verify(App.drills.resetProgress())
        compare(App.drills.doneCount, 0)
        verify(!App.drills.get(0).done)
    }

    // Words typed into a drill and never saved wait for the person: on the
    // next drill and back, and after leaving the page.
    function test_anUnsavedRewriteIsNeverLost() {
        const shell = openShell()
        verify(shell.showPage("drills"))
        let rewrite = findChild(shell, "rewriteField")
        tryVerify(() => rewrite.activeFocus)
        const row = findChild(shell, "drillsView").currentIndex
        typeText("I feel worn out when")
        findChild(shell, "drillsView").currentIndex = row + 1 // as a click in the list does
        compare(rewrite.text, App.drills.get(row + 1).rewrite ?? "")
        findChild(shell, "drillsView").currentIndex = row
        compare(rewrite.text, "I feel worn out when")

        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(shell.currentPage, "home")
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(shell.currentPage, "drills")
        rewrite = findChild(shell, "rewriteField")
        tryCompare(rewrite, "text", "I feel worn out when")
        compare(App.drills.unsavedRewrite(row), "I feel worn out when")
        verify(App.drills.resetProgress())
        verify(App.drills.unsavedRewrite(row) === undefined)
    }

    // Write a journal page to a prompt, keep it, and find the words waiting
    // again after leaving the page mid-sentence.
    function test_aJournalPageIsKeptAndNeverLost() {
        const shell = openShell()
        verify(shell.showPage("journal"))
        const journal = findChild(shell, "journalView")
        const page = findChild(journal, "journalPage")
        tryVerify(() => page.activeFocus)
        const entriesBefore = App.journal.count
        const prompt = journal.prompt.id
        verify(prompt.length > 0)

        typeText("By the sea, with nothing to do.")
        keyClick(Qt.Key_S, Qt.ControlModifier)
        compare(App.journal.count, entriesBefore + 1)
        compare(App.journal.get(0).promptId, prompt)
        compare(App.journal.get(0).text, "By the sea, with nothing to do.")

        // A new page, half written, then away and back: it is still there.
        keyClick(Qt.Key_N, Qt.ControlModifier)
        compare(page.text, "")
        keyClick(Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
        verify(journal.prompt.id !== prompt)
        typeText("I noticed")
        keyClick(Qt.Key_1, Qt.ControlModifier)
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(shell.currentPage, "journal")
        const again = findChild(findChild(shell, "journalView"), "journalPage")
        tryCompare(again, "text", "I noticed")
        compare(App.journal.count, entriesBefore + 1)

        // A new page keeps what was written first: nothing is lost.
        keyClick(Qt.Key_N, Qt.ControlModifier)
        compare(App.journal.count, entriesBefore + 2)
        compare(App.journal.get(0).text, "I noticed")
    }

    function test_guidePracticesOpenThePracticePage() {
        const shell = openShell()
        shell.openPractice("coach", "", "communication")
        compare(shell.currentPage, "coach")
        shell.openPractice("builder", "", "communication")
        compare(shell.currentPage, "practice")
        shell.openPractice("drills", "", "communication")
        compare(shell.currentPage, "drills")
        const practicePage = findChild(shell, "practicePage")
        compare(App.drills.get(practicePage.drillRow).sectionId, "communication")
        // Ctrl+4 comes back to the way of practising open last.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(shell.currentPage, "home")
        keyClick(Qt.Key_4, Qt.ControlModifier)
        compare(shell.currentPage, "drills")
    }
}
