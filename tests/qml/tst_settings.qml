// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth
import "pagecheck.js" as Check

// The Settings page by keyboard: the arrows choose a theme, which shows at
// once in every Theme colour and is the App's choice (kept by AppState in
// QSettings, see tests/ui/tst_appearance.cpp); Reduce motion stops the fades
// and the breathing circle.
TestCase {
    id: testCase
    name: "Settings"
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
    Component {
        id: breathingComponent
        BreathingGuide {
            running: true
        }
    }

    function focused() {
        return testCase.Window.activeFocusItem
    }

    function openSettings() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.forceActiveFocus()
        keyClick(Qt.Key_8, Qt.ControlModifier)
        compare(shell.currentPage, "settings")
        const page = Check.named(shell, "settingsPage")
        verify(page)
        return [shell, page]
    }

    function cleanup() {
        App.appearance.choice = Appearance.FollowSystem
        App.appearance.reduceMotion = false
    }

    function test_arrowsChooseDarkWhichShowsAtOnce() {
        const [shell, page] = openSettings()
        const lightBackground = String(Theme.background)
        compare(Theme.scheme, "light")
        // The group is one stop: focus is on the chosen theme, Follow the system at first.
        const system = Check.named(page, "theme-system")
        tryVerify(() => system.activeFocus)
        verify(system.checked)
        compare(system.Accessible.name, "Follow the system")
        // Tab leaves the group for the next control; Shift+Tab comes back to the chosen theme.
        keyClick(Qt.Key_Tab)
        tryVerify(() => Check.named(page, "reduceMotion").activeFocus)
        keyClick(Qt.Key_Backtab)
        tryVerify(() => system.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")
        // Offscreen the desktop does not say: the page says so, and Light is used.
        verify(Check.named(page, "systemThemeNote").text.indexOf("does not tell") >= 0)

        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        const dark = Check.named(page, "theme-dark")
        verify(dark.checked)
        verify(dark.activeFocus)
        verify(!system.checked)
        compare(Check.focusProblem(focused(), Theme), "")
        compare(App.appearance.choice, Appearance.Dark)
        compare(Theme.scheme, "dark")
        verify(String(Theme.background) !== lightBackground)
        verify(Qt.colorEqual(Theme.background, App.appearance.colours.background))
        verify(Qt.colorEqual(Theme.findingColours["label"], App.appearance.findingColours["label"]))

        // Down past the end comes round to Light again.
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Right)
        verify(Check.named(page, "theme-light").checked)
        compare(Theme.scheme, "light")
        compare(String(Theme.background), lightBackground)
    }

    function test_partnerColoursFollowThePalette() {
        App.appearance.choice = Appearance.Dark
        const kept = Theme.partnerIdentities[2]
        verify(Qt.colorEqual(Theme.partnerColour(kept), App.appearance.partnerColours[kept]))
        verify(!Qt.colorEqual(Theme.partnerColour(kept), kept))
        // A colour Hearth does not know is shown as it is.
        verify(Qt.colorEqual(Theme.partnerColour("#123456"), "#123456"))
    }

    function test_reduceMotionStopsFadesAndTheBreathingCircle() {
        const [shell, page] = openSettings()
        const motion = Check.named(page, "reduceMotion")
        compare(motion.Accessible.name, "Reduce motion")
        tryVerify(() => Check.named(page, "theme-system").activeFocus)
        keyClick(Qt.Key_Tab)
        tryVerify(() => motion.activeFocus)
        compare(Check.focusProblem(focused(), Theme), "")
        keyClick(Qt.Key_Space)
        verify(motion.checked)
        verify(App.appearance.reduceMotion)
        verify(!Theme.animate)

        // A message is there at once, not faded in.
        const bar = Check.named(shell, "messageBar")
        shell.showMessage("Saved.", "")
        compare(bar.opacity, 1)

        // The circle keeps still; the words keep the rhythm.
        const guide = createTemporaryObject(breathingComponent, testCase)
        const circle = guide.children[0]
        compare(circle.scale, 1.5)
        verify(guide.breathingIn)

        // With motion, it grows.
        App.appearance.reduceMotion = false
        tryVerify(() => circle.scale !== 1.5 && circle.scale !== 1)
    }
}
