// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One kept journal page: when, the prompt it answered, its feeling and the
// parts of the guide it touches, its first lines.
// A Rectangle, not a Control: the model has a "text" role.
Rectangle {
    id: delegate

    required property int index
    required property int entryId
    required property string promptText
    required property string text
    required property var updatedAt
    required property string feeling
    required property var tagTitles
    property bool open

    signal openRequested()

    readonly property bool showFocus: ListView.isCurrentItem && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusSmall
    color: open ? Theme.accentSoft : Theme.surface
    // Inside the card, not around it: the list clips what lies outside its rows.
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: text
    Accessible.description: qsTr("Enter opens it, Delete deletes it")

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
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: App.friendlyDayOnItsOwn(delegate.updatedAt)
            color: Theme.inkFaint
            font.pixelSize: Theme.textSmall
        }
        Label {
            Layout.fillWidth: true
            visible: delegate.promptText.length > 0
            text: delegate.promptText
            color: Theme.inkSoft
            font.italic: true
            font.pixelSize: Theme.textSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            readonly property var parts: (delegate.feeling.length > 0 ? [delegate.feeling] : []).concat(delegate.tagTitles)
            visible: parts.length > 0
            text: parts.join(" \u00B7 ")
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: delegate.text
            color: Theme.ink
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
