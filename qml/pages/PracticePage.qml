// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Practice alone: build a statement step by step, free-write with the coach
// reading along, do the rewrite drills, or write in a journal. One page, four
// tabs, each named as a page of its own (practice, coach, drills, journal) for
// links and --page.
FocusScope {
    id: page
    objectName: "practicePage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    readonly property var tabNames: ["practice", "coach", "drills", "journal"]
    property string tab: "practice"
    readonly property int tabIndex: Math.max(0, tabNames.indexOf(tab))

    // The drill to show when the drills tab opens: the last one, or one a link from the guide chose.
    property int drillRow: 0

    signal tabShown(string name)
    signal messageRequested(string message, string action)

    function showTab(name: string) {
        if (tabNames.indexOf(name) < 0)
            return
        tab = name
        focusView()
    }

    // Opens the drills at the first one not done yet from a part of the guide.
    function showDrillsOf(sectionId: string) {
        const row = App.drills.firstOfSection(sectionId)
        if (row >= 0)
            drillRow = row
        showTab("drills")
        if (drillsLoader.item)
            (drillsLoader.item as DrillsView).showDrill(drillRow)
    }

    // Opens the journal on the prompts of a part of the guide.
    property string journalSection
    function showJournalOf(sectionId: string) {
        journalSection = sectionId
        showTab("journal")
        if (journalLoader.item)
            (journalLoader.item as JournalView).showPromptsOf(sectionId)
    }

    // Opens a new journal page on one prompt (one a mindful pause offered).
    property string journalPromptId
    function showJournalPrompt(promptId: string, sectionId: string) {
        journalSection = sectionId
        journalPromptId = promptId // for the journal made by showing its tab
        showTab("journal")
        if (journalPromptId.length > 0 && journalLoader.item) {
            (journalLoader.item as JournalView).showPrompt(promptId)
            journalPromptId = ""
        }
    }

    // The keys of the tab showing, listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: {
        const loaders = [builderLoader, coachLoader, drillsLoader, journalLoader]
        const view = loaders[tabIndex].item
        return view ? view["keyHelp"] : []
    }

    // Gives the keyboard to the tab that is showing.
    function focusView() {
        if (tabIndex === 0 && builderLoader.item)
            (builderLoader.item as BuilderView).focusFirst()
        else if (tabIndex === 1 && coachLoader.item)
            (coachLoader.item as CoachView).focusFirst()
        else if (tabIndex === 2 && drillsLoader.item)
            (drillsLoader.item as DrillsView).focusFirst()
        else if (tabIndex === 3 && journalLoader.item)
            (journalLoader.item as JournalView).focusFirst()
    }

    onTabChanged: tabShown(tab)
    // Only when the page itself is given the focus: Tab into its first
    // controls (a list, Reset) must stay there, not jump to the writing.
    onActiveFocusChanged: if (activeFocus && Window.activeFocusItem === page) focusView()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Practice")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        anchors.topMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingM

        // The tabs sit beside the title when both fit on one line, and under it
        // otherwise, so the title never breaks mid-phrase in a small window.
        // Measured on the longest title, so the tabs stay put from tab to tab
        // (and the header's own width, which wrapping makes depend on the
        // layout, never feeds back into it: a polish loop in Qt 6.4).
        TextMetrics {
            id: longestTitle
            font.family: Theme.headingFont
            font.pixelSize: Theme.textHeading
            text: qsTr("Say it so it can be heard")
        }
        GridLayout {
            Layout.fillWidth: true
            columns: Math.ceil(longestTitle.advanceWidth) + columnSpacing + tabs.implicitWidth <= width ? 2 : 1
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingS

            PageHeader {
                id: header
                Layout.fillWidth: true
                objectName: "practiceHeader"
                eyebrow: qsTr("Practice")
                // The journal is for knowing yourself, not for saying things to a partner.
                title: page.tab === "journal" ? qsTr("Know yourself") : qsTr("Say it so it can be heard")
            }

            TabBar {
                id: tabs
                objectName: "practiceTabs"
                Layout.alignment: Qt.AlignBottom | Qt.AlignLeft
                currentIndex: page.tabIndex
                Accessible.role: Accessible.PageTabList
                Accessible.name: qsTr("Ways to practise")
                background: Rectangle { color: "transparent" }

                PracticeTab {
                    text: qsTr("Build a statement")
                    onClicked: page.showTab("practice")
                }
                PracticeTab {
                    text: qsTr("Free-write coach")
                    onClicked: page.showTab("coach")
                }
                PracticeTab {
                    text: qsTr("Rewrite drills")
                    onClicked: page.showTab("drills")
                }
                PracticeTab {
                    text: qsTr("Journal")
                    onClicked: page.showTab("journal")
                }
            }
        }

        // Each tab is made when it is shown, and let go when the page is left:
        // Qt 6.4's layouts do not re-lay children that changed while hidden, and
        // a start that never practises pays nothing. What they hold lives in C++.
        StackLayout {
            id: views
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.tabIndex

            Loader {
                id: builderLoader
                active: page.visible && page.tabIndex === 0
                sourceComponent: BuilderView {}
                onLoaded: {
                    const builder = item as BuilderView
                    builder.messageRequested.connect(page.messageRequested)
                    page.focusView()
                }
            }
            Loader {
                id: coachLoader
                active: page.visible && page.tabIndex === 1
                sourceComponent: CoachView {}
                onLoaded: {
                    const coach = item as CoachView
                    coach.messageRequested.connect(page.messageRequested)
                    page.focusView()
                }
            }
            Loader {
                id: drillsLoader
                active: page.visible && page.tabIndex === 2
                sourceComponent: DrillsView {}
                onLoaded: {
                    const drills = item as DrillsView
                    drills.messageRequested.connect(page.messageRequested)
                    drills.showDrill(page.drillRow)
                    drills.drillShown.connect(row => page.drillRow = row)
                    page.focusView()
                }
            }
            Loader {
                id: journalLoader
                active: page.visible && page.tabIndex === 3
                sourceComponent: JournalView {}
                onLoaded: {
                    const journal = item as JournalView
                    journal.messageRequested.connect(page.messageRequested)
                    if (page.journalSection.length > 0)
                        journal.showPromptsOf(page.journalSection)
                    if (page.journalPromptId.length > 0) {
                        journal.showPrompt(page.journalPromptId)
                        page.journalPromptId = "" // once: the next visit keeps its own page
                    }
                    page.focusView()
                }
            }
        }
    }
}
