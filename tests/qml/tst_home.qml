// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// The home page, with the keyboard alone: its buttons and the seven parts of
// the guide are reached with Tab, open with Space or Enter, and each shows
// clearly that it has the focus.
TestCase {
    id: testCase
    name: "Home"
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

    // A ring at least two pixels wide, drawn in the item's background while it has the focus.
    function drawsRing(item) {
        if (!item || !item.visible)
            return false
        if (item.border !== undefined && item.border.width >= 2 && item.border.color.a > 0)
            return true
        for (let i = 0; i < item.children.length; ++i) {
            if (drawsRing(item.children[i]))
                return true
        }
        return false
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

    function openHome() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        shell.forceActiveFocus()
        compare(shell.currentPage, "home")
        return shell
    }

    function test_opensWithTheGuideButtonFocused() {
        openHome()
        verify(focused())
        compare(focused().Accessible.name, "Read the guide (Ctrl+2)")
    }

    function test_tabShowsARingOnEachButton() {
        openHome()
        for (const prefix of ["Start a conversation together", "Practise saying things kindly", "Take a mindful pause",
                              "Part 1:"]) {
            const item = tabTo(prefix)
            verify(item, prefix)
            verify(item.visualFocus, prefix)
            verify(drawsRing(item.background), prefix + " shows no focus ring")
        }
    }

    function test_theTogetherButtonOpensSetupWithTheKeyboard() {
        const shell = openHome()
        verify(tabTo("Start a conversation together"))
        keyClick(Qt.Key_Space)
        compare(shell.currentPage, "together-setup")
    }

    function test_enterOnAPartOpensItInTheGuide() {
        const shell = openHome()
        const tile = tabTo("Part 3:")
        verify(tile)
        verify(drawsRing(tile.background))
        keyClick(Qt.Key_Return)
        compare(shell.currentPage, "guide")
        const list = findChild(shell, "sectionList")
        verify(list)
        compare(list.currentIndex, 2)
    }

    // Each part's tile shows its whole title: no "…" on the name of a part.
    function test_tilesShowTheirTitlesWhole() {
        openHome()
        for (let part = 1; part <= 7; ++part) {
            const tile = tabTo("Part " + part + ":")
            verify(tile, "Part " + part)
            const title = findLabel(tile.contentItem, tile.text)
            verify(title, tile.text)
            verify(!title.truncated, tile.text + " is cut short")
            verify(tile.height >= tile.implicitHeight - 1, tile.height + " < " + tile.implicitHeight)
        }
    }

    function findLabel(root, text) {
        if (!root)
            return null
        if (root.text === text && root.truncated !== undefined)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = findLabel(root.children[i], text)
            if (found)
                return found
        }
        return null
    }
}
