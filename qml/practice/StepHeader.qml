// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A step's number, its words in the sentence, and a line on doing it well.
ColumnLayout {
    id: header

    property int number
    property string title
    property string hint
    property bool done
    // Lines the hint may take; a narrow column needs three.
    property int hintLines: 2

    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Rectangle {
            width: 24
            height: 24
            radius: 12
            color: header.done ? Theme.sage : Theme.accentSoft
            Accessible.ignored: true
            Label {
                anchors.centerIn: parent
                text: header.done ? "\u2713" : String(header.number)
                color: header.done ? Theme.textOnAccent : Theme.accentHover
                font.pixelSize: Theme.textSmall
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            color: Theme.ink
            font.family: Theme.headingFont
            font.pixelSize: Theme.scaled(20)
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("Step %1: %2").arg(header.number).arg(header.title)
        }
    }
    Label {
        Layout.fillWidth: true
        // Always the same height: the fields below line up across the steps.
        Layout.preferredHeight: header.hintLines * fontMetrics.lineSpacing
        text: header.hint
        color: Theme.inkSoft
        font.pixelSize: Theme.textSmall
        wrapMode: Text.WordWrap
        maximumLineCount: header.hintLines
        elide: Text.ElideRight
        verticalAlignment: Text.AlignTop
        FontMetrics {
            id: fontMetrics
            font.pixelSize: Theme.textSmall
        }
    }
}
