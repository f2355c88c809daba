// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth

// A backup saved and brought back through Qt's own file dialogs, as a person
// uses them: the Data page's buttons, a name typed into the dialog, Save and
// Open clicked or Return pressed. The runner points HOME at a temporary folder
// with a Documents folder in it, so the dialogs open there.
TestCase {
    id: testCase
    name: "BackupDialog"
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

    SignalSpy {
        id: messages
        signalName: "messageRequested"
    }

    function findItem(root, matches) {
        if (!root)
            return null
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i]
            if (matches(child))
                return child
            const found = findItem(child, matches)
            if (found)
                return found
        }
        return null
    }

    function named(root, objectName) {
        return findItem(root, item => item.objectName === objectName)
    }

    function button(root, text) {
        return findItem(root, item => item.text === text && item.clicked !== undefined && item.visible)
    }

    // Qt's own file dialog is a popup in the window's overlay; its list is
    // called fileDialogListView (QtQuick.Dialogs' quickimpl FileDialog.qml).
    function openFileDialog() {
        const overlay = testCase.Overlay.overlay
        for (let i = 0; i < overlay.children.length; ++i) {
            const popupItem = overlay.children[i]
            if (popupItem.visible && named(popupItem, "fileDialogListView"))
                return popupItem
        }
        return null
    }

    function today() {
        return Qt.formatDate(new Date(), "yyyy-MM-dd")
    }

    // Local files are readable from QML when the runner allows it.
    function readFile(file) {
        const request = new XMLHttpRequest()
        request.open("GET", file, false)
        request.send()
        return request.responseText
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    // Opens the Data page's save dialog and gives back Qt's dialog.
    function openBackupDialog(shell) {
        const save = button(shell, qsTr("Save a backup…"))
        verify(save, "the Data page's save button")
        mouseClick(save)
        tryVerify(() => openFileDialog() !== null, 5000, "the save dialog opens")
        const dialog = openFileDialog()
        // The name field is shown as the dialog opens; until its layout has
        // placed it, a click there lands on the filter below.
        waitForItemPolished(named(dialog, "fileNameTextField").parent)
        return dialog
    }

    function typeName(dialog, name) {
        const field = named(dialog, "fileNameTextField")
        verify(field.visible, "the name field shows in a save dialog")
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        typeText(name)
        compare(field.text, name)
    }

    function makeShell() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell.showPage("data"))
        const saver = named(shell, "backupDialog")
        verify(saver, "the Data page is made")
        messages.target = saver.parent
        messages.clear()
        return shell
    }

    function init() {
        App.deleteAllData()
    }

    function test_1_saveOpensInDocumentsWithTodaysName() {
        const shell = makeShell()
        const saver = named(shell, "backupDialog")
        const dialog = openBackupDialog(shell)

        // The button says what it does; there is no Open in a save dialog.
        const save = button(dialog, qsTr("Save"))
        verify(save, "a Save button")
        verify(!button(dialog, "Open"), "no Open button")

        // Documents, not the folder the tests were started from, and today's name.
        compare(String(saver.dialog.currentFolder), String(FileChoices.defaultFolder()))
        verify(String(FileChoices.defaultFolder()).endsWith("/Documents"), FileChoices.defaultFolder())
        compare(named(dialog, "fileNameTextField").text, "hearth-backup-" + today() + ".json")

        keyClick(Qt.Key_Escape)
        tryVerify(() => openFileDialog() === null)
        compare(messages.count, 0)
    }

    function test_2_saveToANewNameAndBringItBack() {
        const shell = makeShell()
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        compare(App.favourites.count, 1)

        // A name of our own, typed without .json, saved with a click.
        const dialog = openBackupDialog(shell)
        typeName(dialog, "our backup #1")
        mouseClick(button(dialog, qsTr("Save")))
        tryVerify(() => openFileDialog() === null)
        tryCompare(messages, "count", 1)
        const file = FileChoices.chosenFile(String(FileChoices.defaultFolder()) + "/our%20backup%20%231.json")
        verify(FileChoices.exists(file), "saved as our backup #1.json")
        verify(messages.signalArguments[0][0].indexOf("our backup #1.json") >= 0, messages.signalArguments[0][0])
        verify(readFile(file).indexOf("warm-up-01") >= 0, "the backup holds the favourite")

        // Gone, then back from the file through the open dialog and the question.
        App.deleteAllData()
        compare(App.favourites.count, 0)
        mouseClick(button(shell, qsTr("Bring back a backup…")))
        tryVerify(() => openFileDialog() !== null)
        const openDialog = openFileDialog()
        verify(!named(openDialog, "fileNameTextField").visible, "no name field in an open dialog")
        const list = named(openDialog, "fileDialogListView")
        tryVerify(() => findItem(list, item => item.fileName === "our backup #1.json") !== null, 5000,
                  "the backup is listed in Documents")
        const row = findItem(list, item => item.fileName === "our backup #1.json")
        mouseClick(row)
        // A chosen row can be read: its name in ink over the dialog's pale
        // tint, not in the white the window uses on rust.
        tryVerify(() => row.highlighted)
        compare(String(row.icon.color), String(Theme.ink))
        mouseClick(button(openDialog, "Open"))
        tryVerify(() => openFileDialog() === null)

        // Before anything is replaced, the question says what the backup holds and when it was made.
        const bringBack = () => findItem(testCase.Overlay.overlay, item => item.visible && item.text === qsTr("Bring it back"))
        tryVerify(() => bringBack() !== null)
        const holds = findItem(testCase.Overlay.overlay, item => item.visible && item.objectName === "restoreHolds")
        verify(holds.text.indexOf("It holds 1 favourite") === 0, holds.text)
        verify(holds.text.indexOf("made today at") > 0, holds.text)
        // Keeping what is here is where the keys start; Tab reaches "Bring it back".
        tryVerify(() => testCase.Window.activeFocusItem.text === qsTr("Keep what is here"))
        keyClick(Qt.Key_Tab)
        compare(testCase.Window.activeFocusItem, bringBack())
        keyClick(Qt.Key_Space)
        tryCompare(App.favourites, "count", 1)
        verify(App.favourites.isStarred("card", "warm-up-01"))
    }

    function test_3_existingFileIsReplacedOnlyWhenAsked() {
        const shell = makeShell()
        const saver = named(shell, "backupDialog")

        // Today's suggested name, saved with Return in the name field.
        let dialog = openBackupDialog(shell)
        const field = named(dialog, "fileNameTextField")
        mouseClick(field)
        keyClick(Qt.Key_Return)
        tryVerify(() => openFileDialog() === null)
        tryCompare(messages, "count", 1)
        const file = FileChoices.suggestedFile("hearth-backup", "json")
        verify(FileChoices.exists(file))
        const before = readFile(file)
        verify(before.indexOf("warm-up-02") < 0)

        // Something new, then the same name again: Hearth asks first.
        verify(App.favourites.toggleStar("card", "warm-up-02"))
        dialog = openBackupDialog(shell)
        compare(named(dialog, "fileNameTextField").text, "hearth-backup-" + today() + ".json")
        mouseClick(button(dialog, qsTr("Save")))
        tryVerify(() => saver.question.opened)
        verify(saver.question.title.indexOf("hearth-backup-" + today() + ".json") >= 0, saver.question.title)

        // No: the file is as it was, and the dialog is back to choose another name.
        const keep = button(testCase.Overlay.overlay, qsTr("Choose another name"))
        verify(keep.activeFocus, "keeping the file is where the keys start")
        keyClick(Qt.Key_Space)
        tryVerify(() => !saver.question.visible)
        tryVerify(() => openFileDialog() !== null)
        compare(messages.count, 1)
        compare(readFile(file), before)
        compare(named(openFileDialog(), "fileNameTextField").text, "hearth-backup-" + today() + ".json")

        // Yes: replaced, with what Hearth holds now.
        mouseClick(button(openFileDialog(), qsTr("Save")))
        tryVerify(() => saver.question.opened)
        mouseClick(button(testCase.Overlay.overlay, qsTr("Replace")))
        tryCompare(messages, "count", 2)
        verify(readFile(file).indexOf("warm-up-02") >= 0, "the file now holds the new favourite")
    }
    function test_4_favouritesExportSuggestsANamePerFormat() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        verify(shell.showPage("favourites"))
        const exporter = named(shell, "exportDialog")
        verify(exporter, "the Favourites page is made")
        messages.target = exporter.parent
        messages.clear()

        for (const format of [{ button: qsTr("Export as Markdown…"), suffix: "md" },
                              { button: qsTr("Export as JSON…"), suffix: "json" }]) {
            mouseClick(button(shell, format.button))
            tryVerify(() => openFileDialog() !== null)
            const dialog = openFileDialog()
            waitForItemPolished(named(dialog, "fileNameTextField").parent)
            verify(button(dialog, qsTr("Save")), "a Save button")
            const field = named(dialog, "fileNameTextField")
            compare(field.text, "hearth-favourites-" + today() + "." + format.suffix)
            // The keys start in the name, with the part before the suffix chosen.
            verify(field.activeFocus, "the name field has the keys")
            compare(field.selectedText, "hearth-favourites-" + today())
            // Selected text in ink over a light rust, from the first open on.
            compare(String(field.selectedTextColor), String(Theme.ink))
            verify(String(field.selectionColor) !== String(Theme.accent), field.selectionColor)
            typeText("our favourites")
            keyClick(Qt.Key_Return)
            tryVerify(() => openFileDialog() === null)
            const file = FileChoices.chosenFile(String(FileChoices.defaultFolder()) + "/our%20favourites", format.suffix)
            verify(FileChoices.exists(file), String(file))
            verify(readFile(file).indexOf("everyday thing your partner does that helps you feel at ease") >= 0, "the export holds the favourite")
        }
        compare(messages.count, 2)
    }
}
