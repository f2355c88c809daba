// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// What the loader would say about the field above, right beside it: in words
// with a small marker, not in colour only.
Label {
    id: problem

    property string message

    visible: message.length > 0
    text: "\u25B8 " + message
    color: Theme.ink
    font.pixelSize: Theme.textSmall
    font.bold: true
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Problem: %1").arg(message)
}
