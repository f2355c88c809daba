// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A gentle aside: a care note, a word about seeking help. Readable by screen
// readers as one piece of text.
Rectangle {
    id: note

    property string title
    property string text
    property color tint: Theme.sageSoft
    property color accent: Theme.sage
    // Anything more, such as a path, goes below the words, as wide as they
    // are (a Column: this note is on the home page, which a start shows
    // without loading QtQuick.Layouts).
    default property alias extra: column.data

    // Whole pixels: in a Column, what follows a note stays on the pixel grid.
    implicitHeight: Math.ceil(column.implicitHeight) + 2 * Theme.spacingL
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

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        anchors.leftMargin: Theme.spacingL + Theme.spacingM
        spacing: Theme.spacingS

        T.Label {
            width: parent.width
            text: note.title
            visible: text.length > 0
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        T.Label {
            width: parent.width
            visible: text.length > 0
            text: note.text
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }
    }
}
