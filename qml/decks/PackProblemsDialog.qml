// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A pack that could not be loaded: nothing was saved, and here is every
// problem with its place in the file, as the person who wrote it would look for it.
GentleDialog {
    id: dialog
    objectName: "packProblemsDialog"

    property string message
    property var problems: []

    function show(text: string, list: var) {
        message = text
        problems = list
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(640), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(640))
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingL : implicitHeight)
    modal: true
    title: qsTr("This pack needs a few changes first")
    standardButtons: Dialog.Close

    onOpened: standardButton(Dialog.Close).forceActiveFocus(Qt.TabFocusReason)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: dialog.message
            wrapMode: Text.WordWrap
            color: Theme.ink
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Whoever wrote it can change these places in the file, then share it again:")
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
        }
        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(problemColumn.implicitHeight, Theme.scaled(260))
            contentWidth: availableWidth
            clip: true
            Column {
                id: problemColumn
                width: scroller.availableWidth
                spacing: Theme.spacingXs
                Repeater {
                    model: dialog.problems
                    delegate: Label {
                        required property string modelData
                        objectName: "packProblem"
                        width: problemColumn.width
                        text: "\u2022 " + modelData
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.ink
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData
                    }
                }
            }
        }
    }
}
