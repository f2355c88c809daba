// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// The column of places to go, with the app's name and a privacy reminder.
Rectangle {
    id: rail

    property string currentPage
    property int favouriteCount
    property bool saving: true
    // The demo saves nothing on purpose: that is no cause for concern.
    property bool demo: false
    signal pageRequested(string name)

    color: Theme.rail

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    // The app's name at the top, the places below it and the privacy
    // reminder at the foot, with anchors rather than QtQuick.Layouts (AppShell).
    Row {
        id: brand
        x: Theme.spacingM + Theme.spacingS
        y: Theme.spacingM + Theme.spacingS
        spacing: Theme.spacingS

        // A small ember: the app's mark, drawn rather than shipped as an image.
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.scaled(26)
            height: width
            radius: width / 2
            gradient: Gradient {
                GradientStop { position: 0.0; color: Theme.emberGlow }
                GradientStop { position: 1.0; color: Theme.accent }
            }
            Accessible.ignored: true
        }
        T.Label {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Hearth")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textBrand
            color: Theme.ink
        }
    }

    // The places scroll when a small window or a large font cannot show
    // them all, instead of pushing the last ones out of reach.
    Flickable {
        id: places

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: brand.bottom
        anchors.bottom: privacy.top
        anchors.margins: Theme.spacingM
        anchors.topMargin: Theme.spacingL + Theme.spacingS
        anchors.bottomMargin: Theme.spacingS + Theme.spacingS
        contentHeight: placeList.height
        boundsBehavior: Flickable.StopAtBounds
        clip: contentHeight > height
        T.ScrollIndicator.vertical: PageScrollIndicator {}

        FocusInView {
            flickable: places
        }

        // The places one goes often at the top; data and settings at the
        // foot when there is room, just below the others when there is not.
        Item {
            id: placeList

            readonly property real spacing: Theme.spacingS / 4
            width: places.width
            height: Math.max(places.height, often.height + spacing + seldom.height)

            Column {
                id: often
                width: parent.width
                // Close together, so ten places fit a 640-pixel-high window.
                spacing: placeList.spacing

                NavigationButton {
                    width: parent.width
                    text: qsTr("Home")
                    shortcutText: "Ctrl+1"
                    checked: rail.currentPage === "home"
                    onClicked: rail.pageRequested("home")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("The guide")
                    shortcutText: "Ctrl+2"
                    checked: rail.currentPage === "guide"
                    onClicked: rail.pageRequested("guide")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Together")
                    shortcutText: "Ctrl+3"
                    checked: rail.currentPage === "together"
                    onClicked: rail.pageRequested("together-setup")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Practice")
                    shortcutText: "Ctrl+4"
                    checked: rail.currentPage === "practice"
                    onClicked: rail.pageRequested("practice")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Library")
                    shortcutText: "Ctrl+5"
                    checked: rail.currentPage === "library"
                    onClicked: rail.pageRequested("library")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Favourites")
                    badge: rail.favouriteCount > 0 ? String(rail.favouriteCount) : ""
                    shortcutText: "Ctrl+6"
                    checked: rail.currentPage === "favourites"
                    onClicked: rail.pageRequested("favourites")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Rituals")
                    shortcutText: "Ctrl+9"
                    checked: rail.currentPage === "rituals"
                    onClicked: rail.pageRequested("rituals")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Progress")
                    shortcutText: "Ctrl+0"
                    checked: rail.currentPage === "progress"
                    onClicked: rail.pageRequested("progress")
                }
            }

            Column {
                id: seldom
                width: parent.width
                y: Math.max(often.height + placeList.spacing, placeList.height - height)
                spacing: placeList.spacing

                NavigationButton {
                    width: parent.width
                    text: qsTr("Your data")
                    shortcutText: "Ctrl+7"
                    checked: rail.currentPage === "data"
                    onClicked: rail.pageRequested("data")
                }
                NavigationButton {
                    width: parent.width
                    text: qsTr("Settings")
                    shortcutText: "Ctrl+8"
                    checked: rail.currentPage === "settings"
                    onClicked: rail.pageRequested("settings")
                }
            }
        }
    }

    T.Label {
        id: privacy
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingM + Theme.spacingS
        text: rail.saving ? qsTr("Private by design: what you keep in Hearth stays on this computer.")
              : rail.demo ? qsTr("A demo: nothing here is kept, and your own data is untouched.")
                          : qsTr("Not saving: what you do now will not be kept. See Your data.")
        wrapMode: Text.WordWrap
        color: rail.saving || rail.demo ? Theme.inkSoft : Theme.caution
        font.bold: !rail.saving && !rail.demo
        font.pixelSize: Theme.textSmall
    }
}
