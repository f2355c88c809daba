// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A file or folder path on one line, never broken ("/ tmp/…"): cut in the
// middle when it is too long, whole on hover and for screen readers.
RowLayout {
    id: row

    property string label
    property string path
    readonly property alias toolTip: pathTip

    spacing: Theme.spacingS
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + path

    Label {
        text: row.label + ":"
        color: Theme.ink
        font.bold: true
    }
    Label {
        id: pathText
        objectName: "pathText"
        Layout.fillWidth: true
        text: row.path
        color: Theme.ink
        // One line: the middle gives way, so the start and the folder's own name stay.
        wrapMode: Text.NoWrap
        maximumLineCount: 1
        elide: Text.ElideMiddle
        Accessible.role: Accessible.StaticText
        Accessible.name: row.path
        Accessible.description: row.label

        HoverHandler {
            id: hover
        }
        HearthToolTip {
            id: pathTip
            visible: hover.hovered
            text: row.path
        }
    }
}
