// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// What the person has starred, to find again, annotate, export and import.
// Keys: Ctrl+F search, Down into the list, Delete remove, Ctrl+Z undo.
FocusScope {
    id: page
    objectName: "favouritesPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    property alias searchText: searchField.text
    readonly property alias results: results

    signal messageRequested(string message, string action)
    signal talkAboutRequested(string cardId)
    signal openStatementRequested(string contentId)

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    function removeCurrent() {
        list.settleCurrent()
        const row = results.get(list.currentIndex)
        if (row.favouriteId !== undefined && App.favourites.remove(row.favouriteId))
            page.messageRequested(App.favourites.undoText, qsTr("Undo"))
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Favourites")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Down", "Return"], action: qsTr("From the search into the list")},
        {keys: ["Up", "Down"], action: qsTr("Move through the list")},
        {keys: ["Delete"], action: qsTr("Take the highlighted favourite away (Ctrl+Z brings it back)")},
        {keys: ["Esc"], action: qsTr("Clear the search")}
    ]

    FavouritesFilterModel {
        id: results
        sourceModel: App.favourites
        searchText: searchField.text
        sectionId: sectionFilter.value
        promptKind: kindFilter.value
        sortBy: sortBox.currentIndex === 1 ? FavouritesFilterModel.BySection : FavouritesFilterModel.ByDate
    }

    SaveFileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string format: "markdown"
        title: format === "markdown" ? qsTr("Save favourites as Markdown") : qsTr("Save favourites as JSON")
        stem: "hearth-favourites"
        suffix: format === "markdown" ? "md" : "json"
        nameFilters: format === "markdown" ? [qsTr("Markdown (*.md)")] : [qsTr("JSON (*.json)")]
        onSaveChosen: file => page.messageRequested((exportDialog.format === "markdown" ? App.favourites.exportMarkdown(file)
                                                                          : App.favourites.exportJson(file)).message, "")
    }
    HearthFileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import favourites")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Hearth favourites (*.json)")]
        onAccepted: page.messageRequested(App.favourites.importJson(selectedFile).message, "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingM

        // The buttons sit beside the title when both fit on one line, and
        // under it otherwise, so the title never breaks word by word.
        GridLayout {
            Layout.fillWidth: true
            columns: header.implicitWidth + columnSpacing + actions.implicitWidth <= width ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS

            PageHeader {
                id: header
                Layout.fillWidth: true
                eyebrow: qsTr("Favourites")
                title: qsTr("What you have kept")
            }
            RowLayout {
                id: actions
                Layout.alignment: Qt.AlignBottom | Qt.AlignLeft
                spacing: Theme.spacingS
                QuietButton {
                    text: qsTr("Export as Markdown…")
                    enabled: App.favourites.count > 0
                    Accessible.name: qsTr("Export favourites as Markdown, for printing or sharing")
                    onClicked: {
                        exportDialog.format = "markdown"
                        exportDialog.open()
                    }
                }
                QuietButton {
                    text: qsTr("Export as JSON…")
                    enabled: App.favourites.count > 0
                    Accessible.name: qsTr("Export favourites as JSON, to keep or move")
                    onClicked: {
                        exportDialog.format = "json"
                        exportDialog.open()
                    }
                }
                QuietButton {
                    text: qsTr("Import…")
                    // Imported favourites would live only until Hearth closes; the
                    // banner above every page says why nothing is saved.
                    enabled: App.saving
                    Accessible.name: qsTr("Import favourites from a JSON file")
                    onClicked: importDialog.open()
                }
            }
        }

        // The search keeps a line of its own; the filters wrap beneath it in a
        // small window or with large text, each wide enough for its words.
        SearchField {
            id: searchField
            objectName: "favouritesSearch"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.scaled(520)
            focus: true
            placeholderText: qsTr("Search favourites and notes (Ctrl+F)")
            Accessible.name: qsTr("Search favourites")
            KeyNavigation.down: list
            Keys.onReturnPressed: list.forceActiveFocus()
        }

        // Each filter as wide as its words; in a small window they wrap onto
        // a second line rather than being cut to "All parts of t…".
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            FilterBox {
                id: sectionFilter
                objectName: "favouritesSectionFilter"
                anyText: qsTr("All parts of the guide")
                Accessible.name: qsTr("Part of the guide")
                options: App.sectionChoices()
            }
            FilterBox {
                id: kindFilter
                anyText: qsTr("All kinds")
                Accessible.name: qsTr("Kind of prompt")
                options: [
                    { value: "card", text: qsTr("Conversation cards") },
                    { value: "journal", text: qsTr("Journal prompts") },
                    { value: "drill", text: qsTr("Rewrite drills") },
                    { value: "ritual", text: qsTr("Rituals") },
                    { value: "statement", text: qsTr("Your own words") }
                ]
            }
            ChoiceBox {
                id: sortBox
                objectName: "sortBox"
                model: [qsTr("Newest first"), qsTr("By part of the guide")]
                Accessible.name: qsTr("Sort")
            }
        }

        KeyboardListView {
            id: list
            objectName: "favouritesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            model: results
            bottomMargin: Theme.spacingL
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Favourites")
            ScrollBar.vertical: ScrollBar {}

            delegate: FavouriteDelegate {
                onRemoveRequested: {
                    list.currentIndex = index
                    page.removeCurrent()
                }
                onNoteEdited: note => App.favourites.setNote(favouriteId, note)
                onTalkAboutRequested: page.talkAboutRequested(contentId)
                onOpenStatementRequested: page.openStatementRequested(contentId)
            }

            Keys.onPressed: event => {
                if (event.key === Qt.Key_Delete) {
                    page.removeCurrent()
                    event.accepted = true
                } else if (event.key === Qt.Key_Up && currentIndex === 0) {
                    searchField.forceActiveFocus()
                    event.accepted = true
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width, 520)
                visible: list.count === 0
                spacing: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    text: App.favourites.count === 0 ? qsTr("Nothing kept yet") : qsTr("Nothing matches")
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textTitle
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    text: App.favourites.count === 0
                          ? qsTr("In the Library, press S or the star beside any prompt, and it will wait for you here.")
                          : qsTr("Try fewer words, or clear the filters.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
