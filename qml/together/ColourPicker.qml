// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// A row of colours to choose from; each partner picks their own.
Row {
    id: picker

    property string colour: palette[0]
    property string partnerName
    // The colours as the couple's data keeps them; each is drawn in the shade the palette in use gives it.
    readonly property var palette: Theme.partnerIdentities
    readonly property var names: [qsTr("Ember"), qsTr("Sage"), qsTr("Lake"), qsTr("Plum"), qsTr("Honey"), qsTr("Rose")]

    spacing: Theme.spacingS

    // As a radio group does: the arrows move the choice and the focus with it,
    // round from the last colour to the first.
    function step(from: int, by: int) {
        const next = (from + by + palette.length) % palette.length
        colour = palette[next]
        swatches.itemAt(next).forceActiveFocus(Qt.TabFocusReason)
    }

    Repeater {
        id: swatches
        model: picker.palette.length
        delegate: AbstractButton {
            id: swatch
            required property int index
            readonly property string value: picker.palette[index]
            implicitWidth: 32
            implicitHeight: 32
            // One tab stop for the group, on the chosen colour; the arrows move within it.
            focusPolicy: index === Math.max(0, picker.palette.indexOf(picker.colour)) ? Qt.StrongFocus : Qt.ClickFocus
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: picker.colour === value
            Accessible.name: qsTr("%1 for %2").arg(picker.names[index]).arg(picker.partnerName)
            onClicked: picker.colour = value
            Keys.onSpacePressed: picker.colour = value
            Keys.onLeftPressed: picker.step(index, -1)
            Keys.onUpPressed: picker.step(index, -1)
            Keys.onRightPressed: picker.step(index, 1)
            Keys.onDownPressed: picker.step(index, 1)
            background: Rectangle {
                radius: width / 2
                color: Theme.partnerColour(swatch.value)
                border.width: picker.colour === swatch.value ? 3 : 0
                border.color: Theme.ink
                // Apart from the dot, so it reads whatever the dot's colour.
                FocusRing {
                    shown: swatch.visualFocus
                    baseRadius: width / 2
                }
            }
        }
    }
}
