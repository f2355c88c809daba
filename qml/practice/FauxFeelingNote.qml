// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// When the chosen "feeling" is a thought about the other person ("ignored",
// "let down"), what it says and what may sit under it, each word one click
// from the statement.
Rectangle {
    id: note

    // {word, note, feelings, needs}
    property var faux: ({})

    signal feelingChosen(string word)
    signal needChosen(string word)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.cautionSoft
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("\u201C%1\u201D is a thought more than a feeling. %2").arg(faux.word ?? "").arg(faux.note ?? "")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            // The note is content, not markup: escaped before it joins the bold lead.
            text: qsTr("<b>A thought more than a feeling.</b> %1", "%1 is a note from the content")
                  .arg(String(note.faux.note ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;"))
            textFormat: Text.StyledText
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                height: 30
                text: qsTr("Underneath, perhaps:")
                color: Theme.caution
                font.bold: true
                font.pixelSize: Theme.textSmall
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: note.faux.feelings ?? []
                delegate: WordChip {
                    required property string modelData
                    text: modelData
                    Accessible.name: qsTr("Use the feeling \u201C%1\u201D").arg(modelData)
                    onClicked: note.feelingChosen(modelData)
                }
            }
            Item { width: Theme.spacingM; height: 30 }
            Label {
                height: 30
                text: qsTr("You may need:")
                color: Theme.caution
                font.bold: true
                font.pixelSize: Theme.textSmall
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                model: note.faux.needs ?? []
                delegate: WordChip {
                    required property string modelData
                    text: modelData
                    Accessible.name: qsTr("Use the need \u201C%1\u201D").arg(modelData)
                    onClicked: note.needChosen(modelData)
                }
            }
        }
    }
}
