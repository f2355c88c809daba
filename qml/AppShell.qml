// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hearth

// The window's content: navigation on the left, the current page on the right,
// banners above, passing messages below. Kept apart from Main.qml so tests can
// load it into their own window.
FocusScope {
    id: shell

    // "together" is the conversation itself; "together-setup" the choosing before it.
    // "practice" (the builder), "coach", "drills" and "journal" are the Practice page's tabs.
    // "conversations" looks back on past conversations, under Together.
    readonly property var pageNames: ["home", "guide", "together-setup", "together", "practice", "coach", "drills",
                                      "journal", "library", "favourites", "data", "conversations", "settings",
                                      "rituals", "pause", "progress", "deck-editor"]
    readonly property var pageIndexes: [0, 1, 2, 2, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    readonly property int conversationsIndex: 7
    readonly property int practiceIndex: 3
    property string currentPage: "home"
    property bool focusMode: false
    readonly property int currentIndex: pageIndexes[pageNames.indexOf(currentPage)] ?? 0
    // Pages are made the first time they are shown, then kept: a start pays
    // only for Home, and a page keeps its search and scroll for the session.
    property int madePages: 1 << 0
    // The Practice tab open last, known before the Practice page is made.
    property string practiceTab: "practice"

    // Untyped on purpose: naming a page's type here, even in a type assertion,
    // would load it and everything it uses at start (see the Loaders below).
    readonly property var guidePage: guideSlot.item
    readonly property var practicePage: practiceSlot.item
    readonly property var libraryPage: librarySlot.item
    readonly property var favouritesPage: favouritesSlot.item
    readonly property var ritualsPage: ritualsSlot.item
    readonly property var deckEditorPage: deckEditorSlot.item

    function isMade(index: int): bool {
        return (madePages & (1 << index)) !== 0
    }

    function showPage(name: string): bool {
        if (pageNames.indexOf(name) < 0)
            return false
        // Asking for the conversation picks up with the couple Hearth knows, as last time.
        if (name === "together" && App.together.stage === SessionController.Setup && App.together.hasCouple)
            App.together.startAgain(false)
        if (name === "together-setup" && App.together.stage !== SessionController.Setup)
            name = "together"
        if (name !== currentPage)
            messageBar.pageChanged()
        madePages |= 1 << pageIndexes[pageNames.indexOf(name)] // made now, before it is shown
        currentPage = name
        if (currentIndex !== 2)
            focusMode = false
        // The page is showing before its tab changes, so the tab lays out (Qt 6.4).
        if (currentIndex === practiceIndex)
            practicePage.showTab(name)
        // Read the item now: children is not a notifying list, so a binding to it goes stale.
        pages.children[currentIndex].forceActiveFocus()
        return true
    }

    function showGuideSection(sectionId: string) {
        // Show the page first: layouts in a hidden page miss changes (Qt 6.4).
        showPage("guide")
        guidePage.showSection(sectionId)
    }

    // Where each kind of practice in the guide is done.
    function openPractice(kind: string, targetId: string, sectionId: string) {
        switch (kind) {
        case "deck":
            App.together.prepare("decks", [targetId])
            showPage("together-setup")
            break
        case "escalating":
            App.together.prepare("escalating", [])
            showPage("together-setup")
            break
        case "listening":
            App.together.prepare("sections", [sectionId])
            showPage("together-setup")
            break
        case "builder":
            showPage("practice")
            break
        case "coach":
            showPage("coach")
            break
        case "drills":
            showPage("drills")
            practicePage.showDrillsOf(sectionId)
            break
        case "journal":
            showPage("journal")
            practicePage.showJournalOf(sectionId)
            break
        case "rituals":
            showPage("rituals")
            break
        }
    }

    function showRitual(ritualId: string) {
        showPage("rituals")
        ritualsPage.showRitual(ritualId)
    }

    // A journal page on the prompt a mindful pause offered.
    function writeAfterPause(promptId: string, sectionId: string) {
        showPage("journal")
        practicePage.showJournalPrompt(promptId, sectionId)
    }

    function talkAbout(cardId: string) {
        showPage(App.together.startWithCard(cardId) ? "together" : "together-setup")
    }

    // A pack file dropped on the window is offered for import, on the deck editor.
    function offerPack(file: url) {
        showPage("deck-editor")
        deckEditorPage.offerPack(file)
    }

    function showMessage(message: string, action: string) {
        messageBar.show(message, action)
    }

    function undo() {
        if (currentPage === "journal" && App.journal.canUndo) {
            App.journal.undo()
            messageBar.show(qsTr("Undone."), "")
        } else if (currentPage === "deck-editor" && App.deckEditor.canUndo) {
            App.deckEditor.undo()
            messageBar.show(qsTr("The card is back."), "")
        } else if (App.favourites.canUndo) {
            App.favourites.undo()
            messageBar.show(qsTr("Undone."), "")
        }
    }

    Component.onCompleted: showPage(currentPage)

    // The keys that work on every page, shown by ? and F1 with the page's own
    // `keyHelp`; tst_accessibility checks both against the Shortcut items.
    readonly property var globalKeys: [
        {keys: ["Ctrl+1"], action: qsTr("Home")},
        {keys: ["Ctrl+2"], action: qsTr("The guide")},
        {keys: ["Ctrl+3"], action: qsTr("Together")},
        {keys: ["Ctrl+4"], action: qsTr("Practice")},
        {keys: ["Ctrl+5"], action: qsTr("Library")},
        {keys: ["Ctrl+6"], action: qsTr("Favourites")},
        {keys: ["Ctrl+7"], action: qsTr("Your data")},
        {keys: ["Ctrl+8"], action: qsTr("Settings")},
        {keys: ["Ctrl+9"], action: qsTr("Rituals")},
        {keys: ["Ctrl+0"], action: qsTr("Progress")},
        {keys: ["Ctrl+E"], action: qsTr("Our decks: write cards of your own")},
        {keys: ["Ctrl+F"], action: qsTr("Search the library, or your favourites when they are open")},
        {keys: ["Ctrl+Z"], action: qsTr("Undo taking a favourite away")},
        {keys: ["Ctrl+Q"], action: qsTr("Quit; what you are writing is kept")},
        {keys: ["Tab", "Shift+Tab"], action: qsTr("Move to the next or the previous control")},
        {keys: ["?", "F1"], action: qsTr("This list of keys")}
    ]

    // The list of keys, once it has been asked for (null before); for tests.
    readonly property alias keyboardHelp: keyboardHelpSlot.item

    function showKeyboardHelp() {
        const slot = pages.children[currentIndex]
        const page = slot instanceof Loader ? (slot as Loader).item : slot
        keyboardHelpSlot.active = true
        keyboardHelpSlot.item["show"](Window.activeFocusItem, page ? page["keyHelp"] ?? [] : [])
    }

    // Unhandled keys come up here; a text field keeps the ? it is given.
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Hearth")
    Keys.onPressed: event => {
        if (event.key === Qt.Key_F1 || event.text === "?") {
            showKeyboardHelp()
            event.accepted = true
        }
    }

    // Made the first time ? or F1 is pressed, and named only by its file: most
    // starts never open it, and its type would bring the Basic style's dialog.
    Loader {
        id: keyboardHelpSlot
        active: false
        source: "components/KeyboardHelp.qml"
    }
    Binding {
        target: keyboardHelpSlot.item
        property: "globalKeys"
        value: shell.globalKeys
        when: keyboardHelpSlot.status === Loader.Ready
    }

    // Whatever could not be saved is said, wherever the person is.
    Connections {
        target: App
        function onProblem(message: string) { shell.showMessage(message, "") }
        // After Delete all or a restore no page may show words that are gone
        // or replaced: every page but Home and this one is made afresh when next shown.
        function onUserDataReplaced() { shell.madePages = (1 << 0) | (1 << shell.currentIndex) }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: shell.showPage("home")
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: shell.showPage("guide")
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: shell.showPage("together-setup")
    }
    Shortcut {
        sequence: "Ctrl+4"
        // Back to whichever way of practising was open last.
        onActivated: shell.showPage(shell.practiceTab)
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: shell.showPage("library")
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: shell.showPage("favourites")
    }
    Shortcut {
        sequence: "Ctrl+7"
        onActivated: shell.showPage("data")
    }
    Shortcut {
        sequence: "Ctrl+8"
        onActivated: shell.showPage("settings")
    }
    Shortcut {
        sequence: "Ctrl+9"
        onActivated: shell.showPage("rituals")
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: shell.showPage("progress")
    }
    Shortcut {
        sequence: "Ctrl+E"
        onActivated: shell.showPage("deck-editor")
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            if (shell.currentPage === "library")
                shell.libraryPage.focusSearch()
            else if (shell.currentPage === "favourites")
                shell.favouritesPage.focusSearch()
            else {
                shell.showPage("library")
                shell.libraryPage.focusSearch()
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+Z"
        // Text fields keep their own undo while they have focus.
        enabled: App.favourites.canUndo || App.journal.canUndo || App.deckEditor.canUndo
        onActivated: shell.undo()
    }

    // Laid out with anchors and a Column, not QtQuick.Layouts: a start then
    // never loads that module and its plugin (0.16 MiB of peak memory,
    // bench/README.md). Pages that need a layout import it.
    NavigationRail {
        id: rail
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.railWidth
        visible: !shell.focusMode
        currentPage: shell.currentIndex === 2 || shell.currentIndex === shell.conversationsIndex ? "together"
                     : shell.currentIndex === shell.practiceIndex ? "practice"
                     : shell.currentPage === "deck-editor" ? "library" : shell.currentPage
        favouriteCount: App.favourites.count
        saving: App.saving
        demo: App.demo
        onPageRequested: name => shell.showPage(name === "practice" ? shell.practiceTab : name)
    }

    Column {
        id: banners
        anchors.left: rail.visible ? rail.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top

        // The banners are made only while there is something to say, and
        // named only by their files: nearly every start has nothing to
        // say, and would otherwise read, make and lay out all three.
        Loader {
            width: parent.width
            active: App.demo && !shell.focusMode
            visible: active
            source: "components/DemoNotice.qml"
        }
        Loader {
            id: storageBanner
            width: parent.width
            // The demo has its own notice; this one is for a person's own data.
            active: App.storageNotice.length > 0 && !shell.focusMode && !App.demo
            visible: active
            source: "components/StorageBanner.qml"
            Binding {
                target: storageBanner.item
                property: "notice"
                value: App.storageNotice
                when: storageBanner.status === Loader.Ready
            }
            Binding {
                target: storageBanner.item
                property: "saving"
                value: App.saving
                when: storageBanner.status === Loader.Ready
            }
        }
        Loader {
            id: contentProblemsBanner
            width: parent.width
            active: App.contentProblems.length > 0
            visible: active
            source: "components/ContentProblemsBanner.qml"
            Binding {
                target: contentProblemsBanner.item
                property: "problems"
                value: App.contentProblems
                when: contentProblemsBanner.status === Loader.Ready
            }
        }
    }

    // The pages, one shown at a time, each filling this space.
    Item {
        id: pages
        anchors.left: banners.left
        anchors.right: parent.right
        anchors.top: banners.bottom
        anchors.bottom: messageBar.top

        HomePage {
            anchors.fill: parent
            visible: shell.currentIndex === 0
            onGuideRequested: shell.showPage("guide")
            onTogetherRequested: shell.showPage("together-setup")
            onPracticeRequested: shell.showPage("practice")
            onSectionRequested: sectionId => shell.showGuideSection(sectionId)
            onRitualRequested: ritualId => shell.showRitual(ritualId)
            onPauseRequested: shell.showPage("pause")
        }
        // Each page below is made the first time it is shown, and named
        // only by its file: a type named here would be read, compiled and
        // linked at start with everything it uses, shown or not.
        // (A Loader is a focus scope: the page inside takes the focus
        // given to its slot.)
        Loader {
            id: guideSlot
            anchors.fill: parent
            visible: shell.currentIndex === 1
            active: shell.isMade(1)
            source: "pages/GuidePage.qml"
            Connections {
                target: guideSlot.item
                function onPracticeRequested(kind: string, targetId: string, sectionId: string) {
                    shell.openPractice(kind, targetId, sectionId)
                }
            }
        }
        Loader {
            id: togetherSlot
            anchors.fill: parent
            visible: shell.currentIndex === 2
            active: shell.isMade(2)
            source: "pages/TogetherPage.qml"
            Connections {
                target: togetherSlot.item
                function onFocusModeToggled() { shell.focusMode = !shell.focusMode }
                function onHomeRequested() { shell.showPage("home") }
                function onConversationsRequested() { shell.showPage("conversations") }
            }
            Binding {
                target: togetherSlot.item
                property: "focusMode"
                value: shell.focusMode
                when: togetherSlot.status === Loader.Ready
            }
        }
        Loader {
            id: practiceSlot
            anchors.fill: parent
            visible: shell.currentIndex === 3
            active: shell.isMade(3)
            source: "pages/PracticePage.qml"
            Connections {
                target: practiceSlot.item
                function onTabShown(name: string) {
                    shell.practiceTab = name
                    if (shell.currentIndex === shell.practiceIndex)
                        shell.currentPage = name
                }
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
        Loader {
            id: librarySlot
            anchors.fill: parent
            visible: shell.currentIndex === 4
            active: shell.isMade(4)
            source: "pages/LibraryPage.qml"
            Connections {
                target: librarySlot.item
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
                function onDeckEditorRequested() { shell.showPage("deck-editor") }
            }
        }
        Loader {
            id: favouritesSlot
            anchors.fill: parent
            visible: shell.currentIndex === 5
            active: shell.isMade(5)
            source: "pages/FavouritesPage.qml"
            Connections {
                target: favouritesSlot.item
                function onTalkAboutRequested(cardId: string) { shell.talkAbout(cardId) }
                function onOpenStatementRequested(contentId: string) {
                    if (App.builder.openFavourite(contentId))
                        shell.showPage("practice")
                }
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
        Loader {
            id: dataSlot
            anchors.fill: parent
            visible: shell.currentIndex === 6
            active: shell.isMade(6)
            source: "pages/DataPage.qml"
            Connections {
                target: dataSlot.item
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
        Loader {
            id: conversationsSlot
            anchors.fill: parent
            visible: shell.currentIndex === 7
            active: shell.isMade(7)
            source: "pages/ConversationsPage.qml"
            Connections {
                target: conversationsSlot.item
                function onSetupRequested() { shell.showPage("together-setup") }
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
        Loader {
            anchors.fill: parent
            visible: shell.currentIndex === 8
            active: shell.isMade(8)
            source: "pages/SettingsPage.qml"
        }
        Loader {
            id: ritualsSlot
            anchors.fill: parent
            visible: shell.currentIndex === 9
            active: shell.isMade(9)
            source: "pages/RitualsPage.qml"
            Connections {
                target: ritualsSlot.item
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
        Loader {
            id: pauseSlot
            anchors.fill: parent
            visible: shell.currentIndex === 10
            active: shell.isMade(10)
            source: "pages/PausePage.qml"
            Connections {
                target: pauseSlot.item
                function onJournalRequested(promptId: string, sectionId: string) {
                    shell.writeAfterPause(promptId, sectionId)
                }
                function onHomeRequested() { shell.showPage("home") }
            }
        }
        Loader {
            id: progressSlot
            anchors.fill: parent
            visible: shell.currentIndex === 11
            active: shell.isMade(11)
            source: "pages/ProgressPage.qml"
            Connections {
                target: progressSlot.item
                function onTogetherRequested() { shell.showPage("together-setup") }
            }
        }
        Loader {
            id: deckEditorSlot
            anchors.fill: parent
            visible: shell.currentIndex === 12
            active: shell.isMade(12)
            source: "pages/DeckEditorPage.qml"
            Connections {
                target: deckEditorSlot.item
                function onMessageRequested(message: string, action: string) { shell.showMessage(message, action) }
            }
        }
    }

    // Below the page, making room for itself: a toast laid over the
    // page covered its buttons.
    MessageBar {
        id: messageBar
        objectName: "messageBar"
        anchors.left: banners.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: implicitHeight
        onActionTriggered: shell.undo()
    }
}
