// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Together: set up, talk, pause, close. The session decides which view shows.
FocusScope {
    id: page
    objectName: "togetherPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    property bool focusMode
    // For tests: the help, as a person opens it with "?".
    readonly property alias helpDialog: helpDialog
    signal focusModeToggled()
    signal homeRequested()
    signal conversationsRequested()

    readonly property var session: App.together
    readonly property int stageIndex: {
        switch (session.stage) {
        case SessionController.Setup: return 0
        case SessionController.Talking: return 1
        case SessionController.Paused: return 2
        case SessionController.Closing: return 3
        case SessionController.Summary: return 4
        }
        return 0
    }

    // Gives the keyboard to whichever view is showing.
    function focusView() {
        for (let i = 0; i < views.children.length; ++i) {
            const loader = views.children[i] as Loader
            if (loader && loader.active && loader.item)
                loader.item.forceActiveFocus()
        }
    }

    onStageIndexChanged: focusView()
    onActiveFocusChanged: if (activeFocus) focusView()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Together")

    // The conversation's keys (ConversationView's Keys.onPressed), in its help and in the list ? and F1 show.
    readonly property var conversationKeys: [
        {keys: [qsTr("Space"), "\u2192"], action: qsTr("Swap turns, or the next card")},
        {keys: ["P"], action: qsTr("Pass this card. No reason needed; it comes back only much later.")},
        {keys: ["S"], action: qsTr("Star this card to find it again in Favourites")},
        {keys: ["Q"], action: qsTr("Show a follow-up question")},
        {keys: ["G"], action: qsTr("The speaker says: you got it")},
        {keys: ["N"], action: qsTr("Add a note to the card you starred")},
        {keys: ["L"], action: qsTr("Go lighter, any time, either of you")},
        {keys: ["D"], action: qsTr("Go deeper: it needs a yes from you both")},
        {keys: ["M"], action: qsTr("One more card, once the cards you planned are done")},
        {keys: ["Esc"], action: qsTr("Pause for a breather")},
        {keys: ["F"], action: qsTr("Focus mode: full screen, just the card")},
        {keys: ["C"], action: qsTr("Close for today, with a short closing ritual")},
        {keys: ["?"], action: qsTr("How a conversation works, and these keys")}
    ]
    readonly property var keyHelp: {
        switch (stageIndex) {
        case 0: return [{keys: ["Return"], action: qsTr("Begin the conversation")}]
        case 1: return conversationKeys
        case 2: return [{keys: ["Return", "Esc"], action: qsTr("Back to the conversation")}]
        }
        return []
    }

    StackLayout {
        id: views
        anchors.fill: parent
        currentIndex: page.stageIndex

        // Each view is made when its stage begins: Qt 6.4's layouts do not
        // re-lay children that became visible while the view was hidden.
        Loader {
            active: page.stageIndex === 0
            sourceComponent: SetupView {}
            onLoaded: {
                (item as SetupView).conversationsRequested.connect(page.conversationsRequested)
                page.focusView()
            }
        }
        Loader {
            id: conversationLoader
            active: page.stageIndex === 1
            sourceComponent: ConversationView {}
            onLoaded: {
                const conversation = item as ConversationView
                conversation.focusModeToggled.connect(page.focusModeToggled)
                conversation.helpRequested.connect(helpDialog.open)
                page.focusView()
            }
            Binding {
                target: conversationLoader.item
                property: "focusMode"
                value: page.focusMode
                when: conversationLoader.status === Loader.Ready
            }
        }
        Loader {
            active: page.stageIndex === 2
            sourceComponent: PauseView {}
            onLoaded: page.focusView()
        }
        Loader {
            active: page.stageIndex === 3
            sourceComponent: ClosingView {}
            onLoaded: page.focusView()
        }
        Loader {
            active: page.stageIndex === 4
            sourceComponent: FarewellView {}
            onLoaded: {
                const farewell = item as FarewellView
                farewell.homeRequested.connect(page.homeRequested)
                farewell.conversationsRequested.connect(page.conversationsRequested)
                page.focusView()
            }
        }
    }

    GentleDialog {
        id: helpDialog
        objectName: "helpDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 2 * Theme.spacingL)
        modal: true
        focus: true // Esc closes the help, and never reaches the card as a pause
        title: qsTr("How a conversation works")
        // Reading the help is not talking: the clock waits, the card stays.
        onOpened: page.session.holdClock()
        onClosed: {
            page.session.releaseClock()
            page.focusView()
        }
        footer: Item {
            implicitHeight: helpCloseButton.implicitHeight + Theme.spacingL
            PrimaryButton {
                id: helpCloseButton
                objectName: "helpCloseButton"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                text: qsTr("Close")
                Accessible.name: qsTr("Close the help and go back to the card")
                onClicked: helpDialog.close()
            }
        }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("One of you speaks while the other listens. The listener reflects back what they heard, using the panel on the right, and checks they got it. On cards you both answer, press Space to swap; then Space again for the next card.")
            }
            Repeater {
                // All but the last, which opens this help.
                model: page.conversationKeys.slice(0, -1)
                delegate: KeyHint {
                    required property var modelData
                    keys: modelData.keys.join(" / ")
                    action: modelData.action
                }
            }
        }
    }
}
