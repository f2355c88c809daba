// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One card at a time, large enough to read from a metre away, with whose turn
// it is, help for the listener, and every action on a key shown below.
FocusScope {
    id: view

    property bool focusMode
    signal focusModeToggled()
    signal helpRequested()

    readonly property var session: App.together
    readonly property var depthNames: ["", qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]
    readonly property string speakerName: session.speaker >= 0 ? session.names[session.speaker] : ""
    readonly property string listenerName: session.listener >= 0 ? session.names[session.listener] : ""

    function formatTime(seconds: int): string {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes + ":" + (rest < 10 ? "0" : "") + rest
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation. %1").arg(session.cardText)

    Keys.onPressed: event => {
        if (event.modifiers !== Qt.NoModifier && event.modifiers !== Qt.ShiftModifier)
            return
        switch (event.key) {
        case Qt.Key_Space:
        case Qt.Key_Right:
            session.next()
            break
        case Qt.Key_P:
            session.pass()
            break
        case Qt.Key_S:
            session.toggleStar()
            break
        case Qt.Key_Q:
            session.revealFollowUp()
            break
        case Qt.Key_G:
            session.markHeard()
            break
        case Qt.Key_L:
            session.lowerDepth()
            break
        case Qt.Key_Escape:
            session.pause()
            break
        case Qt.Key_F:
            view.focusModeToggled()
            break
        case Qt.Key_Question:
            view.helpRequested()
            break
        case Qt.Key_C:
            session.finish()
            break
        default:
            return
        }
        event.accepted = true
    }

    // Going deeper needs both partners' yes; either can say "not now".
    Menu {
        id: deeperMenu
        MenuItem {
            text: qsTr("%1 says yes").arg(view.session.names[0])
            onTriggered: view.session.askToGoDeeper(0)
        }
        MenuItem {
            text: qsTr("%1 says yes").arg(view.session.names[1])
            onTriggered: view.session.askToGoDeeper(1)
        }
        MenuItem {
            text: qsTr("Not now")
            onTriggered: view.session.cancelDeeper()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: view.focusMode ? Theme.spacingXl * 2 : Theme.spacingXl
        spacing: Theme.spacingL

        // Where we are: progress, time, depth.
        RowLayout {
            Layout.fillWidth: true
            visible: !view.focusMode
            spacing: Theme.spacingM

            Label {
                text: view.session.mode === "escalating"
                      ? qsTr("Question %1 of 36").arg(view.session.cardNumber)
                      : qsTr("Card %1").arg(view.session.cardNumber)
                color: Theme.ink
                font.bold: true
            }
            Label {
                // No running count of passes: passing is free, not a score.
                text: qsTr("%1 talked about · %2 starred")
                      .arg(view.session.discussedCount).arg(view.session.starredCount)
                color: Theme.inkSoft
            }
            Label {
                text: view.formatTime(view.session.elapsedSeconds)
                      + (view.session.plannedMinutes > 0 ? qsTr(" of %1 min").arg(view.session.plannedMinutes) : "")
                color: Theme.inkSoft
                Accessible.name: qsTr("Time together: %1").arg(text)
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: view.session.mode === "cards"
                text: qsTr("Depth: %1").arg(view.depthNames[view.session.depthCeiling] ?? "")
                color: Theme.ink
            }
            Button {
                visible: view.session.mode === "cards" && view.session.depthCeiling > 1
                text: qsTr("Go lighter (L)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Go lighter: either of you, any time")
                onClicked: view.session.lowerDepth()
            }
            Button {
                id: deeperButton
                visible: view.session.mode === "cards" && view.session.depthCeiling < 3
                text: view.session.deeperAskedBy < 0
                      ? qsTr("Go deeper…")
                      : qsTr("%1 would like to go deeper").arg(view.session.names[view.session.deeperAskedBy])
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Go deeper: needs you both to agree")
                onClicked: deeperMenu.popup(deeperButton, 0, deeperButton.height)
            }
            Button {
                text: qsTr("Close (C)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Finish the conversation, with a short closing")
                onClicked: view.session.finish()
            }
            Button {
                text: qsTr("Pause (Esc)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Take a pause")
                onClicked: view.session.pause()
            }
        }

        Note {
            Layout.fillWidth: true
            visible: view.session.lengthReached && !view.focusMode
            title: qsTr("You have reached the time you planned")
            text: qsTr("You can finish here with a short closing, or carry on if you both want to.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingXl

            // The card itself.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingL

                RowLayout {
                    spacing: Theme.spacingS
                    visible: view.session.speaker >= 0
                    PartnerChip {
                        name: view.speakerName
                        tint: view.session.colours[view.session.speaker] ?? Theme.accent
                    }
                    Label {
                        text: qsTr("speaks")
                        font.pixelSize: Theme.textLead
                        color: Theme.ink
                    }
                    Label {
                        text: "·"
                        color: Theme.inkFaint
                        font.pixelSize: Theme.textLead
                    }
                    PartnerChip {
                        name: view.listenerName
                        tint: view.session.colours[view.session.listener] ?? Theme.sage
                    }
                    Label {
                        objectName: "listensLabel"
                        text: view.session.heard ? qsTr("listens \u2014 %1 feels heard \u2713").arg(view.speakerName)
                                                 : qsTr("listens")
                        font.pixelSize: Theme.textLead
                        color: Theme.ink
                    }
                }
                Label {
                    visible: view.session.speaker < 0
                    text: qsTr("Answer this one together")
                    font.pixelSize: Theme.textLead
                    font.bold: true
                    color: Theme.ink
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 260
                    radius: Theme.radius * 2
                    color: Theme.surface
                    border.color: view.session.speaker >= 0 ? (view.session.colours[view.session.speaker] ?? Theme.border) : Theme.border
                    border.width: 3

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacingXl
                        spacing: Theme.spacingM

                        // Placed by bindings, not a RowLayout or a Row: tags come and go
                        // with each card, and in Qt 6.4 both could keep a tag's old place,
                        // so tags overlapped.
                        Item {
                            Layout.fillWidth: true
                            implicitHeight: Math.max(deckTag.implicitHeight, cardStar.implicitHeight)
                            Item {
                                id: cardTags
                                objectName: "cardTags"
                                readonly property real spacing: Theme.spacingS
                                anchors.left: parent.left
                                anchors.right: cardStar.left
                                anchors.rightMargin: Theme.spacingS
                                anchors.verticalCenter: parent.verticalCenter
                                height: deckTag.implicitHeight
                                Tag {
                                    id: deckTag
                                    x: 0
                                    text: view.session.contextTitle
                                    visible: text.length > 0
                                }
                                Tag {
                                    id: depthTag
                                    x: deckTag.visible ? deckTag.x + deckTag.width + cardTags.spacing : 0
                                    visible: view.session.mode === "cards"
                                    text: view.depthNames[view.session.cardDepth] ?? ""
                                }
                                Tag {
                                    x: depthTag.visible ? depthTag.x + depthTag.width + cardTags.spacing : depthTag.x
                                    visible: view.session.answeredBy === "each"
                                    text: qsTr("You both answer")
                                    tint: Theme.sageSoft
                                }
                            }
                            StarButton {
                                id: cardStar
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                starred: view.session.cardStarred
                                onClicked: view.session.toggleStar()
                            }
                        }

                        Label {
                            objectName: "cardText"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: view.session.cardText
                            font.family: Theme.headingFont
                            // Readable from a metre away, and larger on a larger screen.
                            font.pixelSize: Math.round(Math.max(34, Math.min(view.focusMode ? 64 : 54, width / 18)))
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                            lineHeight: 1.15
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }

                        // One label, not a Repeater: on Qt 6.4 a layout could
                        // still lay out a follow-up item the Repeater had just
                        // destroyed when the card changed, and crash.
                        Label {
                            objectName: "followUps"
                            Layout.fillWidth: true
                            visible: view.session.revealedFollowUps > 0
                            text: view.session.followUps.slice(0, view.session.revealedFollowUps)
                                      .map(question => "\u2192 " + question).join("\n")
                            font.pixelSize: Theme.textTitle
                            color: Theme.inkSoft
                            wrapMode: Text.WordWrap
                            lineHeight: 1.2
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        QuietButton {
                            visible: view.session.revealedFollowUps < view.session.followUps.length
                            text: qsTr("Another question (Q)")
                            focusPolicy: Qt.TabFocus
                            Accessible.name: qsTr("Show a follow-up question")
                            onClicked: view.session.revealFollowUp()
                        }
                    }
                }
            }

            ListenerPanel {
                Layout.preferredWidth: 380
                Layout.fillHeight: true
                visible: view.session.listener >= 0 && !view.focusMode
                listenerName: view.listenerName
                speakerName: view.speakerName
                listenerColour: view.session.colours[view.session.listener] ?? Theme.sage
                hint: view.session.listenerHint
                heard: view.session.heard
                onHeardMarked: view.session.markHeard()
            }
        }

        // Every key, on screen.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            KeyHint { keys: qsTr("Space / \u2192"); action: view.session.answeredBy === "each" && view.session.listener >= 0 && !view.session.secondTurn ? qsTr("Swap: %1 answers").arg(view.listenerName) : qsTr("Next card") }
            KeyHint { keys: "P"; action: qsTr("Pass, no reason needed") }
            KeyHint { keys: "S"; action: qsTr("Star") }
            KeyHint { keys: "Q"; action: qsTr("Follow-up") }
            KeyHint { keys: "G"; action: qsTr("You got it") }
            KeyHint { keys: "L"; action: qsTr("Go lighter"); visible: view.session.mode === "cards" }
            KeyHint { keys: "Esc"; action: qsTr("Pause") }
            KeyHint { keys: "F"; action: view.focusMode ? qsTr("Leave focus mode") : qsTr("Focus mode") }
            KeyHint { keys: "C"; action: qsTr("Close for today") }
            KeyHint { keys: "?"; action: qsTr("Help") }
        }
    }
}
