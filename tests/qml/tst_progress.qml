// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// The Progress page: Ctrl+0 opens it; with nothing yet it welcomes instead of
// showing empty pictures; after a conversation this week's mark lights up,
// and the keys walk the pictures with each mark said in words.
TestCase {
    id: testCase
    name: "Progress"
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

    function haveConversation() {
        const session = App.together
        session.reset()
        if (!session.hasCouple)
            verify(session.saveCouple("Robin", "#B4552F", "Sam", "#3F6E9A"))
        verify(session.start("surprise", [], 2, 5, 0, true))
        const card = session.cardId
        session.next()
        if (session.cardId === card)
            session.next()
        session.finish()
        session.close("", "", true, "")
        session.reset()
    }

    function test_welcomeThenThisWeekLightsUp() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(shell.currentPage, "progress")
        const page = findChild(shell, "progressPage")
        verify(page)
        const welcome = findChild(page, "progressWelcome")
        verify(welcome.visible)
        const calendar = findChild(page, "weeksCalendar")
        verify(!calendar.visible)

        haveConversation()
        // Shown again, the page reads the figures again.
        shell.showPage("home")
        shell.showPage("progress")
        tryVerify(() => !welcome.visible)
        verify(calendar.visible)
        compare(App.progress.weeks.count, 1)

        calendar.forceActiveFocus()
        const week = testCase.Window.activeFocusItem
        compare(week.Accessible.role, Accessible.ListItem)
        compare(week.Accessible.name, "This week: talked once")
        compare(calendar.currentDescription, week.Accessible.name)

        // The guide's parts, one after another with Down, each said in words.
        const depths = findChild(page, "sectionDepths")
        depths.forceActiveFocus()
        const first = testCase.Window.activeFocusItem.Accessible.name
        verify(first.length > 0)
        keyClick(Qt.Key_Down)
        const second = testCase.Window.activeFocusItem.Accessible.name
        verify(second !== first)
        compare(depths.currentDescription, second)
        keyClick(Qt.Key_Up)
        compare(testCase.Window.activeFocusItem.Accessible.name, first)
    }
}
