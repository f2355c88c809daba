// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A passing message at the bottom of the window, with an optional action such
// as Undo. It fades after a while; the action's shortcut keeps working.
Rectangle {
    id: bar

    property string actionText
    signal actionTriggered()

    function show(message: string, action: string) {
        label.text = message
        actionText = action
        opacity = 1
        // A plain "Saved." needs a moment; an Undo waits longer to be used.
        hideTimer.interval = action.length > 0 ? 8000 : 4000
        hideTimer.restart()
    }

    // On another page a plain message is about somewhere else: let it go.
    // One with an action (Undo) stays, since its shortcut still works.
    function pageChanged() {
        if (actionText.length === 0)
            opacity = 0
    }

    implicitWidth: Math.min(row.implicitWidth + 2 * Theme.spacingL, 720)
    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.ink
    opacity: 0
    visible: opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Behavior on opacity {
        NumberAnimation { duration: 180 }
    }

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: bar.opacity = 0
    }

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingL

        Label {
            id: label
            Layout.fillWidth: true
            color: Theme.background
            wrapMode: Text.WordWrap
        }
        Button {
            visible: bar.actionText.length > 0
            text: bar.actionText
            flat: true
            palette.buttonText: "#F3C9A8"
            Accessible.name: text
            onClicked: {
                bar.actionTriggered()
                bar.opacity = 0
            }
        }
    }
}
