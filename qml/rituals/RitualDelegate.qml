// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One ritual: its rhythm, part of the guide and time, its words, when the
// couple last kept it and their note, and what they can do with it: make it
// theirs or let it go, tick it off, take a tick back. No counts, no gaps.
Rectangle {
    id: delegate

    required property int index
    required property string ritualId
    required property string title
    required property string text
    required property string rhythm
    required property string sectionTitle
    required property int minutes
    required property bool ours
    required property var lastKept
    required property string lastNote
    required property bool canUndoTick

    signal tickRequested()
    signal oursToggled()
    signal undoRequested()

    readonly property var rhythmNames: ({daily: qsTr("Daily"), weekly: qsTr("Weekly"), occasional: qsTr("Now and then")})
    readonly property bool everKept: lastKept instanceof Date && !isNaN(lastKept.getTime())
    readonly property string keptText: {
        if (!everKept)
            return ""
        const when = App.friendlyDay(lastKept)
        return lastNote.length > 0 ? qsTr("Last kept %1: \u201C%2\u201D").arg(when).arg(lastNote)
                                   : qsTr("Last kept %1").arg(when)
    }
    readonly property bool highlighted: ListView.view !== null && ListView.view.currentIndex === index
    readonly property bool showFocus: highlighted && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(column.implicitHeight, buttons.implicitHeight) + 2 * Theme.spacingL
    radius: Theme.radius
    color: Theme.surface
    // Inside the card, not around it: the list clips what lies outside its rows.
    border.width: showFocus ? 3 : 1
    border.color: showFocus ? Theme.focusOutline : ours ? Theme.accent : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: (ours ? qsTr("One of yours. ") : "") + title + ". " + text
    Accessible.description: {
        let parts = [rhythmNames[rhythm] ?? ""]
        if (sectionTitle.length > 0)
            parts.push(sectionTitle)
        if (minutes > 0)
            parts.push(qsTr("about %n minute(s)", "", minutes))
        if (keptText.length > 0)
            parts.push(keptText)
        return parts.join(", ")
    }

    ColumnLayout {
        id: column
        x: Theme.spacingL
        y: Theme.spacingL
        width: parent.width - 3 * Theme.spacingL - buttons.width
        spacing: Theme.spacingS

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Tag {
                visible: delegate.ours
                text: qsTr("One of yours")
                tint: Theme.accent
                color: Theme.textOnAccent
                font.bold: true
            }
            Tag {
                text: delegate.rhythmNames[delegate.rhythm] ?? ""
                tint: Theme.accentSoft
                color: Theme.accentHover
            }
            Tag {
                text: delegate.sectionTitle
                visible: text.length > 0
                tint: Theme.sageSoft
            }
            Tag {
                visible: delegate.minutes > 0
                text: qsTr("about %n minute(s)", "", delegate.minutes)
            }
        }
        Label {
            Layout.fillWidth: true
            text: delegate.title
            font.bold: true
            font.pixelSize: Theme.textLead
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: delegate.text
            color: Theme.ink
            wrapMode: Text.WordWrap
            lineHeight: 1.25
        }
        Label {
            objectName: "ritualKept"
            Layout.fillWidth: true
            visible: delegate.everKept
            text: delegate.keptText
            color: Theme.sage
            font.italic: delegate.lastNote.length > 0
            wrapMode: Text.WordWrap
        }
    }

    // In the corner, placed by bindings: a RowLayout beside wrapping text kept
    // stale positions in Qt 6.4.
    Column {
        id: buttons
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        width: Math.max(tickButton.implicitWidth, oursButton.implicitWidth, undoButton.implicitWidth)
        spacing: Theme.spacingS

        PrimaryButton {
            id: tickButton
            objectName: "tickButton"
            width: buttons.width
            text: qsTr("We kept it\u2026")
            // Tab reaches the buttons of the highlighted row only; the arrows choose the row.
            focusPolicy: delegate.highlighted ? Qt.StrongFocus : Qt.NoFocus
            Accessible.name: qsTr("Tick off \u201C%1\u201D, with a note if you like").arg(delegate.title)
            onClicked: delegate.tickRequested()
        }
        QuietButton {
            id: oursButton
            objectName: "oursButton"
            width: buttons.width
            text: delegate.ours ? qsTr("Let it go") : qsTr("Make it ours")
            focusPolicy: delegate.highlighted ? Qt.StrongFocus : Qt.NoFocus
            Accessible.name: delegate.ours ? qsTr("Let \u201C%1\u201D go from your rituals").arg(delegate.title)
                                           : qsTr("Make \u201C%1\u201D one of your rituals").arg(delegate.title)
            onClicked: delegate.oursToggled()
        }
        QuietButton {
            id: undoButton
            objectName: "undoTickButton"
            width: buttons.width
            visible: delegate.canUndoTick
            text: qsTr("Undo the tick")
            focusPolicy: delegate.highlighted ? Qt.StrongFocus : Qt.NoFocus
            Accessible.name: qsTr("Take back the tick you just gave \u201C%1\u201D").arg(delegate.title)
            onClicked: delegate.undoRequested()
        }
    }

    TapHandler {
        onTapped: {
            delegate.ListView.view.currentIndex = delegate.index
            delegate.ListView.view.forceActiveFocus()
        }
    }
}
