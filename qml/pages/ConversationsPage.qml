// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// What the couple has talked about, and the words they chose to keep. Each
// conversation can be forgotten. Keys: Up/Down move, Delete forgets.
FocusScope {
    id: page
    objectName: "conversationsPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    readonly property alias list: list
    readonly property alias forgetDialog: forgetConfirmation

    signal setupRequested()
    signal messageRequested(string message, string action)

    function forget(row: int) {
        if (row < 0 || row >= list.count)
            return
        forgetConfirmation.row = row
        forgetConfirmation.open()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Your conversations")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Up", "Down"], action: qsTr("Move through your conversations")},
        {keys: ["Delete"], action: qsTr("Forget the highlighted conversation, after asking")}
    ]

    GentleDialog {
        id: forgetConfirmation
        property int row: -1
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        modal: true
        focus: true // its buttons are a Tab away, and Esc keeps the conversation
        title: qsTr("Forget this conversation?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Its cards, note and appreciations will be deleted from this computer. Its cards may come up again in a later conversation.")
        }
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Forget it")
            standardButton(Dialog.Cancel).text = qsTr("Keep it")
            standardButton(Dialog.Cancel).highlighted = true
        }
        onAccepted: {
            if (App.conversations.forget(row))
                page.messageRequested(qsTr("That conversation is forgotten."), "")
            list.forceActiveFocus()
        }
        onRejected: list.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            PageHeader {
                Layout.fillWidth: true
                eyebrow: qsTr("Together")
                title: qsTr("Your conversations")
            }
            PrimaryButton {
                // Its words whole in a longer language: the title beside it wraps
                // instead; at the top, clear of the words under the row when it does.
                Layout.minimumWidth: implicitWidth
                Layout.alignment: Qt.AlignTop
                text: qsTr("Talk again")
                Accessible.name: qsTr("Set up a new conversation")
                onClicked: page.setupRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
            text: qsTr("What you have talked about, and the words you chose to keep. Cards you passed are not listed. It all stays on this computer.")
        }

        KeyboardListView {
            id: list
            objectName: "conversationsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            clip: true
            spacing: Theme.spacingS
            model: App.conversations
            bottomMargin: Theme.spacingL
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Your conversations")
            ScrollBar.vertical: ScrollBar {}

            delegate: ConversationDelegate {
                onForgetRequested: page.forget(index)
            }

            Keys.onDeletePressed: page.forget(currentIndex)

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width, 520)
                visible: list.count === 0
                spacing: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Nothing here yet")
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textTitle
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("After a conversation, the cards you talked about and any words you keep will wait for you here.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
