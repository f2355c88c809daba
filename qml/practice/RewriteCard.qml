// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The coach's whole kinder sentence for what was written: a gentle start-up
// built from what it found, with blanks (___) only the writer can fill, and
// the key that puts it in place of the writing (Ctrl+Z brings the words back).
Rectangle {
    id: card
    objectName: "rewriteCard"

    property string rewrite
    property string useKeys: "Ctrl+Shift+Return"

    signal useRequested()

    visible: rewrite.length > 0
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacingM : 0
    radius: Theme.radiusSmall
    color: Theme.sageSoft
    border.width: 1
    border.color: Theme.sage
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("A kinder way to say it: %1").arg(rewrite)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: qsTr("A kinder way to say it")
            color: Theme.sage
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "rewriteText"
            Layout.fillWidth: true
            text: card.rewrite
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Fill each blank with your own words. Using it replaces what you wrote; Ctrl+Z brings your words back.")
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }
        QuietButton {
            id: useButton
            objectName: "useRewriteButton"
            text: qsTr("Use it  %1").arg(card.useKeys)
            Accessible.name: qsTr("Use the kinder sentence in place of your words (%1); Ctrl+Z undoes it").arg(card.useKeys)
            onClicked: card.useRequested()
        }
    }
}
