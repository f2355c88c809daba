// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Hearth

// The window's content: navigation on the left, the current page on the right,
// banners above, passing messages below. Kept apart from Main.qml so tests can
// load it into their own window.
FocusScope {
    id: shell

    readonly property var pageNames: ["home", "guide", "library", "favourites", "data"]
    property string currentPage: "home"
    readonly property Item currentPageItem: pages.children[pageNames.indexOf(currentPage)] ?? null

    function showPage(name: string): bool {
        if (pageNames.indexOf(name) < 0)
            return false
        currentPage = name
        currentPageItem.forceActiveFocus()
        return true
    }

    function showGuideSection(sectionId: string) {
        guidePage.showSection(sectionId)
        showPage("guide")
    }

    function showMessage(message: string, action: string) {
        messageBar.show(message, action)
    }

    function undo() {
        if (App.favourites.canUndo) {
            App.favourites.undo()
            messageBar.show(qsTr("Undone."), "")
        }
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
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: shell.showPage("library")
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: shell.showPage("favourites")
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: shell.showPage("data")
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            if (shell.currentPage === "library")
                libraryPage.focusSearch()
            else if (shell.currentPage === "favourites")
                favouritesPage.focusSearch()
            else {
                shell.showPage("library")
                libraryPage.focusSearch()
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+Z"
        // Text fields keep their own undo while they have focus.
        enabled: App.favourites.canUndo
        onActivated: shell.undo()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            currentPage: shell.currentPage
            favouriteCount: App.favourites.count
            saving: App.saving
            onPageRequested: name => shell.showPage(name)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StorageBanner {
                Layout.fillWidth: true
                notice: App.storageNotice
                saving: App.saving
            }
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
                LibraryPage {
                    id: libraryPage
                    objectName: "libraryPage"
                    onMessageRequested: (message, action) => shell.showMessage(message, action)
                }
                FavouritesPage {
                    id: favouritesPage
                    objectName: "favouritesPage"
                    onMessageRequested: (message, action) => shell.showMessage(message, action)
                }
                DataPage {
                    onMessageRequested: (message, action) => shell.showMessage(message, action)
                }
            }
        }
    }

    MessageBar {
        id: messageBar
        objectName: "messageBar"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.horizontalCenterOffset: Theme.railWidth / 2
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
        onActionTriggered: shell.undo()
    }
}
