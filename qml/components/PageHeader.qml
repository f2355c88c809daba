// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A page's eyebrow line and title.
ColumnLayout {
    property string eyebrow
    property string title

    spacing: Theme.spacingXs

    Label {
        text: parent.eyebrow
        visible: text.length > 0
        // Capitals drawn by the font, not made in JavaScript: right for every
        // language (ß, the Turkish i) and read as a word by a screen reader.
        font.capitalization: Font.AllUppercase
        color: Theme.accent
        font.pixelSize: Theme.textSmall
        font.letterSpacing: 1.5
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        text: parent.title
        color: Theme.ink
        font.family: Theme.headingFont
        font.pixelSize: Theme.textHeading
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
