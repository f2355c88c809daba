// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// The details behind ContentProblemsBanner: every file and place that could
// not be read, in words that can be selected and copied.
GentleDialog {
    id: dialog
    property string problemsText
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 80 : 760)
    height: Math.min(520, parent ? parent.height - 80 : 520)
    modal: true
    title: qsTr("What was left out")
    standardButtons: Dialog.Close

    ScrollView {
        anchors.fill: parent
        TextArea {
            readOnly: true
            wrapMode: Text.WordWrap
            text: dialog.problemsText
            Accessible.name: qsTr("Content problems")
        }
    }
}
