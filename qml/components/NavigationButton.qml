// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// One place in the navigation rail. Shows its keyboard shortcut, and a clear
// focus ring so keyboard users always know where they are.
AbstractButton {
    id: button

    property string shortcutText

    implicitHeight: 44
    focusPolicy: Qt.StrongFocus
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.description: qsTr("Shortcut: %1").arg(shortcutText)

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: Theme.radiusSmall
        color: button.checked ? Theme.accentSoft
                              : button.hovered ? Theme.surfaceSunken : "transparent"
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    contentItem: Item {
        Label {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            font.pixelSize: Theme.textBody
            font.bold: button.checked
            color: button.checked ? Theme.accentHover : Theme.ink
        }
        Label {
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            text: button.shortcutText
            font.pixelSize: 12
            color: Theme.inkFaint
        }
    }
}
