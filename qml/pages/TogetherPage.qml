// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Together: set up, talk, pause, close. The session decides which view shows.
FocusScope {
    id: page

    property bool focusMode
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
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 560
        modal: true
        title: qsTr("How a conversation works")
        standardButtons: Dialog.Close
        onClosed: page.focusView()

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("One of you speaks while the other listens. The listener reflects back what they heard, using the panel on the right, and checks they got it. On cards you both answer, press Space to swap; then Space again for the next card.")
            }
            KeyHint { keys: qsTr("Space / \u2192"); action: qsTr("Swap turns, or the next card") }
            KeyHint { keys: "P"; action: qsTr("Pass this card. No reason needed; it comes back only much later.") }
            KeyHint { keys: "S"; action: qsTr("Star this card to find it again in Favourites") }
            KeyHint { keys: "Q"; action: qsTr("Show a follow-up question") }
            KeyHint { keys: "G"; action: qsTr("The speaker says: you got it") }
            KeyHint { keys: "L"; action: qsTr("Go lighter, any time, either of you") }
            KeyHint { keys: "Esc"; action: qsTr("Pause for a breather") }
            KeyHint { keys: "F"; action: qsTr("Focus mode: full screen, just the card") }
            KeyHint { keys: "C"; action: qsTr("Close for today, with a short closing ritual") }
        }
    }
}
