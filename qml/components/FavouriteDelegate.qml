// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One favourite: its words as saved, where it belongs, and the person's note.
Rectangle {
    id: delegate

    required property int index
    required property var favouriteId
    required property string kindLabel
    required property string text
    required property string sectionTitle
    required property string note
    required property var createdAt
    required property bool contentExists
    required property string promptKind
    required property string contentId

    signal removeRequested()
    signal noteEdited(string note)
    signal talkAboutRequested()
    signal openStatementRequested()

    // Compared by row, not ListView.isCurrentItem: a reused card (reuseItems)
    // kept the attached value of the row it showed before, and its highlight.
    readonly property bool highlighted: ListView.view !== null && ListView.view.currentIndex === index
    readonly property bool showFocus: highlighted && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    // Inside the card, not around it: the list clips what lies outside its rows.
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: kindLabel + ". " + text + (note.length > 0 ? ". " + qsTr("Note: %1").arg(note) : "")


    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        // Where it belongs beside what can be done with it when both fit on
        // one line, and the actions on a line of their own otherwise (large
        // text, small window), so Remove stays inside the card. Decided by the
        // rows' implicit widths, which do not depend on the card's width.
        GridLayout {
            Layout.fillWidth: true
            columns: tags.implicitWidth + columnSpacing + actions.implicitWidth <= width ? 2 : 1
            columnSpacing: Theme.spacingS
            rowSpacing: Theme.spacingXs

            RowLayout {
                id: tags
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Tag {
                    text: delegate.kindLabel
                    tint: Theme.accentSoft
                    color: Theme.accentHover
                }
                Tag {
                    // The part's name gives way first when the row is short of room (large text, small window).
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    visible: delegate.sectionTitle.length > 0
                    text: delegate.sectionTitle
                    tint: Theme.sageSoft
                    elide: Text.ElideRight
                }
                Tag {
                    visible: !delegate.contentExists
                    text: qsTr("No longer in Hearth's content: kept as you saved it")
                    tint: Theme.cautionSoft
                    color: Theme.caution
                }
                Item { Layout.fillWidth: true }
            }

            RowLayout {
                id: actions
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                spacing: Theme.spacingS
                Label {
                    text: qsTr("Starred %1").arg(App.friendlyDay(delegate.createdAt))
                    color: Theme.inkFaint
                    font.pixelSize: Theme.textSmall
                }
                QuietButton {
                    visible: delegate.promptKind === "card" && delegate.contentExists
                    text: qsTr("Talk about this")
                    focusPolicy: delegate.highlighted ? Qt.TabFocus : Qt.NoFocus
                    Accessible.name: qsTr("Start a conversation with this card")
                    onClicked: delegate.talkAboutRequested()
                }
                QuietButton {
                    // A statement of the person's own opens in the builder while its draft is kept.
                    visible: delegate.promptKind === "statement" && App.drafts.count >= 0
                             && App.drafts.rowOfFavourite(delegate.contentId) >= 0
                    text: qsTr("Open in Practice")
                    focusPolicy: delegate.highlighted ? Qt.TabFocus : Qt.NoFocus
                    Accessible.name: qsTr("Open this statement in the builder")
                    onClicked: delegate.openStatementRequested()
                }
                QuietButton {
                    text: qsTr("Remove")
                    focusPolicy: delegate.highlighted ? Qt.TabFocus : Qt.NoFocus
                    Accessible.name: qsTr("Remove from favourites (Delete)")
                    onClicked: delegate.removeRequested()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: delegate.text
            font.pixelSize: Theme.textLead
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }

        TextField {
            id: noteField
            Layout.fillWidth: true
            text: delegate.note
            placeholderText: qsTr("Add a note for yourselves…")
            selectByMouse: true
            maximumLength: 2000
            // Tab reaches the highlighted row's note only; the arrows choose the row.
            activeFocusOnTab: delegate.highlighted
            Accessible.name: qsTr("Note")
            Accessible.description: delegate.text
            onEditingFinished: if (text !== delegate.note) delegate.noteEdited(text)
            background: Rectangle {
                radius: Theme.radiusSmall
                color: noteField.activeFocus ? Theme.surface : Theme.background
                border.width: noteField.activeFocus ? 2 : 1
                border.color: noteField.activeFocus ? Theme.accent : Theme.border
                FocusRing {
                    shown: noteField.activeFocus
                }
            }
        }
    }

    TapHandler {
        onTapped: {
            delegate.ListView.view.currentIndex = delegate.index
            delegate.ListView.view.forceActiveFocus()
        }
    }
}
