// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth
import "pagecheck.js" as Check

// The Data page at the smallest window, by keyboard: the folder's path on
// one unbroken line (whole on hover and for screen readers), buttons with
// visible focus, and a restore that says what the backup holds before it
// replaces anything.
TestCase {
    id: testCase
    name: "Data"
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

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openData() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_7, Qt.ControlModifier)
        compare(shell.currentPage, "data")
        const page = Check.named(shell, "dataPage")
        verify(page)
        return page
    }

    // The restore question is showing when its words are (a Dialog is no
    // item; what shows of it is in the window's overlay).
    function restoreQuestion() {
        return Check.findItem(testCase.Overlay.overlay, item => item.visible && item.objectName === "restoreHolds")
    }

    function test_thePathIsOneUnbrokenLineWholeOnHover() {
        const page = openData()
        const row = Check.named(page, "dataFolderPath")
        const path = Check.named(row, "pathText")
        compare(path.text, App.dataDir)
        compare(path.lineCount, 1)
        compare(path.wrapMode, Text.NoWrap)
        compare(path.elide, Text.ElideMiddle)
        compare(path.Accessible.name, App.dataDir)
        verify(row.Accessible.name.indexOf(App.dataDir) >= 0)
        verify(Check.insideWindow(path, testCase))

        // Hovering shows the whole path.
        mouseMove(path, 5, path.height / 2)
        const tip = row.toolTip
        compare(tip.text, App.dataDir)
        tryVerify(() => tip.visible)
    }

    function test_buttonsShowFocusAndTheRestoreSaysWhatItBrings() {
        const page = openData()
        const backupButton = Check.named(page, "backupButton")
        tryVerify(() => backupButton.activeFocus)
        keyClick(Qt.Key_Tab)
        const restoreButton = Check.named(page, "restoreButton")
        tryVerify(() => restoreButton.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")

        // A backup with one favourite, made now.
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        const file = FileChoices.chosenFile(String(FileChoices.defaultFolder()) + "/data-page-test.json")
        verify(App.exportBackup(file).ok)
        verify(App.favourites.toggleStar("card", "warm-up-01")) // unstarred again
        compare(App.favourites.count, 0)

        page.askToRestore(file)
        tryVerify(() => restoreQuestion() !== null)
        const holds = restoreQuestion()
        verify(holds.text.indexOf("It holds 1 favourite") === 0, holds.text)
        verify(holds.text.indexOf("It was made today at") > 0, holds.text)
        compare(Check.named(holds.parent, "restoreFileName").text, "data-page-test.json")

        // Keeping what is here is where the keys start; Escape keeps it.
        tryVerify(() => focused() && focused().text === qsTr("Keep what is here"))
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Escape)
        tryVerify(() => restoreQuestion() === null)
        compare(App.favourites.count, 0)

        // Asked again, and this time brought back.
        page.askToRestore(file)
        tryVerify(() => restoreQuestion() !== null)
        // By keyboard: from "Keep what is here", Tab to "Bring it back", Space.
        tryVerify(() => focused() && focused().text === qsTr("Keep what is here"))
        keyClick(Qt.Key_Tab)
        compare(focused().text, qsTr("Bring it back"))
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Space)
        tryCompare(App.favourites, "count", 1)
        verify(App.favourites.toggleStar("card", "warm-up-01"))
    }

    function test_aFileThatIsNoBackupIsRefusedBeforeAsking() {
        const page = openData()
        const file = FileChoices.chosenFile(String(FileChoices.defaultFolder()) + "/not-a-backup.json")
        // Any file that is no backup: the favourites export is one.
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        verify(App.favourites.exportJson(file).ok)
        verify(App.favourites.toggleStar("card", "warm-up-01"))
        page.askToRestore(file)
        tryVerify(() => restoreQuestion() !== null)
        verify(restoreQuestion().text.indexOf("It cannot be brought back") === 0, restoreQuestion().text)
        verify(Check.findItem(testCase.Overlay.overlay, item => item.visible && item.text === qsTr("Bring it back")) === null)
        keyClick(Qt.Key_Escape)
        tryVerify(() => restoreQuestion() === null)
    }
}
