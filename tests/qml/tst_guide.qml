// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// The guide, with the keyboard alone: Up and Down choose a part, Page Down
// reads on, Tab reaches the part's practice links and Space follows one.
TestCase {
    id: testCase
    name: "Guide"
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

    function drawsRing(item) {
        if (!item || !item.visible)
            return false
        if (item.border !== undefined && item.border.width >= 2 && item.border.color.a > 0)
            return true
        for (let i = 0; i < item.children.length; ++i) {
            if (drawsRing(item.children[i]))
                return true
        }
        return false
    }

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openGuide() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell)
        shell.forceActiveFocus()
        keyClick(Qt.Key_2, Qt.ControlModifier)
        compare(shell.currentPage, "guide")
        const list = findChild(shell, "sectionList")
        verify(list)
        tryVerify(() => list.activeFocus)
        return { shell: shell, list: list, reader: findChild(shell, "sectionReader") }
    }

    function test_theCurrentPartIsRingedWhileTheListHasFocus() {
        const guide = openGuide()
        keyClick(Qt.Key_Down)
        compare(guide.list.currentIndex, 1)
        verify(drawsRing(guide.list.currentItem.background), "the current part shows no focus ring")
    }

    function test_arrowsChangeWhatTheReaderShows() {
        const guide = openGuide()
        verify(guide.reader)
        const first = guide.reader.section.title
        verify(first.length > 0)
        keyClick(Qt.Key_Down)
        verify(guide.reader.section.title !== first)
        compare(guide.reader.sectionNumber, 2)
        keyClick(Qt.Key_Up)
        compare(guide.reader.section.title, first)
    }

    function test_pageDownReadsOn() {
        const guide = openGuide()
        const flick = guide.reader.contentItem
        compare(flick.contentY, 0)
        keyClick(Qt.Key_PageDown)
        verify(flick.contentY > 0)
        keyClick(Qt.Key_PageUp)
        compare(flick.contentY, 0)
    }

    // Tab leaves the list for the part's practice links; each shows a ring, and Space follows it.
    function test_tabReachesAPracticeLinkThatEnterFollows() {
        const guide = openGuide()
        let link = null
        for (let i = 0; i < 20 && !link; ++i) {
            keyClick(Qt.Key_Tab)
            const item = focused()
            if (item && guide.reader.contentItem.contentItem.contains(
                        item.mapToItem(guide.reader.contentItem.contentItem, 1, 1)))
                link = item
        }
        verify(link, "no practice link in the first part is reached with Tab")
        verify(link.visualFocus)
        verify(drawsRing(link.background), link.Accessible.name + " shows no focus ring")
        // Focus on a link scrolled below the fold brings it into view.
        const top = link.mapToItem(guide.reader, 0, 0).y
        verify(top >= 0 && top + link.height <= guide.reader.height, "the focused link is out of view at " + top)
        // Space presses a button, as everywhere in Qt (Hearth's buttons take
        // Return too: tst_deckeditor.qml).
        keyClick(Qt.Key_Space)
        verify(guide.shell.currentPage !== "guide", "Space on " + link.Accessible.name + " went nowhere")
    }
}
