// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Hearth

// Decks of your own: make one, name it, and write its cards with every field
// Hearth's own cards have. Each field shows the loader's message as you type;
// cards move with Ctrl+Up and Ctrl+Down, and a deleted card comes back with Ctrl+Z.
FocusScope {
    id: page
    objectName: "deckEditorPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    readonly property alias deckList: deckList
    readonly property alias cardList: cardList
    readonly property alias cardForm: cardForm
    readonly property alias detailsDialog: detailsDialog
    readonly property bool deckOpen: App.deckEditor.deckId.length > 0

    signal messageRequested(string message, string action)

    // Each pack that could not be loaded at start, on its own line.
    readonly property string packNoticeLines: {
        let lines = ""
        for (const line of App.packNotices)
            lines += "\n" + line
        return lines
    }

    function newDeck() {
        detailsDialog.ask(true, "", "", "warm")
    }

    function openRow(row: int) {
        const deckId = App.deckEditor.decks.data(App.deckEditor.decks.index(row, 0), DeckListModel.DeckIdRole)
        if (deckId === undefined)
            return
        App.deckEditor.openDeck(deckId)
        cardForm.clear()
    }

    function deleteCard(row: int) {
        if (App.deckEditor.removeCard(row))
            messageRequested(App.deckEditor.undoText, qsTr("Undo"))
    }

    function moveCard(row: int, by: int) {
        const moved = App.deckEditor.moveCard(row, by)
        if (moved >= 0)
            cardList.currentIndex = moved
    }

    function editCard(row: int) {
        cardForm.load(row)
        cardForm.startWriting()
    }

    // A file dropped on the window: asked about first.
    function offerPack(file: url) {
        offerDialog.offer(file)
    }

    function importPack(file: url) {
        const result = App.deckEditor.packs.importFile(file)
        if (result.ok)
            messageRequested(result.message, "")
        else
            problemsDialog.show(result.message, result.problems)
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Our decks")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Up", "Down"], action: qsTr("Move through your decks, or the cards of the deck")},
        {keys: ["Return"], action: qsTr("Change the highlighted card")},
        {keys: ["Ctrl+Up", "Ctrl+Down"], action: qsTr("Move the highlighted card up or down")},
        {keys: ["Delete"], action: qsTr("Delete the highlighted card")},
        {keys: ["Ctrl+Return", "Ctrl+Enter"], action: qsTr("Save the card you are writing")},
        {keys: ["Ctrl+Z"], action: qsTr("Bring back the card you deleted")}
    ]

    // The open deck follows the list; the list follows the open deck (a new one).
    Connections {
        target: App.deckEditor
        function onDeckChanged() {
            const row = App.deckEditor.decks.rowOf(App.deckEditor.deckId)
            if (row >= 0)
                deckList.currentIndex = row
        }
    }

    DeckDetailsDialog {
        id: detailsDialog
        onChosen: (title, description, mood) => {
            const result = creating ? App.deckEditor.createDeck(title, description, mood)
                                    : App.deckEditor.updateDeck(title, description, mood)
            page.messageRequested(result.message, "")
            if (result.ok && creating) {
                cardForm.clear()
                cardForm.startWriting()
            }
        }
        onRejected: deckList.forceActiveFocus()
    }

    PackOfferDialog {
        id: offerDialog
        onConfirmed: file => page.importPack(file)
    }
    PackProblemsDialog {
        id: problemsDialog
        onClosed: deckList.forceActiveFocus()
    }
    HearthFileDialog {
        id: importDialog
        objectName: "packImportDialog"
        title: qsTr("Load a pack of cards")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Hearth packs (*.json)")]
        onAccepted: page.importPack(selectedFile)
    }
    SaveFileDialog {
        id: exportDialog
        objectName: "packExportDialog"
        title: qsTr("Save the deck as a pack to share")
        stem: App.deckEditor.deckId.length > 0 ? App.deckEditor.packs.suggestedStem(App.deckEditor.deckId) : "hearth-deck"
        suffix: "json"
        nameFilters: [qsTr("Hearth packs (*.json)")]
        onSaveChosen: file => page.messageRequested(App.deckEditor.packs.exportDeck(App.deckEditor.deckId, file).message, "")
    }

    // Moving a card; saving the one being written. Only while the page shows.
    Shortcut {
        sequence: "Ctrl+Up"
        enabled: page.visible && cardList.activeFocus
        onActivated: page.moveCard(cardList.currentIndex, -1)
    }
    Shortcut {
        sequence: "Ctrl+Down"
        enabled: page.visible && cardList.activeFocus
        onActivated: page.moveCard(cardList.currentIndex, 1)
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && cardForm.activeFocus
        onActivated: cardForm.save()
    }

    // Outside the ScrollView: a second child there would hide its content's size.
    FocusInView {
        flickable: scroller.contentItem as Flickable
    }

    DeckDeleteDialog {
        id: deleteDialog
        onConfirmed: deckId => {
            page.messageRequested(App.deckEditor.removeDeck(deckId).message, "")
            deckList.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingM

        PageHeader {
            Layout.fillWidth: true
            eyebrow: qsTr("Our decks")
            title: qsTr("Cards of your own")
        }

        // Packs in the data folder's decks/ that could not be loaded at start, and why.
        Note {
            objectName: "packNotices"
            Layout.fillWidth: true
            visible: App.packNotices.length > 0
            title: qsTr("A pack in your decks folder was left out")
            text: qsTr("Hearth loads the packs in %1 at every start. These need a change first; the rest of Hearth is as usual:")
                  .arg(App.dataDir + "/decks") + page.packNoticeLines
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // Your decks, and making a new one.
            ColumnLayout {
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.scaled(250)
                Layout.maximumWidth: Theme.scaled(300)
                spacing: Theme.spacingM

                PrimaryButton {
                    objectName: "newDeckButton"
                    Layout.fillWidth: true
                    text: qsTr("New deck")
                    Accessible.name: qsTr("Make a new deck")
                    onClicked: page.newDeck()
                }
                QuietButton {
                    objectName: "importPackButton"
                    Layout.fillWidth: true
                    text: qsTr("Load a pack…")
                    Accessible.name: qsTr("Load a pack of cards from a file")
                    onClicked: importDialog.open()
                }
                Label {
                    Layout.fillWidth: true
                    visible: deckList.count === 0
                    text: qsTr("No decks of your own yet. Questions only the two of you would think to ask make the best ones. A pack a friend shared can be loaded, or dropped on the window.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                }
                KeyboardListView {
                    id: deckList
                    objectName: "deckList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    focus: true
                    clip: true
                    spacing: Theme.spacingS
                    model: App.deckEditor.decks
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Your decks")
                    ScrollBar.vertical: ScrollBar {}
                    onCurrentIndexChanged: if (currentIndex >= 0) page.openRow(currentIndex)
                    delegate: DeckListDelegate {
                        onChosen: {
                            deckList.currentIndex = index
                            deckList.forceActiveFocus()
                        }
                    }
                }
            }

            // The open deck: its details, its cards, and the card being written.
            ScrollView {
                id: scroller
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Not from the content, which takes its width from here (that would
                // loop), nor its height: it scrolls within the page, not past the window.
                Layout.preferredWidth: Theme.scaled(400)
                Layout.preferredHeight: Theme.scaled(200)
                contentWidth: availableWidth
                clip: true


                ColumnLayout {
                    width: scroller.availableWidth
                    spacing: Theme.spacingM

                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingXl
                        visible: !page.deckOpen
                        text: qsTr("Make a deck with \u201CNew deck\u201D, or choose one of yours, to write its cards.")
                        color: Theme.inkSoft
                        wrapMode: Text.WordWrap
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: page.deckOpen
                        spacing: Theme.spacingS
                        Label {
                            objectName: "openDeckTitle"
                            Layout.fillWidth: true
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            text: App.deckEditor.title
                            font.family: Theme.headingFont
                            font.pixelSize: Theme.textTitle
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: App.deckEditor.description
                            color: Theme.inkSoft
                            wrapMode: Text.WordWrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            QuietButton {
                                objectName: "deckDetailsButton"
                                text: qsTr("Name, description and mood")
                                Accessible.name: qsTr("Change the deck's name, description and mood")
                                onClicked: detailsDialog.ask(false, App.deckEditor.title, App.deckEditor.description,
                                                             App.deckEditor.mood)
                            }
                            QuietButton {
                                objectName: "exportPackButton"
                                text: qsTr("Save as a pack…")
                                enabled: cardList.count > 0
                                Accessible.name: qsTr("Save the deck as a pack file to share")
                                onClicked: exportDialog.open()
                            }
                            QuietButton {
                                objectName: "deleteDeckButton"
                                text: qsTr("Delete the deck")
                                Accessible.name: qsTr("Delete the deck %1").arg(App.deckEditor.title)
                                onClicked: deleteDialog.ask(App.deckEditor.deckId, App.deckEditor.title, cardList.count)
                            }
                        }
                    }

                    DeckCardList {
                        id: cardList
                        objectName: "cardList"
                        Layout.fillWidth: true
                        visible: page.deckOpen && count > 0
                        model: App.deckEditor.cards
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Cards of %1").arg(App.deckEditor.title)
                        onEditRequested: row => page.editCard(row)
                        onMoveRequested: (row, by) => page.moveCard(row, by)
                        onDeleteRequested: row => page.deleteCard(row)
                    }

                    DeckCardForm {
                        id: cardForm
                        objectName: "cardForm"
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacingL
                        visible: page.deckOpen
                        onMessageRequested: message => page.messageRequested(message, "")
                        onSaved: row => cardList.currentIndex = row
                    }
                }
            }
        }
    }
}
