// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A mindful pause of one to three minutes: choose a kind and a length, pause
// with a calm rhythm, then write about it or go back. Escape finishes a pause
// at any moment, and leaves the page once it is over.
FocusScope {
    id: page
    // Takes the focus its slot in AppShell is given.
    focus: true
    objectName: "pausePage"

    readonly property PauseController pause: App.pause
    readonly property int stage: pause.stage

    signal journalRequested(string promptId, string sectionId)
    signal homeRequested()

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Up", "Down"], action: qsTr("Choose a kind of pause or a length")},
        {keys: ["Return"], action: qsTr("Begin the pause")},
        {keys: ["Space"], action: qsTr("Rest the pause a moment, or carry on")},
        {keys: ["Escape"], action: qsTr("Finish the pause now; afterwards, go back to Home")}
    ]

    // Gives the keyboard to what the stage showing begins with.
    function focusStage(reason: int) {
        if (stage === PauseController.Choosing)
            choice.focusFirst(reason)
        else if (stage === PauseController.Finished)
            afterwards.focusFirst(reason)
        else
            inProgress.focusFirst(reason)
    }

    // The control that had the keys was just hidden with its stage: the keys
    // move on to the next stage's first control, with its ring showing, as Tab
    // would; once the stages' visibility has followed.
    onStageChanged: if (visible) focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: page.focusStage(Qt.TabFocusReason)
    }
    // Leaving the page mid-pause rests it; it waits here, to carry on or finish.
    // (Not before it was first shown: a page is made hidden, then shown.)
    property bool shownOnce: false
    onVisibleChanged: {
        if (visible)
            shownOnce = true
        else if (shownOnce)
            pause.hold()
    }
    // Only when the page itself is given the focus, as AppShell does on showing it.
    onActiveFocusChanged: if (activeFocus && Window.activeFocusItem === page) focusStage(Qt.OtherFocusReason)

    Keys.onEscapePressed: {
        if (stage === PauseController.Running || stage === PauseController.Held)
            pause.finishEarly()
        else if (stage === PauseController.Finished)
            homeRequested()
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("A mindful pause")

    Rectangle {
        anchors.fill: parent
        color: Theme.pauseBackground
        visible: page.stage !== PauseController.Choosing
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: choice.implicitHeight + 2 * Theme.spacingL
        visible: page.stage === PauseController.Choosing

        PauseChoice {
            id: choice
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, Theme.readingWidth)
            x: Theme.spacingXl
            y: Theme.spacingL
            pause: page.pause
        }
    }

    // At its own height, centred; in a small window the circle gives up room first.
    PauseInProgress {
        id: inProgress
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXl
        height: Math.min(parent.height - 2 * Theme.spacingL, implicitHeight)
        visible: page.stage === PauseController.Running || page.stage === PauseController.Held
        pause: page.pause
    }

    PauseAfterwards {
        id: afterwards
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.readingWidth)
        visible: page.stage === PauseController.Finished
        pause: page.pause
        onJournalRequested: (promptId, sectionId) => page.journalRequested(promptId, sectionId)
        onHomeRequested: page.homeRequested()
    }
}
