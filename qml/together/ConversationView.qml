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
    objectName: "conversationView"

    property bool focusMode
    // For tests: the consent menu, as D opens it.
    readonly property alias deeperMenu: deeperMenu
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

    function passCard() {
        if (!session.cardId)
            return
        session.pass()
        acknowledgement.show(qsTr("Set aside for another day. No reason needed."))
    }
    function toggleStar() {
        if (!session.cardId)
            return
        session.toggleStar()
        acknowledgement.show(session.cardStarred ? qsTr("Starred. It is in Favourites; N adds a note.")
                                                 : qsTr("Star taken off."))
    }
    // Back to the card's keys, from a note, a menu or the plan's end. Focusing
    // the view alone would give them back to whichever child last had them, so
    // that child lets go first.
    function takeKeys() {
        for (let item = view.Window.activeFocusItem; item && item !== view; item = item.parent)
            item.focus = false
        view.forceActiveFocus()
    }
    function openDeeperMenu() {
        deeperMenu.popup(deeperButton, 0, deeperButton.height)
    }

    // The plan is done: the keyboard goes to "Close for today"; one more card brings it back.
    Connections {
        target: view.session
        function onProgressChanged() {
            if (view.session.planDone && !view.planWasDone)
                planDonePanel.focusFirst()
            else if (!view.session.planDone && view.planWasDone)
                view.takeKeys()
            view.planWasDone = view.session.planDone
        }
    }
    property bool planWasDone

    Accessible.role: Accessible.Pane
    Accessible.name: session.planDone ? session.planNote : qsTr("Conversation. %1").arg(session.cardText)

    Keys.onPressed: event => {
        if (event.modifiers !== Qt.NoModifier && event.modifiers !== Qt.ShiftModifier)
            return
        switch (event.key) {
        case Qt.Key_Space:
        case Qt.Key_Right:
            session.next()
            break
        case Qt.Key_P:
            view.passCard()
            break
        case Qt.Key_S:
            view.toggleStar()
            break
        case Qt.Key_N:
            if (!session.cardStarred)
                return
            starNote.edit()
            break
        case Qt.Key_D:
            if (!session.canGoDeeper)
                return
            view.openDeeperMenu()
            break
        case Qt.Key_M:
            if (!session.planDone)
                return
            session.oneMore()
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

    DeeperMenu {
        id: deeperMenu
        session: view.session
        onClosed: view.takeKeys()
    }

    // Narrow windows get narrower margins, so the card keeps its room.
    readonly property bool compact: width < 1000
    // Short for its text (a small window, large desktop text): every key but
    // Help leaves the screen (Help lists them all), so the card keeps its room.
    readonly property bool cramped: height < Theme.scaled(560)
    readonly property int margin: focusMode ? Theme.spacingXl * 2 : compact ? Theme.spacingL : Theme.spacingXl

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: view.margin
        spacing: view.compact ? Theme.spacingM : Theme.spacingL

        // Where we are, and what either of you can do about it. Two rows, so
        // Close and Pause stay in the window however narrow it is.
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
                Layout.fillWidth: true
                // No running count of passes: passing is free, not a score.
                // One whole line for translators, with the plan or without.
                text: (view.session.plannedMinutes > 0
                       ? qsTr("%1 talked about · %2 starred · %3 of %4 min", "%3 is the time so far, such as 12:05")
                         .arg(view.session.discussedCount).arg(view.session.starredCount)
                         .arg(view.formatTime(view.session.elapsedSeconds)).arg(view.session.plannedMinutes)
                       : qsTr("%1 talked about · %2 starred · %3", "%3 is the time so far, such as 12:05")
                         .arg(view.session.discussedCount).arg(view.session.starredCount)
                         .arg(view.formatTime(view.session.elapsedSeconds)))
                color: Theme.inkSoft
                elide: Text.ElideRight
                Accessible.name: qsTr("%1 talked about, %2 starred, time together %3")
                                 .arg(view.session.discussedCount).arg(view.session.starredCount)
                                 .arg(view.formatTime(view.session.elapsedSeconds))
            }
            Button {
                objectName: "closeButton"
                text: qsTr("Close (C)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Finish the conversation, with a short closing")
                onClicked: view.session.finish()
            }
            Button {
                objectName: "pauseButton"
                text: qsTr("Pause (Esc)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Take a pause")
                onClicked: view.session.pause()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !view.focusMode && view.session.mode === "cards"
            spacing: Theme.spacingM

            Label {
                text: qsTr("Depth: %1").arg(view.depthNames[view.session.depthCeiling] ?? "")
                color: Theme.ink
            }
            Button {
                objectName: "lighterButton"
                visible: view.session.canGoLighter
                text: qsTr("Go lighter (L)")
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Go lighter: either of you, any time")
                onClicked: view.session.lowerDepth()
            }
            Button {
                id: deeperButton
                objectName: "deeperButton"
                visible: view.session.canGoDeeper
                text: view.session.deeperAskedBy < 0
                      ? qsTr("Go deeper… (D)")
                      : qsTr("%1 said yes to deeper…").arg(view.session.names[view.session.deeperAskedBy])
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Go deeper: needs you both to agree")
                onClicked: view.openDeeperMenu()
            }
            Label {
                objectName: "depthNote"
                Layout.fillWidth: true
                text: view.session.depthNote.length > 0 ? view.session.depthNote
                      : view.session.lastPlannedCard ? view.session.planNote : ""
                color: Theme.sage
                font.italic: true
                elide: Text.ElideRight
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: view.compact ? Theme.spacingL : Theme.spacingXl

            PlanDonePanel {
                id: planDonePanel
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: view.session.planDone
                session: view.session
            }

            // The card itself.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !view.session.planDone
                spacing: view.compact ? Theme.spacingM : Theme.spacingL

                // A Flow, not a row: long names at large text wrap here instead
                // of making the card's column, and so the whole view, wider than
                // the window (the top bar's buttons then ran past its edge).
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    visible: view.session.speaker >= 0
                    PartnerChip {
                        id: speakerChip
                        name: view.speakerName
                        tint: Theme.partnerColour(view.session.colours[view.session.speaker] ?? Theme.partnerIdentities[0])
                    }
                    Label {
                        height: speakerChip.height
                        verticalAlignment: Text.AlignVCenter
                        text: qsTr("speaks")
                        font.pixelSize: Theme.textLead
                        color: Theme.ink
                    }
                    Label {
                        height: speakerChip.height
                        verticalAlignment: Text.AlignVCenter
                        text: "·"
                        color: Theme.inkFaint
                        font.pixelSize: Theme.textLead
                    }
                    PartnerChip {
                        name: view.listenerName
                        tint: Theme.partnerColour(view.session.colours[view.session.listener] ?? Theme.partnerIdentities[1])
                    }
                    Label {
                        objectName: "listensLabel"
                        height: speakerChip.height
                        verticalAlignment: Text.AlignVCenter
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
                    Layout.minimumHeight: 200
                    radius: Theme.radius * 2
                    color: Theme.surface
                    border.color: view.session.speaker >= 0 ? Theme.partnerColour(view.session.colours[view.session.speaker] ?? Theme.partnerIdentities[0]) : Theme.border
                    border.width: 3

                    // On the card's top edge: seen where the eyes are, covering no control.
                    Acknowledgement {
                        id: acknowledgement
                        objectName: "acknowledgement"
                        z: 1
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.verticalCenter: parent.top
                    }

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: view.cramped ? Theme.spacingM : Theme.spacingXl
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
                                    // Only where it fits beside the others (large text, a
                                    // narrow card): the turns above say it too.
                                    visible: view.session.answeredBy === "each" && x + implicitWidth <= cardTags.width
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
                            // Readable from a metre away, and larger on a larger screen;
                            // smaller only as far as it must to fit the card (never below
                            // the theme's lead size), so no words run over the card's others.
                            font.pixelSize: Math.round(Math.max(Theme.scaled(34),
                                                                Math.min(Theme.scaled(view.focusMode ? 64 : 54), width / 18)))
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Theme.textLead
                            Layout.minimumHeight: Theme.textLead * 2
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
                StarNote {
                    id: starNote
                    Layout.fillWidth: true
                    visible: view.session.cardStarred
                    session: view.session
                    onDone: view.takeKeys()
                }
            }

            ListenerPanel {
                objectName: "listenerPanel"
                // Narrower in a small window, so the card keeps most of the room.
                Layout.preferredWidth: Math.round(Math.max(280, Math.min(380, view.width * 0.3)))
                Layout.fillHeight: true
                visible: view.session.listener >= 0 && !view.focusMode && !view.session.planDone
                listenerName: view.listenerName
                speakerName: view.speakerName
                listenerColour: Theme.partnerColour(view.session.colours[view.session.listener] ?? Theme.partnerIdentities[1])
                hint: view.session.listenerHint
                heard: view.session.heard
                onHeardMarked: view.session.markHeard()
            }
        }

        // Every key, on screen; only Help when the view is short.
        KeyHint {
            visible: view.cramped
            keys: "?"
            action: qsTr("Help, and every key")
        }
        Flow {
            Layout.fillWidth: true
            visible: !view.cramped
            spacing: Theme.spacingL
            KeyHint { keys: qsTr("Space / \u2192"); action: view.session.answeredBy === "each" && view.session.listener >= 0 && !view.session.secondTurn ? qsTr("Swap: %1 answers").arg(view.listenerName) : qsTr("Next card") }
            KeyHint { keys: "P"; action: qsTr("Pass, no reason needed") }
            KeyHint { keys: "S"; action: qsTr("Star") }
            KeyHint { keys: "Q"; action: qsTr("Follow-up") }
            KeyHint { keys: "G"; action: qsTr("You got it") }
            KeyHint { keys: "N"; action: qsTr("Note on the star"); visible: view.session.cardStarred }
            KeyHint { keys: "L"; action: qsTr("Go lighter"); visible: view.session.canGoLighter }
            KeyHint { keys: "D"; action: qsTr("Go deeper"); visible: view.session.canGoDeeper }
            KeyHint { keys: "Esc"; action: qsTr("Pause") }
            KeyHint { keys: "F"; action: view.focusMode ? qsTr("Leave focus mode") : qsTr("Focus mode") }
            KeyHint { keys: "C"; action: qsTr("Close for today") }
            KeyHint { keys: "?"; action: qsTr("Help") }
        }
    }
}
