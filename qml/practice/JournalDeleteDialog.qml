// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// Deleting a whole journal cannot be undone, so it is asked first, with
// keeping it as the easy choice.
GentleDialog {
    id: dialog
    objectName: "journalDeleteDialog"

    property string journalName
    property int pageCount

    signal confirmed()

    function ask(name: string, pages: int) {
        journalName = name
        pageCount = pages
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.scaled(520), parent ? parent.width - 2 * Theme.spacingL : Theme.scaled(520))
    modal: true
    title: qsTr("Delete the journal %1?").arg(journalName)
    standardButtons: Dialog.Cancel | Dialog.Yes

    Label {
        width: parent.width
        wrapMode: Text.WordWrap
        text: qsTr("Its %n page(s) will be gone from this computer, and this cannot be undone.", "", dialog.pageCount)
    }
    Component.onCompleted: {
        standardButton(Dialog.Yes).text = qsTr("Delete it")
        standardButton(Dialog.Cancel).text = qsTr("Keep it")
        standardButton(Dialog.Cancel).highlighted = true
    }
    onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
    onAccepted: dialog.confirmed()
}
