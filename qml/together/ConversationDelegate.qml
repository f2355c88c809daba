// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One past conversation: when, the cards talked about, the words kept.
Rectangle {
    id: delegate

    required property int index
    required property var startedAt
    required property int minutes
    required property bool escalating
    required property var cardTexts
    required property string note
    required property string firstAppreciation
    required property string secondAppreciation

    readonly property var names: App.together.names
    readonly property bool isCurrent: ListView.isCurrentItem
    readonly property bool showFocus: isCurrent && ListView.view !== null && ListView.view.activeFocus

    signal forgetRequested()

    width: ListView.view ? ListView.view.width : 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    border.width: showFocus ? 2 : 1
    border.color: showFocus ? Theme.focusRing : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: heading.text

    MouseArea {
        anchors.fill: parent
        onClicked: delegate.ListView.view.currentIndex = delegate.index
    }

    ColumnLayout {
        id: column
        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        Label {
            id: heading
            Layout.fillWidth: true
            // Room for the button, which sits in the corner (anchored: a RowLayout
            // with wrapping text placed it at the bottom in Qt 6.4).
            Layout.rightMargin: forgetButton.width + Theme.spacingM
            // As tall as the button at least, so the cards below start under it.
            Layout.minimumHeight: forgetButton.height
            // Three whole phrases a translator can word freely, set side by side.
            text: {
                const when = App.friendlyDayOnItsOwn(delegate.startedAt)
                const cards = qsTr("%n card(s)", "", delegate.cardTexts.length)
                const length = delegate.minutes < 0 ? qsTr("left open")
                             : delegate.minutes < 1 ? qsTr("a few moments")
                             : qsTr("about %n minute(s)", "", delegate.minutes)
                return qsTr("%1 \u00B7 %2 \u00B7 %3", "day, cards and length of a conversation").arg(when).arg(cards).arg(length)
            }
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            visible: delegate.escalating
            text: qsTr("The deepening conversation")
            color: Theme.accent
            font.pixelSize: Theme.textSmall
            font.bold: true
        }

        // One label for all the cards: no items to come and go in the layout.
        Label {
            Layout.fillWidth: true
            visible: delegate.cardTexts.length > 0
            text: delegate.cardTexts.map(card => "\u2022 " + card).join("\n")
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }

        Label {
            Layout.fillWidth: true
            visible: delegate.note.length > 0
            text: qsTr("Your note: %1").arg(delegate.note)
            color: Theme.ink
            font.italic: true
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: delegate.firstAppreciation.length > 0
            text: qsTr("What %1 appreciated in %2: \u201C%3\u201D").arg(delegate.names[0]).arg(delegate.names[1])
                  .arg(delegate.firstAppreciation)
            color: Theme.sage
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: delegate.secondAppreciation.length > 0
            text: qsTr("What %1 appreciated in %2: \u201C%3\u201D").arg(delegate.names[1]).arg(delegate.names[0])
                  .arg(delegate.secondAppreciation)
            color: Theme.sage
            wrapMode: Text.WordWrap
        }
    }

    QuietButton {
        id: forgetButton
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        text: qsTr("Forget\u2026")
        // Tab reaches the highlighted row's button only; the arrows choose the row.
        focusPolicy: delegate.isCurrent ? Qt.StrongFocus : Qt.NoFocus
        Accessible.name: qsTr("Forget this conversation")
        onClicked: delegate.forgetRequested()
    }
}
