// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// A whole conversation by keyboard alone: set-up, three cards with a pass and
// a star with a note, a pause and a return, the closing; then the history is
// on disk. Then, each by keyboard: the help holds the clock, going deeper
// asks each partner once, the plan's end offers one more or close, the setup
// says what is missing, and nothing leaves the window at the smallest size.
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
        keyClick(Qt.Key_Tab) // Robin's colour: one stop, the arrows choose
        keyClick(Qt.Key_Tab)
        typeText("Sam")
        keyClick(Qt.Key_Return)

        compare(session.stage, SessionController.Talking)
        compare(session.names, ["Robin", "Sam"])
        verify(session.cardText.length > 0)
        verify(session.speaker === 0 || session.speaker === 1 || session.answeredBy === "both")
        compare(session.depthCeiling, 2)

        // Card one: starred, with a note written without leaving the card, then talked about.
        const starred = session.cardId
        const acknowledgement = findChild(shell, "acknowledgement")
        keyClick(Qt.Key_S)
        verify(App.favourites.isStarred("card", starred))
        compare(session.starredCount, 1)
        verify(acknowledgement.visible)
        verify(acknowledgement.message.startsWith("Starred."), acknowledgement.message)
        compare(acknowledgement.Accessible.role, Accessible.AlertMessage)
        keyClick(Qt.Key_N)
        const noteField = findChild(shell, "starNoteField")
        tryVerify(() => noteField.activeFocus)
        compare(noteField.focusReason, Qt.TabFocusReason) // shown as keyboard focus
        typeText("for our walk")
        keyClick(Qt.Key_Return)
        compare(session.cardId, starred) // still on the card
        compare(session.cardStarNote, "for our walk")
        verify(!noteField.activeFocus)
        talkAbout(session)
        compare(session.discussedCount, 1)
        verifyTagsApart(shell)

        // Card two: passed, with no reason asked, and a calm word that it was.
        keyClick(Qt.Key_P)
        compare(session.passedCount, 1)
        compare(session.discussedCount, 1)
        verify(acknowledgement.visible)
        compare(acknowledgement.message, "Set aside for another day. No reason needed.")

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

        // Journal practices open the journal on a prompt of that part; rituals their page.
        shell.openPractice("journal", "", "self-awareness")
        compare(shell.currentPage, "journal")
        tryVerify(() => findChild(shell, "journalView") !== null)
        compare(findChild(shell, "journalView").prompt.sectionId, "self-awareness")
        shell.openPractice("rituals", "", "investing")
        compare(shell.currentPage, "rituals")

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

    // A conversation begun as the setup begins it, on the conversation page.
    function startConversation(shell, by, ids, depth, cards) {
        const session = App.together
        session.reset()
        if (!session.hasCouple)
            verify(session.saveCouple("Robin", "#B4552F", "Sam", "#3F6E9A"))
        verify(session.start(by, ids, depth, cards, 0, true))
        verify(shell.showPage("together"))
        tryVerify(() => findChild(shell, "conversationView") !== null)
        const view = findChild(shell, "conversationView")
        tryVerify(() => view.activeFocus)
        return view
    }

    function endConversation() {
        const session = App.together
        session.finish()
        session.close("", "", false, "")
        session.reset()
    }

    function test_helpHoldsTheClock() {
        const session = App.together
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        startConversation(shell, "surprise", [], 2, 10)
        const card = session.cardId
        const help = findChild(shell, "togetherPage").helpDialog
        verify(!session.clockHeld)
        keyClick(Qt.Key_Question, Qt.ShiftModifier)
        tryVerify(() => help.opened)
        verify(session.clockHeld, "the clock waits while the help is read")
        compare(session.stage, SessionController.Talking)
        // Its Close button spans the dialog.
        const closeButton = findChild(help.footer, "helpCloseButton")
        verify(closeButton.width >= help.width - 2 * Theme.spacingL - 1, closeButton.width + " of " + help.width)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !help.visible)
        verify(!session.clockHeld)
        compare(session.stage, SessionController.Talking) // closing the help is not a pause
        compare(session.cardId, card)
        endConversation()
    }

    // Tab walks the conversation's buttons, each showing it has the keyboard.
    function test_tabShowsWhereTheKeyboardIs() {
        const session = App.together
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        const view = startConversation(shell, "surprise", [], 2, 10)
        // Every stop on the way shows focus; Close and Pause are among them.
        const seen = []
        for (let i = 0; i < 20 && seen.indexOf("pauseButton") < 0; ++i) {
            keyClick(Qt.Key_Tab)
            const item = testCase.Window.activeFocusItem
            verify(item.visualFocus, "focus shows on " + (item.objectName || item.text))
            seen.push(item.objectName || item.text)
        }
        verify(seen.indexOf("closeButton") >= 0 && seen.indexOf("pauseButton") >= 0, seen)
        endConversation()
    }

    function menuTexts(menu) {
        const texts = []
        for (let i = 0; i < menu.count; ++i)
            texts.push(menu.itemAt(i).text)
        return texts
    }

    function test_goingDeeperAsksEachOfYouOnce() {
        const session = App.together
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        const view = startConversation(shell, "surprise", [], 1, 0)
        const menu = view.deeperMenu
        compare(session.depthCeiling, 1)

        keyClick(Qt.Key_D)
        tryVerify(() => menu.opened)
        compare(menuTexts(menu).slice(1), ["Robin says yes", "Sam says yes"])
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(() => !menu.visible)
        compare(session.deeperYes, [true, false])
        compare(session.depthCeiling, 1)
        tryVerify(() => view.activeFocus)
        compare(findChild(view, "deeperButton").text, "Robin said yes to deeper\u2026")

        // Robin's yes is given: the menu no longer offers it, and says what is still needed.
        keyClick(Qt.Key_D)
        tryVerify(() => menu.opened)
        const texts = menuTexts(menu)
        verify(texts.indexOf("Robin says yes") < 0, texts)
        compare(texts[0], "Robin has said yes; Sam\u2019s yes is still needed")
        compare(texts.slice(1), ["Sam says yes", "Not now"])
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(() => !menu.visible)
        compare(session.depthCeiling, 2)
        const note = findChild(view, "depthNote")
        compare(note.text, "You both said yes. The next card goes a little deeper.")

        // What comes next is of the new depth, and the screen says so.
        keyClick(Qt.Key_Space)
        if (session.secondTurn)
            keyClick(Qt.Key_Space)
        compare(session.cardDepth, 2)
        compare(note.text, "A deeper card, as you both agreed. Take your time.")

        // Lighter is one key, one person, at once.
        keyClick(Qt.Key_L)
        compare(session.depthCeiling, 1)
        compare(session.cardDepth, 1)
        compare(note.text, "Lighter from here. No reason needed.")
        endConversation()
    }

    function test_thePlansEndOffersOneMoreOrClose() {
        const session = App.together
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        const view = startConversation(shell, "surprise", [], 2, 5)
        for (let i = 0; i < 4; ++i)
            talkAbout(session)
        compare(session.lastPlannedCard, true)
        compare(findChild(view, "depthNote").text, "The last card you planned.")
        compare(session.cardKind, "appreciation") // a gentle close
        talkAbout(session)

        // No more cards are dealt; it says so in cards, not in time.
        verify(session.planDone)
        compare(session.cardId, "")
        const title = findChild(view, "planDoneTitle")
        verify(title.visible)
        compare(title.text, "That was the last card you planned.")
        const closeToday = findChild(view, "closeForTodayButton")
        tryVerify(() => closeToday.activeFocus)
        verify(closeToday.visualFocus, "focus shows on Close for today")
        keyClick(Qt.Key_Space)
        compare(session.discussedCount, 5) // Space does not deal another card
        compare(session.stage, SessionController.Closing)
        endConversation()

        // Again, and this time one more.
        startConversation(shell, "surprise", [], 2, 5)
        for (let i = 0; i < 5; ++i)
            talkAbout(session)
        const planView = findChild(shell, "conversationView")
        const oneMore = findChild(planView, "oneMoreButton")
        tryVerify(() => findChild(planView, "closeForTodayButton").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(oneMore.activeFocus && oneMore.visualFocus)
        keyClick(Qt.Key_Space)
        verify(!session.planDone)
        verify(session.cardId.length > 0)
        tryVerify(() => planView.activeFocus)
        talkAbout(session)
        verify(session.planDone)
        compare(session.discussedCount, 6)
        keyClick(Qt.Key_C)
        compare(session.stage, SessionController.Closing)
        endConversation()
    }

    function test_setupSaysWhatIsMissing() {
        const session = App.together
        session.reset()
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        verify(session.saveCouple("Robin", "#B4552F", "Sam", "#3F6E9A"))
        session.prepare("decks", [])
        verify(shell.showPage("together-setup"))
        tryVerify(() => findChild(shell, "beginHint") !== null)
        const hint = findChild(shell, "beginHint")
        compare(hint.text, "Choose at least one set of cards to begin.")
        verify(!findChild(shell, "beginButton").enabled)
        // Each deck says in a line what it is for.
        const summaries = []
        const collect = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === "deckSummary")
                    summaries.push(child)
                collect(child)
            }
        }
        collect(findChild(shell, "togetherPage"))
        compare(summaries.length, App.deckChoices().length)
        for (const summary of summaries) {
            verify(summary.text.length > 10 && summary.text.endsWith("."), summary.text)
            compare(summary.lineCount, 1)
        }
        const name = findChild(shell, "secondName")
        name.text = ""
        compare(hint.text, "Write the other name to begin.")
        findChild(shell, "firstName").text = ""
        compare(hint.text, "Write both your names to begin.")
        session.prepare("surprise", [])
    }

    // Close, Pause and the listener panel stay inside the window, and the
    // panel's words keep clear of its scroll bar, at the smallest and a large size.
    function test_nothingLeavesTheWindow_data() {
        return [{ tag: "1024x640", width: 1024, height: 640 }, { tag: "1920x1080", width: 1920, height: 1080 }]
    }

    function test_nothingLeavesTheWindow(data) {
        const session = App.together
        const shell = createTemporaryObject(shellComponent, testCase, { width: data.width, height: data.height })
        shell.forceActiveFocus()
        const view = startConversation(shell, "surprise", [], 2, 10)
        // A card with a listener, so the panel shows.
        while (session.listener < 0)
            session.next()
        waitForRendering(shell)
        const inside = (item, what) => {
            verify(item.visible, what + " is shown")
            const box = item.mapToItem(shell, 0, 0, item.width, item.height)
            verify(box.x >= 0 && box.y >= 0 && box.x + box.width <= shell.width + 0.5
                   && box.y + box.height <= shell.height + 0.5,
                   what + " at " + JSON.stringify(box) + " in " + shell.width + "x" + shell.height)
        }
        inside(findChild(view, "closeButton"), "Close")
        inside(findChild(view, "pauseButton"), "Pause")
        inside(findChild(view, "cardText"), "the card")
        const panel = findChild(view, "listenerPanel")
        inside(panel, "the listener panel")
        const bar = panel.scrollBar
        const barLeft = bar.mapToItem(panel, 0, 0).x
        // Every word, button and chip in the panel ends before the bar begins.
        const clear = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible || child.width <= 0)
                    continue
                const right = child.mapToItem(panel, child.width, 0).x
                verify(right <= barLeft + 0.5, (child.text ?? String(child)) + " ends at " + right
                       + ", the scroll bar starts at " + barLeft)
                clear(child)
            }
        }
        clear(findChild(panel, "listenerColumn"))
        endConversation()
    }
}
