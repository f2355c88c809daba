// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Every prompt Hearth has, to browse, search as you type, and star.
// Keys: Ctrl+F search, Down into the list, S star, Ctrl+Z undo.
FocusScope {
    id: page
    objectName: "libraryPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    property alias searchText: searchField.text
    readonly property alias results: results

    signal messageRequested(string message, string action)
    signal deckEditorRequested()

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    // Shows only one kind of prompt, optionally of one part of the guide.
    function showOnly(promptKind: string, sectionId: string) {
        searchField.clear()
        kindFilter.select(promptKind)
        sectionFilter.select(sectionId)
        deckFilter.currentIndex = 0
        depthFilter.currentIndex = 0
        cardKindFilter.currentIndex = 0
        list.forceActiveFocus()
    }

    function toggleCurrentStar() {
        list.settleCurrent()
        const row = results.get(list.currentIndex)
        if (row.contentId === undefined)
            return
        if (App.favourites.toggleStar(row.promptKind, row.contentId))
            page.messageRequested(App.favourites.undoText, qsTr("Undo"))
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Library")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Down", "Return"], action: qsTr("From the search into the list")},
        {keys: ["Up", "Down"], action: qsTr("Move through the list")},
        {keys: ["S"], action: qsTr("Star the highlighted prompt, or take its star away")},
        {keys: ["Esc"], action: qsTr("Clear the search")}
    ]

    LibraryFilterModel {
        id: results
        sourceModel: App.library
        searchText: searchField.text
        promptKind: kindFilter.value
        sectionId: sectionFilter.value
        deckId: deckFilter.value
        depth: depthFilter.value.length > 0 ? Number(depthFilter.value) : 0
        cardKind: cardKindFilter.value
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingM

        PageHeader {
            Layout.fillWidth: true
            eyebrow: qsTr("Library")
            title: qsTr("Every prompt, to browse and keep")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            SearchField {
                id: searchField
                objectName: "librarySearch"
                Layout.fillWidth: true
                Layout.maximumWidth: 520
                focus: true
                placeholderText: qsTr("Search words, follow-ups and hints (Ctrl+F)")
                Accessible.name: qsTr("Search the library")
                KeyNavigation.down: list
                Keys.onReturnPressed: list.forceActiveFocus()
            }
            QuietButton {
                objectName: "writeOwnDeckButton"
                text: qsTr("Write your own deck")
                Accessible.name: qsTr("Write your own deck (Ctrl+E)")
                onClicked: page.deckEditorRequested()
            }
            Label {
                text: qsTr("%n prompt(s)", "", results.count)
                color: Theme.inkSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            FilterBox {
                id: kindFilter
                objectName: "kindFilter"
                anyText: qsTr("All kinds of prompt")
                Accessible.name: qsTr("Kind of prompt")
                options: [
                    { value: "card", text: qsTr("Conversation cards") },
                    { value: "journal", text: qsTr("Journal prompts") },
                    { value: "drill", text: qsTr("Rewrite drills") },
                    { value: "ritual", text: qsTr("Rituals") }
                ]
            }
            FilterBox {
                id: sectionFilter
                objectName: "sectionFilter"
                anyText: qsTr("All parts of the guide")
                Accessible.name: qsTr("Part of the guide")
                options: App.sectionChoices()
            }
            FilterBox {
                id: deckFilter
                anyText: qsTr("All decks")
                Accessible.name: qsTr("Deck")
                options: App.decks
            }
            FilterBox {
                id: depthFilter
                anyText: qsTr("Any depth")
                Accessible.name: qsTr("Depth")
                options: [
                    { value: "1", text: qsTr("Light") },
                    { value: "2", text: qsTr("Deeper") },
                    { value: "3", text: qsTr("Deepest") }
                ]
            }
            FilterBox {
                id: cardKindFilter
                anyText: qsTr("Any kind of card")
                Accessible.name: qsTr("Kind of card")
                options: [
                    { value: "question", text: qsTr("Questions") },
                    { value: "activity", text: qsTr("Activities") },
                    { value: "reflection", text: qsTr("Reflections") },
                    { value: "appreciation", text: qsTr("Appreciations") }
                ]
            }
            QuietButton {
                text: qsTr("Clear filters")
                visible: searchField.text.length > 0 || kindFilter.currentIndex > 0 || sectionFilter.currentIndex > 0
                         || deckFilter.currentIndex > 0 || depthFilter.currentIndex > 0 || cardKindFilter.currentIndex > 0
                Accessible.name: text
                onClicked: {
                    searchField.clear()
                    kindFilter.currentIndex = 0
                    sectionFilter.currentIndex = 0
                    deckFilter.currentIndex = 0
                    depthFilter.currentIndex = 0
                    cardKindFilter.currentIndex = 0
                }
            }
        }

        KeyboardListView {
            id: list
            objectName: "libraryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: results
            keyNavigationWraps: false
            reuseItems: true
            bottomMargin: Theme.spacingL
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Prompts")
            ScrollBar.vertical: ScrollBar {}

            delegate: PromptDelegate {
                // Always marked up (escaped when nothing is searched), so a card
                // never switches text format as the search changes.
                textMarkup: results.highlighted(text, results.searchText, Theme.accentHover)
                titleMarkup: results.highlighted(title, results.searchText, Theme.accentHover)
                onStarToggled: {
                    list.currentIndex = index
                    page.toggleCurrentStar()
                }
            }

            Keys.onPressed: event => {
                if (event.key === Qt.Key_S && event.modifiers === Qt.NoModifier) {
                    page.toggleCurrentStar()
                    event.accepted = true
                } else if (event.key === Qt.Key_Up && currentIndex === 0) {
                    searchField.forceActiveFocus()
                    event.accepted = true
                }
            }

            Label {
                anchors.centerIn: parent
                width: Math.min(parent.width, 480)
                visible: list.count === 0
                text: qsTr("Nothing here matches. Try fewer words, or clear the filters.")
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
