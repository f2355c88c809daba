// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// Moving around the app with the keyboard alone.
TestCase {
    id: testCase
    name: "Navigation"
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

    // Every place in the rail is reached with Tab, ringed while focused, and opened with Enter.
    function test_railPlacesShowFocusAndOpenWithEnter() {
        const places = [["The guide", "guide"], ["Together", "together-setup"], ["Practice", "practice"],
                        ["Library", "library"], ["Favourites", "favourites"], ["Progress", "progress"], ["Your data", "data"],
                        ["Home", "home"]]
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        for (const [name, page] of places) {
            let item = null
            for (let i = 0; i < 40 && !item; ++i) {
                keyClick(Qt.Key_Tab)
                const focused = testCase.Window.activeFocusItem
                if (focused && focused.Accessible.name === name && focused.Accessible.role === Accessible.PageTab)
                    item = focused
            }
            verify(item, name + " is not reached with Tab")
            verify(item.visualFocus, name)
            verify(drawsRing(item.background), name + " shows no focus ring")
            keyClick(Qt.Key_Return)
            compare(shell.currentPage, page)
            // Back to the rail for the next place, as a keyboard user does.
            shell.forceActiveFocus()
        }
    }

    function test_shortcutsMoveBetweenHomeAndGuide() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        shell.forceActiveFocus()
        compare(shell.currentPage, "home")
        keyClick(Qt.Key_2, Qt.ControlModifier)
        compare(shell.currentPage, "guide")
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(shell.currentPage, "home")
    }

    // A plain message belongs to the page it came from; an Undo follows you.
    function test_passingMessagesStayWithTheirPage() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        const bar = findChild(shell, "messageBar")
        shell.showMessage("Saved to your drafts.", "")
        tryCompare(bar, "opacity", 1)
        keyClick(Qt.Key_2, Qt.ControlModifier)
        tryCompare(bar, "visible", false)

        shell.showMessage("Removed from favourites.", "Undo")
        tryCompare(bar, "opacity", 1)
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(shell.currentPage, "home")
        verify(bar.visible)
    }

    function test_guideSectionsFollowTheArrowKeys() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_2, Qt.ControlModifier)
        const list = findChild(shell, "sectionList")
        verify(list)
        tryVerify(() => list.activeFocus)
        compare(list.count, 7)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 2)
        keyClick(Qt.Key_Up)
        compare(list.currentIndex, 1)
    }

    function test_homeButtonOpensTheGuideByKeyboard() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        compare(shell.currentPage, "home")
        // The first focus on Home is "Read the guide"; Space presses it.
        keyClick(Qt.Key_Space)
        compare(shell.currentPage, "guide")
    }

    function test_tabReachesTheNavigationWithNames() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        // Walk the tab chain and collect the accessible names it passes through.
        const seen = []
        for (let i = 0; i < 20; ++i) {
            keyClick(Qt.Key_Tab)
            const item = testCase.Window.activeFocusItem
            if (item && item.Accessible.name)
                seen.push(item.Accessible.name)
        }
        verify(seen.indexOf("Home") >= 0, seen.join(" | "))
        verify(seen.indexOf("The guide") >= 0, seen.join(" | "))
        verify(seen.some(name => name.startsWith("Part 1:")), seen.join(" | "))
    }
}
