// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// The Conversations page: it opens on the couple's past conversations, Up and
// Down move between them with the focus shown, and Delete forgets one only
// after asking: Esc keeps it, "Forget it" forgets it.
TestCase {
    id: testCase
    name: "Conversations"
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

    // A short conversation with words kept, as the couple would have had it.
    function haveConversation(appreciation) {
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
        session.close(appreciation, "", true, "")
        session.reset()
    }

    function test_openLookBackAndForget() {
        haveConversation("You made tea")
        haveConversation("You listened")
        const count = App.conversations.count
        verify(count >= 2)
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()

        verify(shell.showPage("conversations"))
        const page = findChild(shell, "conversationsPage")
        const list = findChild(page, "conversationsList")
        tryVerify(() => list.activeFocus)
        compare(list.currentIndex, 0)
        compare(list.currentItem.firstAppreciation, "You listened") // newest first
        verify(list.currentItem.showFocus, "the current conversation shows it has the keyboard")

        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        verify(list.currentItem.showFocus)
        verify(!list.itemAtIndex(0).showFocus, "only one row looks current")
        keyClick(Qt.Key_Up)
        compare(list.currentIndex, 0)

        // Esc keeps it.
        keyClick(Qt.Key_Delete)
        tryVerify(() => page.forgetDialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !page.forgetDialog.visible)
        compare(App.conversations.count, count)
        tryVerify(() => list.activeFocus)

        // "Forget it", reached by Tab, forgets it.
        keyClick(Qt.Key_Delete)
        tryVerify(() => page.forgetDialog.opened)
        let tabs = 0
        while (tabs < 6 && !(testCase.Window.activeFocusItem && testCase.Window.activeFocusItem.text === "Forget it")) {
            keyClick(Qt.Key_Tab)
            ++tabs
        }
        const forgetButton = testCase.Window.activeFocusItem
        compare(forgetButton.text, "Forget it")
        verify(forgetButton.visualFocus)
        keyClick(Qt.Key_Space)
        tryVerify(() => !page.forgetDialog.visible)
        compare(App.conversations.count, count - 1)
        compare(App.conversations.get(0).firstAppreciation, "You made tea")
        tryVerify(() => list.activeFocus)
    }
}
