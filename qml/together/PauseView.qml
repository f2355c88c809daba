// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A time-out for when things get heated: breathe, let the body settle, and
// come back gently. Nothing is lost while paused.
FocusScope {
    id: pause

    readonly property var session: App.together

    function formatTime(seconds: int): string {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes + ":" + (rest < 10 ? "0" : "") + rest
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Pause")
    Keys.onReturnPressed: session.resume()
    Keys.onEnterPressed: session.resume()
    Keys.onEscapePressed: session.resume()

    Rectangle {
        anchors.fill: parent
        color: Theme.pauseBackground
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 640)
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("Let's take a breather")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textDisplay
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("When feelings run high, it's hard to hear each other. A real break lets your body calm down: about twenty minutes, doing something soothing apart from this conversation.")
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
            font.pixelSize: Theme.textLead
            horizontalAlignment: Text.AlignHCenter
        }
        BreathingGuide {
            Layout.alignment: Qt.AlignHCenter
            running: pause.visible
        }
        Label {
            Layout.fillWidth: true
            text: pause.session.pauseSecondsLeft > 0
                  ? qsTr("%1 left of a 20-minute break").arg(pause.formatTime(pause.session.pauseSecondsLeft))
                  : qsTr("Twenty minutes have passed. Come back when you both feel ready.")
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Coming back: start by each saying one thing you heard the other say, before saying anything new.")
            wrapMode: Text.WordWrap
            color: Theme.sage
            font.italic: true
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingM
            PrimaryButton {
                objectName: "resumeButton"
                text: qsTr("We're ready to carry on (Enter)")
                focus: true
                Accessible.name: qsTr("Carry on with the conversation")
                onClicked: pause.session.resume()
            }
            Button {
                text: qsTr("End for today")
                Accessible.name: qsTr("End the conversation for today")
                onClicked: pause.session.finish()
            }
        }
    }
}
