// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A passing message below the page, with an optional action such as Undo.
// It makes room for itself rather than lying over the page, so it never
// covers a button; it fades after a while, and the action's shortcut keeps
// working. Put it under the pages, as wide as they are, as high as it asks
// (implicitHeight).
Item {
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

    implicitHeight: visible ? toast.height + 2 * Theme.spacingS : 0
    opacity: 0
    visible: opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Behavior on opacity {
        enabled: Theme.animate
        NumberAnimation { duration: 180 }
    }

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: bar.opacity = 0
    }

    Rectangle {
        id: toast
        anchors.centerIn: parent
        // As wide as the words and the action need, up to 720 pixels; the
        // words wrap within what is left.
        readonly property real actionWidth: actionButton.visible ? row.spacing + actionButton.implicitWidth : 0
        width: Math.min(label.implicitWidth + actionWidth + 2 * Theme.spacingL, 720, bar.width - 2 * Theme.spacingM)
        height: row.height + 2 * Theme.spacingM
        radius: Theme.radius
        color: Theme.toast

        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacingL

            T.Label {
                id: label
                width: toast.width - 2 * Theme.spacingL - toast.actionWidth
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.toastText
                wrapMode: Text.WordWrap
            }
            // Drawn here rather than by the Basic style, whose flat button takes
            // the window's dark ink: dark on the dark toast, invisible.
            T.AbstractButton {
                id: actionButton
                objectName: "messageAction"
                implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                        implicitContentWidth + leftPadding + rightPadding)
                implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                                         implicitContentHeight + topPadding + bottomPadding)
                anchors.verticalCenter: parent.verticalCenter
                visible: bar.actionText.length > 0
                text: bar.actionText
                hoverEnabled: true
                padding: Theme.spacingS
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
                Accessible.role: Accessible.Button
                Accessible.name: text
                contentItem: T.Label {
                    text: actionButton.text
                    color: Theme.toastAction
                    font.bold: true
                    font.underline: actionButton.hovered
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitHeight: 32
                    radius: Theme.radiusSmall
                    color: actionButton.down ? Theme.toastActionDown : actionButton.hovered ? Theme.toastActionHover : "transparent"
                    border.width: actionButton.visualFocus ? 2 : 1
                    border.color: actionButton.visualFocus ? Theme.toastText : Theme.toastAction
                }
                onClicked: {
                    bar.actionTriggered()
                    bar.opacity = 0
                }
            }
        }
    }
}
