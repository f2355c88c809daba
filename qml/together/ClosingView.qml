// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The end of a conversation: what you did together, and a small ritual of
// appreciation. Nothing here is scored, and nothing must be written.
FocusScope {
    id: closing

    readonly property var session: App.together

    function finish() {
        session.close(firstAppreciation.text, secondAppreciation.text, keep.checked, note.text)
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Closing")

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, 760)
            x: Math.max(Theme.spacingXl, (scroller.availableWidth - width) / 2)
            spacing: Theme.spacingL

            Item { Layout.preferredHeight: Theme.spacingL }

            PageHeader {
                Layout.fillWidth: true
                eyebrow: qsTr("Closing")
                title: qsTr("Thank you for this time together")
            }

            Label {
                objectName: "closingSummary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.textLead
                color: Theme.ink
                text: qsTr("You talked about %1, passed %2 and starred %3, in %4 minutes.")
                      .arg(closing.session.discussedCount === 1 ? qsTr("one card") : qsTr("%1 cards").arg(closing.session.discussedCount))
                      .arg(closing.session.passedCount)
                      .arg(closing.session.starredCount)
                      .arg(Math.max(1, Math.round(closing.session.elapsedSeconds / 60)))
            }

            Note {
                Layout.fillWidth: true
                visible: closing.session.setUsedUp
                title: qsTr("You have talked about every card you chose")
                text: qsTr("Next time, Hearth will offer to start over with them, or you can choose something new.")
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                text: qsTr("Before you go, if you like: each name one thing you appreciated about the other today. Say it aloud first; write it down only if you want to keep it.")
            }

            Label {
                text: qsTr("%1, what did you appreciate about %2 today?").arg(closing.session.names[0]).arg(closing.session.names[1])
                color: Theme.ink
                font.bold: true
            }
            TextArea {
                id: firstAppreciation
                objectName: "firstAppreciation"
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                focus: true
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("What %1 appreciated").arg(closing.session.names[0])
                // Tab moves on, as in any form; these notes have no use for tab characters.
                Keys.onTabPressed: secondAppreciation.forceActiveFocus()
            }
            Label {
                text: qsTr("%1, what did you appreciate about %2 today?").arg(closing.session.names[1]).arg(closing.session.names[0])
                color: Theme.ink
                font.bold: true
            }
            TextArea {
                id: secondAppreciation
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("What %1 appreciated").arg(closing.session.names[1])
                Keys.onTabPressed: note.forceActiveFocus()
                Keys.onBacktabPressed: firstAppreciation.forceActiveFocus()
            }
            TextField {
                id: note
                Layout.fillWidth: true
                placeholderText: qsTr("A note about this conversation, for yourselves (optional)")
                Accessible.name: qsTr("Note about this conversation")
                KeyNavigation.tab: keep
            }
            CheckBox {
                id: keep
                checked: true
                text: qsTr("Keep these words in Hearth")
                Accessible.name: text
                KeyNavigation.tab: finishButton
            }
            Button {
                id: finishButton
                objectName: "finishButton"
                text: qsTr("Finish")
                highlighted: true
                Accessible.name: qsTr("Finish the conversation")
                onClicked: closing.finish()
                Keys.onReturnPressed: closing.finish()
                Keys.onEnterPressed: closing.finish()
            }
            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
