// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth
import "pagecheck.js" as Check

// A deck of your own by keyboard, through the app as composed: Ctrl+E opens
// the editor, a new deck is named in its dialog, two cards are written and
// saved with Ctrl+Return; then the Library finds them marked "Ours", and
// Together offers the deck among its choices. A deleted card comes back with Ctrl+Z.
TestCase {
    id: testCase
    name: "DeckEditor"
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

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openEditor() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_E, Qt.ControlModifier)
        compare(shell.currentPage, "deck-editor")
        const page = Check.named(shell, "deckEditorPage")
        verify(page)
        return shell
    }

    function test_1_writeADeckByKeyboardAndFindItEverywhere() {
        const shell = openEditor()
        const page = Check.named(shell, "deckEditorPage")
        tryVerify(() => page.deckList.activeFocus)

        // From the (empty) list back past "Load a pack" to "New deck", and open it.
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        compare(focused().objectName, "importPackButton")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        compare(focused().objectName, "newDeckButton")
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Return) // a focused button answers Return, as on any desktop
        const dialog = page.detailsDialog
        tryVerify(() => dialog.opened)
        tryVerify(() => focused() && focused().objectName === "deckTitleField")
        typeText("Kitchen table")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.visible)
        compare(App.deckEditor.title, "Kitchen table")
        compare(App.deckEditor.decks.count, 1)

        // The card's words have the focus: write, Ctrl+Return, and again.
        tryVerify(() => focused() && focused().objectName === "cardTextArea")
        compare(Check.focusProblem(focused(), Theme), "")
        typeText("What did {partner} make you laugh about today?")
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(App.deckEditor.cards.count, 1)
        tryVerify(() => focused() && focused().objectName === "cardTextArea")
        compare(focused().text, "", "the form is ready for the next card")
        typeText("Which dish should the two of you cook next?")
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(App.deckEditor.cards.count, 2)

        // A problem is said beside the field, in the loader's words, and nothing is saved.
        typeText("ab")
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(App.deckEditor.cards.count, 2)
        verify(Object.keys(page.cardForm.problems).indexOf("text") >= 0)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        keyClick(Qt.Key_Delete)

        // The Library lists both, marked as theirs, with "your partner" for the placeholder.
        keyClick(Qt.Key_5, Qt.ControlModifier)
        compare(shell.currentPage, "library")
        const library = Check.named(shell, "libraryPage")
        library.searchText = "Kitchen table" // the deck's name is searched too
        tryCompare(library.results, "count", 2)
        const texts = [library.results.get(0), library.results.get(1)]
        for (const row of texts) {
            compare(row.deckOrigin, "ours")
            compare(row.deckTitle, "Kitchen table")
        }
        compare(texts.map(row => row.text).sort(), ["What did your partner make you laugh about today?",
                                                    "Which dish should the two of you cook next?"])
        let tag = null
        tryVerify(() => (tag = Check.findItem(library, item => item.objectName === "originTag" && item.visible)) !== null,
                  5000, "the card says it is theirs, in words")
        compare(tag.text, qsTr("Ours"))
        library.searchText = ""

        // Together offers the deck among its choices, marked "Ours".
        const deckId = App.deckEditor.deckId
        const choice = App.decks.find(d => d.value === deckId)
        verify(choice)
        compare(choice.text, "Kitchen table")
        compare(choice.origin, "ours")
        App.together.prepare("decks", [deckId])
        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(shell.currentPage, "together-setup")
        const box = Check.findItem(shell, item => item instanceof CheckBox && item.text === "Kitchen table")
        verify(box, "the deck is a choice in Together")
        verify(box.checked)
        compare(box.Accessible.name, "Kitchen table, " + qsTr("Ours"))
    }

    function test_2_moveAndDeleteACardByKeyboardAndUndo() {
        const shell = openEditor()
        const page = Check.named(shell, "deckEditorPage")
        tryVerify(() => page.deckList.activeFocus)
        tryCompare(page.deckList, "currentIndex", 0)
        compare(App.deckEditor.cards.count, 2)
        const first = App.deckEditor.cardAt(0).text
        const second = App.deckEditor.cardAt(1).text

        page.cardList.forceActiveFocus()
        page.cardList.currentIndex = 0
        keyClick(Qt.Key_Down, Qt.ControlModifier)
        compare(App.deckEditor.cardAt(0).text, second)
        compare(App.deckEditor.cardAt(1).text, first)
        compare(page.cardList.currentIndex, 1)
        keyClick(Qt.Key_Up, Qt.ControlModifier)
        compare(App.deckEditor.cardAt(0).text, first)

        keyClick(Qt.Key_Delete)
        compare(App.deckEditor.cards.count, 1)
        verify(App.deckEditor.canUndo)
        const bar = Check.named(shell, "messageBar")
        tryVerify(() => bar.visible)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(App.deckEditor.cards.count, 2)
        compare(App.deckEditor.cardAt(0).text, first)
        verify(!App.deckEditor.canUndo)

        // Return opens the highlighted card in the form, to change it.
        page.cardList.forceActiveFocus()
        page.cardList.currentIndex = 1
        keyClick(Qt.Key_Return)
        compare(page.cardForm.editingRow, 1)
        tryVerify(() => focused() && focused().objectName === "cardTextArea")
        compare(focused().text, second)
    }
}
