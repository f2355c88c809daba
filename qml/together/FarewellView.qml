// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// After the closing: a warm word, and a choice of what next.
FocusScope {
    id: farewell

    readonly property var session: App.together
    signal homeRequested()
    signal conversationsRequested()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation finished")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 620)
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("Until next time")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textDisplay
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.inkSoft
            font.pixelSize: Theme.textLead
            text: qsTr("Closeness grows from small, steady moments like this one. Hearth will remember which cards you have talked about, so next time starts fresh.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingM
            PrimaryButton {
                text: qsTr("Another conversation")
                focus: true
                Accessible.name: text
                onClicked: farewell.session.reset()
            }
            Button {
                visible: App.conversations.count > 0
                text: qsTr("Look back on your conversations")
                Accessible.name: text
                onClicked: {
                    farewell.session.reset()
                    farewell.conversationsRequested()
                }
            }
            Button {
                text: qsTr("Back home")
                Accessible.name: text
                onClicked: {
                    farewell.session.reset()
                    farewell.homeRequested()
                }
            }
        }
    }
}
