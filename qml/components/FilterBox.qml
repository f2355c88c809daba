// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hearth

// A drop-down filter whose first entry means "any". `options` is a list of
// {value, text}; `value` is the chosen one's value ("" for any).
ChoiceBox {
    id: box

    property string anyText: qsTr("Any")
    property var options: []
    readonly property string value: currentIndex > 0 ? box.options[currentIndex - 1].value : ""

    function select(wanted: string) {
        currentIndex = 0
        for (let i = 0; i < options.length; ++i) {
            if (options[i].value === wanted)
                currentIndex = i + 1
        }
    }

    function textAt(row: int): string {
        return row === 0 ? anyText : options[row - 1].text
    }

    model: options.length + 1
}
