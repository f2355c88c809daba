// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// The mindful pause as a person meets it, with the keyboard alone: from
// Home's button to the choice, a pause begun and finished early with Escape,
// and the journal opened on the prompt offered afterwards. Nothing here waits
// for the pause's clock: the steps asserted hold at any moment of a pause.
TestCase {
    id: testCase
    name: "Pause"
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

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function tabTo(prefix) {
        for (let i = 0; i < 30; ++i) {
            keyClick(Qt.Key_Tab)
            const item = focused()
            if (item && String(item.Accessible.name).startsWith(prefix))
                return item
        }
        return null
    }

    function openPauseFromHome() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        shell.forceActiveFocus()
        compare(shell.currentPage, "home")
        const button = tabTo("Take a mindful pause")
        verify(button, "Home has no pause button on the Tab path")
        verify(button.visualFocus)
        keyClick(Qt.Key_Space)
        compare(shell.currentPage, "pause")
        compare(App.pause.stage, PauseController.Choosing)
        return shell
    }

    function cleanup() {
        App.pause.reset()
        App.appearance.reduceMotion = false
    }

    function test_aPauseFromHomeFinishesEarlyAndOpensTheJournal() {
        const shell = openPauseFromHome()
        const page = Check.named(shell, "pausePage")
        verify(page)

        // The first kind has the keys; Down chooses the body check, Tab moves on to the length.
        tryVerify(() => focused() && focused().objectName === "pauseKind-breathing")
        keyClick(Qt.Key_Down)
        compare(focused().objectName, "pauseKind-body-check")
        verify(focused().checked)
        keyClick(Qt.Key_Tab)
        compare(focused().objectName, "pauseMinutes-2")
        keyClick(Qt.Key_Up)
        compare(focused().objectName, "pauseMinutes-1")
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Return)

        compare(App.pause.stage, PauseController.Running)
        compare(App.pause.kindId, "body-check")
        compare(App.pause.minutes, 1)
        verify(!App.pause.hasBreath)
        const stepText = Check.named(page, "pauseStepText")
        verify(stepText.visible)
        compare(stepText.text, App.pause.stepText)
        verify(stepText.text.length > 0)
        tryVerify(() => focused() && focused().objectName === "holdPause")
        compare(Check.focusProblem(focused(), Theme), "")

        // A rest, and carrying on, with Space on the focused button.
        keyClick(Qt.Key_Space)
        compare(App.pause.stage, PauseController.Held)
        keyClick(Qt.Key_Space)
        compare(App.pause.stage, PauseController.Running)

        keyClick(Qt.Key_Escape)
        compare(App.pause.stage, PauseController.Finished)
        verify(App.pause.finishedEarly)
        const offered = App.pause.offeredPrompt
        verify(offered.text.length > 0)
        compare(Check.named(page, "offeredPrompt").text, offered.text)
        tryVerify(() => focused() && focused().objectName === "writeAfterPause")
        compare(Check.focusProblem(focused(), Theme), "")

        keyClick(Qt.Key_Space)
        compare(shell.currentPage, "journal")
        const prompt = Check.named(shell, "journalPrompt")
        verify(prompt)
        tryCompare(prompt, "text", offered.text)
        verify(Check.named(shell, "journalPage").activeFocus)
    }

    function test_escapeAfterAPauseGoesBackHome() {
        const shell = openPauseFromHome()
        tryVerify(() => focused() && focused().objectName === "pauseKind-breathing")
        keyClick(Qt.Key_Return)
        compare(App.pause.stage, PauseController.Running)
        verify(App.pause.hasBreath)
        tryVerify(() => focused() && focused().objectName === "holdPause")
        keyClick(Qt.Key_Escape)
        compare(App.pause.stage, PauseController.Finished)
        tryVerify(() => focused() && focused().objectName === "writeAfterPause")
        keyClick(Qt.Key_Escape)
        compare(shell.currentPage, "home")
    }

    function test_leavingThePageRestsThePause() {
        const shell = openPauseFromHome()
        verify(App.pause.start("breathing", 3))
        compare(App.pause.stage, PauseController.Running)
        shell.showPage("home")
        compare(App.pause.stage, PauseController.Held)
        shell.showPage("pause")
        compare(Check.named(shell, "holdPause").text, "Carry on")
    }

    // With less motion, the circle stays still whatever the moment, and the
    // rhythm is in words that count the seconds.
    function test_reduceMotionKeepsTheRhythmInWords() {
        const shell = openPauseFromHome()
        App.appearance.reduceMotion = true
        verify(App.pause.start("breathing", 1))
        const circle = Check.named(shell, "pauseCircle")
        verify(circle)
        compare(circle.grown, 1.5)
        const rhythm = circle.parent
        verify(/^Breathe (in|out)… [1-9]/.test(rhythm.words), rhythm.words)
        App.appearance.reduceMotion = false
        verify(/^Breathe (in|out)$/.test(rhythm.words), rhythm.words)
    }
}
