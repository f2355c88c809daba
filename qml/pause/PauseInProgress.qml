// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A pause under way: the rhythm, the words of the step, the time left, and
// two ways out of it at any moment: a rest (Space) and finishing now (Escape).
ColumnLayout {
    id: view

    required property PauseController pause
    readonly property bool held: pause.stage === PauseController.Held

    function focusFirst(reason: int) {
        holdButton.forceActiveFocus(reason)
    }

    function timeLeft(seconds: int): string {
        const rest = seconds % 60
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest
    }

    spacing: Theme.spacingM

    Label {
        Layout.fillWidth: true
        text: view.pause.kindTitle
        horizontalAlignment: Text.AlignHCenter
        color: Theme.accent
        font.pixelSize: Theme.textSmall
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1.5
        font.bold: true
    }

    // As large as the room the words leave, up to its own size: larger text gets a smaller circle.
    PauseRhythm {
        Layout.alignment: Qt.AlignHCenter
        Layout.fillHeight: true
        Layout.maximumHeight: implicitHeight
        Layout.preferredWidth: height
        pause: view.pause
    }

    Label {
        objectName: "pauseStepText"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readingWidth
        Layout.alignment: Qt.AlignHCenter
        text: view.pause.stepText
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.ink
        font.family: Theme.headingFont
        font.pixelSize: Theme.textTitle
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        objectName: "pauseTimeLeft"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: view.held ? qsTr("Resting. %1 left, whenever you are ready.").arg(view.timeLeft(view.pause.remainingSeconds))
                        : qsTr("%1 left").arg(view.timeLeft(view.pause.remainingSeconds))
        color: Theme.inkSoft
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacingM
        QuietButton {
            id: holdButton
            objectName: "holdPause"
            text: view.held ? qsTr("Carry on") : qsTr("Rest a moment")
            Accessible.name: view.held ? qsTr("Carry on with the pause (Space)") : qsTr("Rest the pause a moment (Space)")
            onClicked: view.held ? view.pause.resume() : view.pause.hold()
        }
        QuietButton {
            objectName: "finishPause"
            text: qsTr("Finish now (Esc)")
            Accessible.name: qsTr("Finish the pause now (Escape)")
            onClicked: view.pause.finishEarly()
        }
    }
}
