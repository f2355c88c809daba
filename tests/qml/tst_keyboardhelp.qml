// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// ? and F1 list the keys of the page shown and those that work everywhere;
// Esc closes the list and the keyboard is back where it was; a ? typed into
// a text stays a ?. (tst_accessibility checks the list against the Shortcut items.)
TestCase {
    id: testCase
    name: "KeyboardHelp"
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

    function listedActions(list) {
        return list.map(entry => entry.action)
    }

    function test_questionMarkListsThePageKeys() {
        const shell = createTemporaryObject(shellComponent, testCase)
        compare(shell.keyboardHelp, null, "the list of keys is made when first asked for, not at start")
        shell.forceActiveFocus()
        shell.showPage("library")
        const list = findChild(shell, "libraryList")
        list.forceActiveFocus()
        verify(list.activeFocus)

        keyClick("?")
        const help = shell.keyboardHelp
        tryVerify(() => help.opened)
        verify(listedActions(help.pageKeys).indexOf("Star the highlighted prompt, or take its star away") >= 0)
        verify(help.pageKeys.some(entry => entry.keys.indexOf("S") >= 0))
        verify(help.globalKeys.some(entry => entry.keys.indexOf("Ctrl+5") >= 0))
        verify(help.globalKeys.some(entry => entry.keys.indexOf("F1") >= 0))

        keyClick(Qt.Key_Escape)
        tryVerify(() => !help.visible)
        tryVerify(() => list.activeFocus, 1000, "the keyboard is back on the list")
    }

    function test_f1ListsTheTabShowing() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        shell.showPage("drills")
        keyClick(Qt.Key_F1)
        const help = shell.keyboardHelp
        tryVerify(() => help.opened)
        verify(help.pageKeys.some(entry => entry.keys.indexOf("Ctrl+M") >= 0), "the drills' keys")
        const close = findChild(help.footer, "keyboardHelpClose")
        verify(close)
        mouseClick(close)
        tryVerify(() => !help.visible)
    }

    function test_aQuestionMarkTypedStaysAQuestionMark() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        shell.showPage("journal")
        const page = findChild(shell, "journalPage")
        verify(page)
        page.forceActiveFocus()
        page.text = ""
        keyClick("?")
        compare(page.text, "?")
        verify(!shell.keyboardHelp?.visible, "the ? typed opened no list")
        // F1 is no text: it opens the list from a text too, and gives the text its focus back.
        keyClick(Qt.Key_F1)
        tryVerify(() => shell.keyboardHelp.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => page.activeFocus)
        compare(page.text, "?")
        page.text = ""
    }
}
