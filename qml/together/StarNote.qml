// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A note for the starred card, written without leaving it, and kept with the
// favourite. Enter keeps it; Esc goes back to the card.
RowLayout {
    id: starNote

    required property var session
    signal done()

    // A new card starts with its own note, not the last card's.
    readonly property string cardId: session.cardId
    onCardIdChanged: field.text = session.cardStarNote

    function edit() {
        field.text = session.cardStarNote
        field.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.spacingS

    TextField {
        id: field
        objectName: "starNoteField"
        Layout.fillWidth: true
        placeholderText: qsTr("A note to go with the star (N), if you like")
        text: starNote.session.cardStarNote
        maximumLength: 500
        Accessible.name: qsTr("A note for this starred card")
        onAccepted: {
            starNote.session.setStarNote(text)
            starNote.done()
        }
        Keys.onEscapePressed: starNote.done()
    }
    Button {
        objectName: "saveStarNote"
        text: qsTr("Keep note")
        focusPolicy: Qt.TabFocus
        enabled: field.text.trim() !== starNote.session.cardStarNote
        Accessible.name: qsTr("Keep this note with the starred card")
        onClicked: {
            starNote.session.setStarNote(field.text)
            starNote.done()
        }
    }
}
