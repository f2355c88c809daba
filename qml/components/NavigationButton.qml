// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// One place in the navigation rail. Shows its keyboard shortcut, and a clear
// focus ring so keyboard users always know where they are.
T.AbstractButton {
    id: button

    property string shortcutText
    property string badge

    implicitHeight: Math.max(44, Math.max(name.implicitHeight, trailing.implicitHeight) + topPadding + bottomPadding)
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

    // The place's name, then its count (if any) and shortcut at the right,
    // each centred on the row, as a RowLayout would, without QtQuick.Layouts.
    // Children rather than a contentItem: items with ids there would be made
    // at once instead of deferred (qmllint warns), for no gain here.
    T.Label {
        id: name
        x: Theme.spacingM
        width: button.width - x - Theme.spacingS - trailing.width - Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        text: button.text
        font.pixelSize: Theme.textBody
        font.bold: button.checked
        color: button.checked ? Theme.accentHover : Theme.ink
        // A longer language's word moves to a second line rather than lose its end.
        wrapMode: Text.Wrap
    }
    Row {
        id: trailing
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS

        T.Label {
            anchors.verticalCenter: parent.verticalCenter
            visible: button.badge.length > 0
            text: button.badge
            font.pixelSize: Theme.textSmall
            font.bold: true
            color: Theme.accentHover
            Accessible.ignored: true
        }
        T.Label {
            anchors.verticalCenter: parent.verticalCenter
            text: button.shortcutText
            font.pixelSize: Theme.textSmall
            color: Theme.inkFaint
        }
    }
}
