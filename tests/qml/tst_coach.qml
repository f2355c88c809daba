// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// The free-write coach by keyboard and mouse: the editor shows its focus,
// hovering an underline explains it just below the word (every finding
// there, when they overlap), and the words can be copied and saved to a file.
TestCase {
    id: testCase
    name: "Coach"
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

    SignalSpy {
        id: messages
        signalName: "messageRequested"
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function readFile(file) {
        const request = new XMLHttpRequest()
        request.open("GET", file, false)
        request.send()
        return request.responseText
    }

    function openCoach() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("coach"))
        const editor = Check.named(shell, "coachEditor")
        tryVerify(() => editor.activeFocus)
        const view = Check.named(shell, "coachView")
        messages.clear()
        messages.target = view
        // Whatever an earlier test left, or the example: a clean page.
        if (view.showingExample)
            typeText("x")
        editor.selectAll()
        keyClick(Qt.Key_Delete)
        return shell
    }

    function test_hoveringExplainsEveryFindingJustBelowTheWord() {
        const shell = openCoach()
        const editor = Check.named(shell, "coachEditor")
        compare(Check.focusProblem(focused(), Theme), "")

        // "always" is a sweeping word inside a label: two findings over one word.
        typeText("You're always so selfish.")
        editor.refresh()
        const findings = editor.findings
        const at = editor.text.indexOf("always") + 2
        const here = App.coach.findingsAt(findings, at)
        verify(here.length >= 2, "overlapping findings at \"always\": " + JSON.stringify(findings))

        const word = editor.positionToRectangle(at)
        mouseMove(editor, word.x + 1, word.y + word.height / 2)
        const tip = editor.explanation
        tryVerify(() => tip.visible && tip.opened)
        // Each finding there is explained, not only one of them.
        for (let i = 0; i < here.length; ++i)
            verify(tip.text.indexOf(findings[here[i]].message) >= 0, tip.text)
        // Below the word, so it covers neither the word nor the words above the editor.
        const tipTop = tip.background.mapToItem(editor, 0, 0).y
        verify(tipTop >= word.y + word.height, "tip at " + tipTop + ", word ends at " + (word.y + word.height))
        verify(tip.text.length > 0)

        // Away from the words, it goes.
        mouseMove(editor, editor.width - 4, editor.height - 4)
        tryVerify(() => !tip.visible)
    }

    function test_copyAndSaveTheWords() {
        const shell = openCoach()
        const editor = Check.named(shell, "coachEditor")
        typeText("I feel lonely when we eat apart.")

        keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
        tryCompare(messages, "count", 1)
        verify(messages.signalArguments[0][0].indexOf("Copied") === 0, messages.signalArguments[0][0])

        // Tab reaches the buttons, each with its focus shown.
        const copyButton = Check.named(shell, "coachCopyButton")
        const saveButton = Check.named(shell, "coachSaveButton")
        verify(copyButton.enabled && saveButton.enabled)
        copyButton.forceActiveFocus(Qt.TabFocusReason)
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Tab)
        tryVerify(() => saveButton.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")

        // Ctrl+S asks where to save, with a name suggested; the file holds the words.
        editor.forceActiveFocus()
        keyClick(Qt.Key_S, Qt.ControlModifier)
        const saveDialog = Check.named(shell, "coachSaveDialog")
        tryVerify(() => saveDialog.dialog.visible)
        verify(String(saveDialog.dialog.selectedFile).indexOf("hearth-words-") >= 0, saveDialog.dialog.selectedFile)
        saveDialog.dialog.close()
        const file = FileChoices.chosenFile(String(FileChoices.defaultFolder()) + "/coach-words.txt")
        saveDialog.save(file)
        tryCompare(messages, "count", 2)
        verify(messages.signalArguments[1][0].indexOf("Saved your words to") === 0, messages.signalArguments[1][0])
        compare(readFile(file), "I feel lonely when we eat apart.\n")
    }

    function test_nothingToCopyOrSaveOnAnEmptyPage() {
        const shell = openCoach()
        verify(!Check.named(shell, "coachCopyButton").enabled)
        verify(!Check.named(shell, "coachSaveButton").enabled)
        keyClick(Qt.Key_S, Qt.ControlModifier)
        tryCompare(messages, "count", 1)
        verify(!Check.named(shell, "coachSaveDialog").dialog.visible)
    }

    // The coach's whole kinder sentence: shown beside the findings, put in
    // place of the writing with Ctrl+Shift+Return, its first blank selected
    // to type over, and taken back with Ctrl+Z.
    function test_theKinderSentenceReplacesTheWordsAndCtrlZBringsThemBack() {
        const shell = openCoach()
        const editor = Check.named(shell, "coachEditor")
        typeText("You always leave your dishes in the sink.")
        editor.refresh()
        const card = Check.named(shell, "rewriteCard")
        tryVerify(() => card.visible)
        compare(Check.named(shell, "rewriteText").text,
                "I felt ___ when you leave your dishes in the sink. I need ___. Would you be willing to ___?")
        const button = Check.named(shell, "useRewriteButton")
        verify(button.Accessible.name.indexOf("Ctrl+Z") >= 0, button.Accessible.name)

        keyClick(Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
        compare(editor.text, "I felt ___ when you leave your dishes in the sink. I need ___. Would you be willing to ___?")
        compare(editor.selectedText, "___")
        verify(editor.activeFocus)
        // The blank is typed over; the sentence then passes the coach.
        typeText("sad")
        editor.refresh()
        verify(editor.analysis.clean, JSON.stringify(editor.analysis.findings))
        verify(!card.visible)

        // Ctrl+Z takes the typing back, then the kinder sentence, down to the words written first.
        for (let i = 0; i < 6 && editor.text !== "You always leave your dishes in the sink."; ++i)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(editor.text, "You always leave your dishes in the sink.")
    }

    function test_nothingToRewriteOnCleanWords() {
        const shell = openCoach()
        const editor = Check.named(shell, "coachEditor")
        typeText("I feel sad.")
        editor.refresh()
        verify(!Check.named(shell, "rewriteCard").visible)
        keyClick(Qt.Key_Return, Qt.ControlModifier | Qt.ShiftModifier)
        compare(editor.text, "I feel sad.")
        compare(messages.count, 1)
        compare(messages.signalArguments[0][0], "Nothing here needs a kinder sentence.")
    }
}
