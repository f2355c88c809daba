// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A gentle aside: a care note, a word about seeking help. Readable by screen
// readers as one piece of text.
Rectangle {
    id: note

    property string title
    property string text
    property color tint: Theme.sageSoft
    property color accent: Theme.sage
    // Anything more, such as a path, goes below the words.
    default property alias extra: column.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: tint
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + text

    Rectangle {
        width: 4
        radius: 2
        color: note.accent
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        anchors.leftMargin: Theme.spacingL + Theme.spacingM
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: note.title
            visible: text.length > 0
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: note.text
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }
    }
}
