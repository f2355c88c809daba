// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A text field for searching as you type. Escape clears it.
TextField {
    id: field

    implicitWidth: 320
    placeholderText: qsTr("Search")
    selectByMouse: true
    leftPadding: Theme.spacingM
    Accessible.role: Accessible.EditableText
    Accessible.searchEdit: true

    Keys.onEscapePressed: event => {
        if (text.length > 0) {
            clear()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        // The accent edge says "typing here"; the ring says it plainly.
        border.width: field.activeFocus ? 2 : 1
        border.color: field.activeFocus ? Theme.accent : Theme.border
        FocusRing {
            shown: field.activeFocus
        }
    }
}
