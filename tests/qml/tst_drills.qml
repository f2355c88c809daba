// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth
import "pagecheck.js" as Check

// The rewrite drills by keyboard: the rewrite field has the keys and shows
// it, Ctrl+S saves a rewrite and marks the drill done, and the list of
// drills shows which one has the keys.
TestCase {
    id: testCase
    name: "Drills"
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

    function test_rewriteSaveAndWalkTheDrills() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("drills"))
        const view = Check.named(shell, "drillsView")
        messages.target = view
        const field = Check.named(shell, "rewriteField")
        tryVerify(() => field.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")

        const list = Check.named(shell, "drillList")
        const row = list.currentIndex
        field.selectAll()
        keyClick(Qt.Key_Delete)
        typeText("I feel hurt when plans change, and I would like us to talk first.")
        keyClick(Qt.Key_S, Qt.ControlModifier)
        tryCompare(messages, "count", 1)
        verify(messages.signalArguments[0][0].indexOf("Saved") === 0, messages.signalArguments[0][0])
        verify(App.drills.get(row).done)

        // The list of drills: its current row shows the keys.
        list.forceActiveFocus(Qt.TabFocusReason)
        compare(Check.focusProblem(list, Theme), "")
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, row + 1)
        compare(Check.focusProblem(list, Theme), "")
        keyClick(Qt.Key_Return)
        tryVerify(() => field.activeFocus)
    }

    // The drill's rewrite field offers the coach's kinder sentence too, by the same key.
    function test_theKinderSentenceInADrill() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(shell.showPage("drills"))
        const field = Check.named(shell, "rewriteField")
        tryVerify(() => field.activeFocus)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        typeText("It's not my fault.")
        field.refresh()
        const card = Check.named(shell, "rewriteCard")
        verify(card.visible)
        keyClick(Qt.Key_Enter, Qt.ControlModifier | Qt.ShiftModifier)
        compare(field.text, "I can see my part in ___, and I'm sorry. What would help now?")
        compare(field.selectedText, "___")
        for (let i = 0; i < 4 && field.text !== "It's not my fault."; ++i)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(field.text, "It's not my fault.")
    }
}
