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

    // One plain sentence or two on what the time held. Passing is nobody's
    // score: a passed card is simply "set aside for another day". Each
    // sentence is whole for translators; a message has one plural (%n), so
    // the second count has its own message for one.
    function summary(): string {
        const talked = closing.session.discussedCount
        const passed = closing.session.passedCount
        const starred = closing.session.starredCount
        const minutes = Math.round(closing.session.elapsedSeconds / 60)
        const took = talked === 0 ? qsTr("You made time for each other, and that counts.")
                   : minutes < 1 ? qsTr("You talked about %n card(s), in under a minute.", "", talked)
                   : minutes === 1 ? qsTr("You talked about %n card(s), in about a minute.", "", talked)
                   : qsTr("You talked about %n card(s), in about %1 minutes.", "%1 is 2 or more", talked).arg(minutes)
        const kept = passed > 0 && starred === 1
                   ? qsTr("You set %n card(s) aside for another day, and kept one to come back to.", "", passed)
                   : passed > 0 && starred > 1
                   ? qsTr("You set %n card(s) aside for another day, and kept %1 to come back to.", "%1 is 2 or more",
                          passed).arg(starred)
                   : passed > 0 ? qsTr("You set %n card(s) aside for another day.", "", passed)
                   : starred > 0 ? qsTr("You kept %n card(s) to come back to.", "", starred)
                   : ""
        return kept ? qsTr("%1 %2", "two sentences of the summary, one after the other").arg(took).arg(kept) : took
    }

    // Handed over as they are written, so closing the window keeps them too.
    function hold() {
        session.holdClosingWords(firstAppreciation.text, secondAppreciation.text, keep.checked, note.text)
    }

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
                text: closing.summary()
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
            WritingArea {
                id: firstAppreciation
                objectName: "firstAppreciation"
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                focus: true
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("What %1 appreciated").arg(closing.session.names[0])
                onTextChanged: closing.hold()
            }
            Label {
                text: qsTr("%1, what did you appreciate about %2 today?").arg(closing.session.names[1]).arg(closing.session.names[0])
                color: Theme.ink
                font.bold: true
            }
            WritingArea {
                id: secondAppreciation
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("What %1 appreciated").arg(closing.session.names[1])
                onTextChanged: closing.hold()
            }
            TextField {
                id: note
                Layout.fillWidth: true
                placeholderText: qsTr("A note about this conversation, for yourselves (optional)")
                Accessible.name: qsTr("Note about this conversation")
                KeyNavigation.tab: keep
                onTextChanged: closing.hold()
                // Enter on the last line to write finishes, as in a form.
                Keys.onReturnPressed: closing.finish()
                Keys.onEnterPressed: closing.finish()
            }
            CheckBox {
                id: keep
                checked: true
                text: qsTr("Keep these words in Hearth")
                Accessible.name: text
                FocusRing {
                    shown: keep.visualFocus
                }
                onToggled: closing.hold()
                KeyNavigation.tab: finishButton
            }
            PrimaryButton {
                id: finishButton
                objectName: "finishButton"
                text: qsTr("Finish")
                Accessible.name: qsTr("Finish the conversation")
                onClicked: closing.finish()
            }
            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
