// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One saved statement: its words, when it was last changed, and what can be
// done with it. A Rectangle, not a Control: the model has a "text" role.
Rectangle {
    id: delegate

    required property int index
    required property var draftId
    required property string text
    required property var updatedAt
    required property bool starred
    property bool open

    signal openRequested()
    signal deleteRequested()
    signal starToggled()

    readonly property bool showFocus: ListView.isCurrentItem && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusSmall
    color: open ? Theme.accentSoft : Theme.surface
    // Inside the card, not around it: the list clips what lies outside its rows.
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: (starred ? qsTr("Starred. ") : "") + text
    Accessible.description: qsTr("Enter opens it, S stars it, Delete deletes it")

    TapHandler {
        onTapped: {
            delegate.ListView.view.currentIndex = delegate.index
            delegate.openRequested()
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.rightMargin: Theme.spacingS
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: delegate.text
            color: Theme.ink
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
            lineHeight: 1.2
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Label {
                Layout.fillWidth: true
                text: delegate.open ? qsTr("Open above")
                                    : qsTr("Saved %1").arg(App.friendlyDay(delegate.updatedAt))
                color: delegate.open ? Theme.accentHover : Theme.inkFaint
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
            }
            StarButton {
                implicitWidth: 32
                implicitHeight: 32
                starred: delegate.starred
                // Tab reaches the buttons of the highlighted row only; the arrows choose the row.
                focusPolicy: delegate.ListView.isCurrentItem ? Qt.TabFocus : Qt.NoFocus
                onClicked: delegate.starToggled()
            }
            QuietButton {
                text: qsTr("Delete")
                focusPolicy: delegate.ListView.isCurrentItem ? Qt.TabFocus : Qt.NoFocus
                font.pixelSize: Theme.textSmall
                Accessible.name: qsTr("Delete this draft")
                onClicked: delegate.deleteRequested()
            }
        }
    }
}
