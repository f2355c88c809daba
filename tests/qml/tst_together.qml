// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// A whole conversation by keyboard alone: set-up, three cards with a pass and
// a star, a pause and a return, the closing; then the history is on disk.
TestCase {
    id: testCase
    name: "Together"
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

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
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

    // The card's tags (deck, depth, "you both answer") sit side by side as
    // the cards change, never on top of one another.
    function verifyTagsApart(shell) {
        const tags = findChild(shell, "cardTags")
        verify(tags)
        let right = -1
        for (let i = 0; i < tags.children.length; ++i) {
            const tag = tags.children[i]
            if (!tag.visible)
                continue
            tryVerify(() => tag.x >= right, 1000, "tag " + i + " starts at " + tag.x + ", before " + right + " vis " + Array.from(tags.children).map(t => t.visible + ":" + t.x + ":" + t.width + ":" + t.text).join(" / ") + " rowW " + tags.width + " implW " + tags.implicitWidth)
            verify(tag.width >= tag.implicitWidth - 1, "tag " + i + " is cut short")
            right = tag.x + tag.width
        }
    }

    // Talk about the card on screen: for cards you both answer, Space swaps
    // turns first; the next Space moves on.
    function talkAbout(session) {
        const card = session.cardId
        const firstSpeaker = session.speaker
        keyClick(Qt.Key_Space)
        if (session.cardId === card) {
            compare(session.secondTurn, true)
            compare(session.speaker, 1 - firstSpeaker)
            keyClick(Qt.Key_Space)
        }
        verify(session.cardId !== card)
    }

    function test_aWholeConversationByKeyboard() {
        const session = App.together
        const conversationsBefore = App.conversations.count
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()

        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(shell.currentPage, "together-setup")
        compare(session.stage, SessionController.Setup)
        tryVerify(() => testCase.Window.activeFocusItem && testCase.Window.activeFocusItem.objectName === "firstName")
        typeText("Robin")
        keyClick(Qt.Key_Tab)
        typeText("Sam")
        keyClick(Qt.Key_Return)

        compare(session.stage, SessionController.Talking)
        compare(session.names, ["Robin", "Sam"])
        verify(session.cardText.length > 0)
        verify(session.speaker === 0 || session.speaker === 1 || session.answeredBy === "both")
        compare(session.depthCeiling, 2)

        // Card one: starred, then talked about.
        const starred = session.cardId
        keyClick(Qt.Key_S)
        verify(App.favourites.isStarred("card", starred))
        compare(session.starredCount, 1)
        talkAbout(session)
        compare(session.discussedCount, 1)
        verifyTagsApart(shell)

        // Card two: passed, with no reason asked.
        keyClick(Qt.Key_P)
        compare(session.passedCount, 1)
        compare(session.discussedCount, 1)

        // Things get heated: pause, then come back to the same card.
        const beforePause = session.cardId
        keyClick(Qt.Key_Escape)
        compare(session.stage, SessionController.Paused)
        verify(session.pauseSecondsLeft > 0)
        keyClick(Qt.Key_Return)
        compare(session.stage, SessionController.Talking)
        compare(session.cardId, beforePause)

        // Card three: a follow-up, "you got it", then on.
        if (session.followUps.length > 0) {
            keyClick(Qt.Key_Q)
            compare(session.revealedFollowUps, 1)
        }
        if (session.speaker >= 0) {
            keyClick(Qt.Key_G)
            verify(session.heard)
            // Both can see it: the speaker feels heard.
            verify(findChild(shell, "listensLabel").text.indexOf("feels heard") > 0)
        }
        talkAbout(session)
        compare(session.discussedCount, 2)
        verifyTagsApart(shell)

        // Close, with one appreciation kept.
        keyClick(Qt.Key_C)
        compare(session.stage, SessionController.Closing)
        const summary = findChild(shell, "closingSummary").text
        verify(summary.startsWith("You talked about 2 cards, in "), summary)
        verify(summary.endsWith("You set one card aside for another day, and kept one to come back to."), summary)
        tryVerify(() => testCase.Window.activeFocusItem && testCase.Window.activeFocusItem.objectName === "firstAppreciation")
        typeText("You listened")
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Tab)
        compare(testCase.Window.activeFocusItem.objectName, "finishButton")
        keyClick(Qt.Key_Space)
        compare(session.stage, SessionController.Summary)

        const saved = session.savedSummary()
        compare(saved.discussed, 2)
        compare(saved.passed, 1)

        // The couple can look back on it: the cards talked about, the words kept.
        compare(App.conversations.count, conversationsBefore + 1)
        const kept = App.conversations.get(0)
        compare(kept.cardTexts.length, 2)
        compare(kept.firstAppreciation, "You listened")
        verify(shell.showPage("conversations"))
        const page = findChild(shell, "conversationsPage")
        const list = findChild(page, "conversationsList")
        tryVerify(() => list.activeFocus)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Delete)
        tryVerify(() => page.forgetDialog.opened)
        page.forgetDialog.accept()
        compare(App.conversations.count, conversationsBefore)
        tryVerify(() => list.activeFocus)
    }

    function test_linksOpenConversations() {
        const session = App.together
        session.reset()
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        if (!session.hasCouple)
            verify(session.saveCouple("Robin", "#B4552F", "Sam", "#3F6E9A"))

        // A "try this" in the guide opens the setup with its deck chosen.
        const deck = App.deckChoices()[2].value
        shell.openPractice("deck", deck, "closeness")
        compare(shell.currentPage, "together-setup")
        compare(session.choiceBy, "decks")
        compare(session.choiceIds, [deck])

        // Journal practices open the journal on a prompt of that part; rituals the Library.
        shell.openPractice("journal", "", "self-awareness")
        compare(shell.currentPage, "journal")
        tryVerify(() => findChild(shell, "journalView") !== null)
        compare(findChild(shell, "journalView").prompt.sectionId, "self-awareness")
        shell.openPractice("rituals", "", "investing")
        compare(shell.currentPage, "library")

        // A starred card opens straight into a conversation, that card first.
        const card = App.library.data(App.library.index(5, 0), LibraryModel.ContentIdRole)
        shell.talkAbout(card)
        compare(shell.currentPage, "together")
        compare(session.stage, SessionController.Talking)
        compare(session.cardId, card)
        session.finish()
        session.close("", "", false, "")
        session.reset()
    }
}
