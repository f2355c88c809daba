// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The rituals of connection: browse them by rhythm, choose a few as your
// own, tick one off when you keep it (with a note if you like), and take a
// tick back. Nothing here counts days or keeps score.
// Keys: Up/Down move, Return ticks off, O makes a ritual yours or lets it go, U undoes a tick.
FocusScope {
    id: page
    objectName: "ritualsPage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    readonly property alias results: results
    readonly property alias list: list
    readonly property alias tickDialog: tickDialog
    // "ours", "daily", "weekly", "occasional", or "" for all: their own when
    // they have some (chosen once, so choosing the first does not switch tabs).
    property string shown: "daily"
    Component.onCompleted: shown = App.rituals.ourCount > 0 ? "ours" : "daily"

    signal messageRequested(string message, string action)

    // Opens the list on one ritual, as Home's "one for this week" does.
    function showRitual(ritualId: string) {
        const ritual = App.rituals.get(App.rituals.rowOf(ritualId))
        if (ritual.ritualId === undefined)
            return
        shown = ritual.ours ? "ours" : ritual.rhythm
        selectRitual(ritualId)
    }

    function selectRitual(ritualId: string) {
        list.forceLayout()
        const row = results.rowOf(ritualId)
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Contain)
        }
        list.forceActiveFocus()
    }

    function current(): var {
        list.settleCurrent()
        return results.get(list.currentIndex)
    }

    function askTick(ritualId: string, title: string) {
        tickDialog.ask(ritualId, title)
    }

    function toggleOurs(ritualId: string, title: string, ours: bool) {
        if (ours) {
            if (App.rituals.letGo(ritualId))
                messageRequested(qsTr("\u201C%1\u201D is no longer one of yours. The times you kept it stay.").arg(title), "")
        } else if (App.rituals.choose(ritualId)) {
            messageRequested(qsTr("\u201C%1\u201D is one of yours now.").arg(title), "")
        }
    }

    function undoTick(ritualId: string, title: string) {
        if (App.rituals.undoTick(ritualId))
            messageRequested(qsTr("The tick for \u201C%1\u201D is taken back.").arg(title), "")
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Rituals")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Left", "Right"], action: qsTr("Choose which rituals to see, on the row of tabs")},
        {keys: ["Up", "Down"], action: qsTr("Move through the rituals")},
        {keys: ["Return"], action: qsTr("Tick off the highlighted ritual, with a note if you like")},
        {keys: ["O"], action: qsTr("Make the highlighted ritual yours, or let it go")},
        {keys: ["U"], action: qsTr("Take back the tick you just gave it")}
    ]

    RitualsFilterModel {
        id: results
        objectName: "ritualResults"
        sourceModel: App.rituals
        oursOnly: page.shown === "ours"
        rhythm: page.shown === "ours" ? "" : page.shown
    }

    TickDialog {
        id: tickDialog
        objectName: "tickDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 2 * Theme.spacingL)
        onTickConfirmed: (ritualId, note) => {
            if (App.rituals.tick(ritualId, note))
                page.messageRequested(qsTr("Ticked off. That was time for each other."), "")
            page.selectRitual(ritualId)
        }
        onRejected: list.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.bottomMargin: 0
        spacing: Theme.spacingM

        PageHeader {
            Layout.fillWidth: true
            eyebrow: qsTr("Rituals")
            title: qsTr("Small rituals that keep you close")
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
            text: qsTr("Little moments you come back to, together. Choose a few that feel like yours, and tick one off when you have kept it. There is no schedule to keep up with: any time you give each other counts.")
        }

        TabBar {
            id: tabs
            objectName: "ritualTabs"
            Layout.fillWidth: true
            readonly property var names: ["ours", "daily", "weekly", "occasional", ""]
            currentIndex: names.indexOf(page.shown)
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Which rituals to see")
            background: Rectangle { color: "transparent" }

            PracticeTab {
                text: qsTr("Yours")
                onClicked: page.shown = "ours"
            }
            PracticeTab {
                text: qsTr("Daily")
                onClicked: page.shown = "daily"
            }
            PracticeTab {
                text: qsTr("Weekly")
                onClicked: page.shown = "weekly"
            }
            PracticeTab {
                text: qsTr("Now and then")
                onClicked: page.shown = "occasional"
            }
            PracticeTab {
                text: qsTr("All")
                onClicked: page.shown = ""
            }
            KeyNavigation.down: list
        }

        KeyboardListView {
            id: list
            objectName: "ritualsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            clip: true
            spacing: Theme.spacingS
            model: results
            bottomMargin: Theme.spacingL
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Rituals")
            ScrollBar.vertical: ScrollBar {}

            delegate: RitualDelegate {
                onTickRequested: {
                    list.currentIndex = index
                    page.askTick(ritualId, title)
                }
                onOursToggled: {
                    list.currentIndex = index
                    page.toggleOurs(ritualId, title, ours)
                }
                onUndoRequested: page.undoTick(ritualId, title)
            }

            Keys.onPressed: event => {
                const row = page.current()
                if (row.ritualId === undefined || event.modifiers !== Qt.NoModifier)
                    return
                if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    page.askTick(row.ritualId, row.title)
                    event.accepted = true
                } else if (event.key === Qt.Key_O) {
                    page.toggleOurs(row.ritualId, row.title, row.ours)
                    event.accepted = true
                } else if (event.key === Qt.Key_U) {
                    page.undoTick(row.ritualId, row.title)
                    event.accepted = true
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width, 520)
                visible: list.count === 0
                spacing: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    text: qsTr("None of your own yet")
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textTitle
                    color: Theme.ink
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Look through the daily, weekly and occasional ones, and choose any that feel like the two of you.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
