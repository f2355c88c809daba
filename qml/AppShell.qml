// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Hearth

// The window's content: navigation on the left, the current page on the right.
// Kept apart from Main.qml so tests can load it into their own window.
FocusScope {
    id: shell

    readonly property var pageNames: ["home", "guide"]
    property string currentPage: "home"

    function showPage(name: string) {
        if (pageNames.indexOf(name) < 0)
            return false
        currentPage = name
        pages.children[pageNames.indexOf(name)].forceActiveFocus()
        return true
    }

    function showGuideSection(sectionId: string) {
        guidePage.showSection(sectionId)
        showPage("guide")
    }

    Component.onCompleted: showPage(currentPage)

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: shell.showPage("home")
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: shell.showPage("guide")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            currentPage: shell.currentPage
            onPageRequested: name => shell.showPage(name)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ContentProblemsBanner {
                Layout.fillWidth: true
                problems: App.contentProblems
            }

            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: shell.pageNames.indexOf(shell.currentPage)

                HomePage {
                    onGuideRequested: shell.showPage("guide")
                    onSectionRequested: sectionId => shell.showGuideSection(sectionId)
                }
                GuidePage {
                    id: guidePage
                }
            }
        }
    }
}
