// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// After a pause, however long it lasted: an offer to write a few lines on a
// mindfulness prompt, another pause, or simply going back.
ColumnLayout {
    id: view

    required property PauseController pause
    readonly property var prompt: pause.offeredPrompt

    signal journalRequested(string promptId, string sectionId)
    signal homeRequested()

    function focusFirst(reason: int) {
        writeButton.forceActiveFocus(reason)
    }

    spacing: Theme.spacingM

    PageHeader {
        Layout.fillWidth: true
        eyebrow: qsTr("A mindful pause")
        // Stopping early is a choice, never a failure: the words say so.
        title: view.pause.finishedEarly ? qsTr("That was enough for now, and that is fine")
                                        : qsTr("Welcome back")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("If something came up while you were quiet, a few written lines can help you know it better. Or simply carry on with your day.")
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
        font.pixelSize: Theme.textLead
    }

    Panel {
        Layout.fillWidth: true
        Layout.preferredHeight: promptColumn.implicitHeight + 2 * Theme.spacingL
        visible: (view.prompt.text ?? "").length > 0
        color: Theme.accentSoft

        ColumnLayout {
            id: promptColumn
            x: Theme.spacingL
            y: Theme.spacingL
            width: parent.width - 2 * Theme.spacingL
            spacing: Theme.spacingS
            Label {
                text: qsTr("A prompt for your journal")
                color: Theme.accentHover
                font.pixelSize: Theme.textSmall
                font.bold: true
            }
            Label {
                objectName: "offeredPrompt"
                Layout.fillWidth: true
                text: view.prompt.text ?? ""
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        PrimaryButton {
            id: writeButton
            objectName: "writeAfterPause"
            visible: (view.prompt.promptId ?? "").length > 0
            text: qsTr("Write about it")
            Accessible.name: qsTr("Write a journal page on this prompt")
            onClicked: view.journalRequested(view.prompt.promptId, view.prompt.sectionId)
        }
        Button {
            objectName: "anotherPause"
            text: qsTr("Another pause")
            Accessible.name: qsTr("Choose another pause")
            onClicked: view.pause.reset()
        }
        QuietButton {
            objectName: "returnAfterPause"
            text: qsTr("Back to Home (Esc)")
            Accessible.name: qsTr("Go back to Home (Escape)")
            onClicked: view.homeRequested()
        }
    }
}
