// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// Deleting a whole deck is asked first, with keeping it as the easy choice.
GentleDialog {
    id: dialog
    objectName: "deckDeleteDialog"

    property string deckId
    property string deckTitle
    property int cardCount

    signal confirmed(string deckId)

    function ask(id: string, title: string, cards: int) {
        deckId = id
        deckTitle = title
        cardCount = cards
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(520))
    modal: true
    title: qsTr("Delete the deck \u201C%1\u201D?").arg(deckTitle)
    standardButtons: Dialog.Cancel | Dialog.Yes

    Label {
        width: parent.width
        wrapMode: Text.WordWrap
        text: qsTr("Its %n card(s) will be gone from Hearth. Cards you starred stay in your favourites, with their words.", "", dialog.cardCount)
    }
    Component.onCompleted: {
        standardButton(Dialog.Yes).text = qsTr("Delete it")
        standardButton(Dialog.Cancel).text = qsTr("Keep it")
        standardButton(Dialog.Cancel).highlighted = true
    }
    onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
    onAccepted: dialog.confirmed(deckId)
}
