// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A file dropped on the window is offered, not loaded at once: the person
// says yes first. Hearth checks it whole before it keeps anything.
GentleDialog {
    id: dialog
    objectName: "packOfferDialog"

    property url file

    signal confirmed(url file)

    function offer(dropped: url) {
        file = dropped
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(520))
    modal: true
    title: qsTr("Load the pack %1?").arg(App.deckEditor.packs.fileName(file))
    standardButtons: Dialog.Cancel | Dialog.Ok

    Label {
        width: parent.width
        wrapMode: Text.WordWrap
        text: qsTr("Hearth checks every card in it first. If anything is not right, nothing is saved and you see what to change.")
    }
    Component.onCompleted: {
        standardButton(Dialog.Ok).text = qsTr("Load it")
        standardButton(Dialog.Cancel).text = qsTr("Not now")
    }
    onOpened: standardButton(Dialog.Ok).forceActiveFocus(Qt.TabFocusReason)
    onAccepted: dialog.confirmed(file)
}
