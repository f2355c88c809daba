// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One place in the navigation rail. Shows its keyboard shortcut, and a clear
// focus ring so keyboard users always know where they are.
AbstractButton {
    id: button

    property string shortcutText
    property string badge

    implicitHeight: Math.max(44, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
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

    contentItem: RowLayout {
        spacing: Theme.spacingS
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            text: button.text
            font.pixelSize: Theme.textBody
            font.bold: button.checked
            color: button.checked ? Theme.accentHover : Theme.ink
            // A longer language's word moves to a second line rather than lose its end.
            wrapMode: Text.Wrap
        }
        Label {
            visible: button.badge.length > 0
            text: button.badge
            font.pixelSize: Theme.textSmall
            font.bold: true
            color: Theme.accentHover
            Accessible.ignored: true
        }
        Label {
            Layout.rightMargin: Theme.spacingM
            text: button.shortcutText
            font.pixelSize: Theme.textSmall
            color: Theme.inkFaint
        }
    }
}
