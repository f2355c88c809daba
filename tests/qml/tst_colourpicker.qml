// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Hearth

// The colour picker is a radio group: one tab stop on the chosen colour, the
// arrows move the choice (and the focus with it), round at either end, and
// each colour says its name and whether it is the chosen one.
TestCase {
    id: testCase
    name: "ColourPicker"
    width: 600
    height: 200
    visible: true
    when: windowShown

    Component {
        id: pickerComponent
        FocusScope {
            property alias picker: picker
            width: testCase.width
            height: testCase.height
            ColourPicker {
                id: picker
                partnerName: "Robin"
            }
        }
    }

    function swatchOf(picker, i) {
        return picker.children[i]
    }

    function chosenIndex(picker) {
        return picker.palette.indexOf(picker.colour)
    }

    function test_arrowsMoveTheChoice_data() {
        return [
            {tag: "right", key: Qt.Key_Right, from: 0, to: 1},
            {tag: "down", key: Qt.Key_Down, from: 2, to: 3},
            {tag: "left", key: Qt.Key_Left, from: 2, to: 1},
            {tag: "up", key: Qt.Key_Up, from: 1, to: 0},
            {tag: "right from the last goes round", key: Qt.Key_Right, from: 5, to: 0},
            {tag: "left from the first goes round", key: Qt.Key_Left, from: 0, to: 5}
        ]
    }

    function test_arrowsMoveTheChoice(data) {
        const scope = createTemporaryObject(pickerComponent, testCase)
        const picker = scope.picker
        picker.colour = picker.palette[data.from]
        scope.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        // The one tab stop is the chosen colour.
        verify(swatchOf(picker, data.from).activeFocus)
        keyClick(data.key)
        compare(chosenIndex(picker), data.to)
        verify(swatchOf(picker, data.to).activeFocus, "the focus follows the choice")
        verify(swatchOf(picker, data.to).Accessible.checked)
        verify(!swatchOf(picker, data.from).Accessible.checked)
    }

    function test_oneTabStopForTheGroup() {
        const scope = createTemporaryObject(pickerComponent, testCase)
        const picker = scope.picker
        picker.colour = picker.palette[3]
        let stops = 0
        for (let i = 0; i < picker.palette.length; ++i) {
            const swatch = swatchOf(picker, i)
            compare(swatch.Accessible.role, Accessible.RadioButton)
            compare(swatch.Accessible.name, picker.names[i] + " for Robin")
            if (swatch.focusPolicy & Qt.TabFocus)
                ++stops
        }
        compare(stops, 1)
        verify(swatchOf(picker, 3).focusPolicy & Qt.TabFocus)
    }

    function test_spaceAndClickChoose() {
        const scope = createTemporaryObject(pickerComponent, testCase)
        const picker = scope.picker
        mouseClick(swatchOf(picker, 4))
        compare(chosenIndex(picker), 4)
        keyClick(Qt.Key_Left)
        compare(chosenIndex(picker), 3)
    }
}
