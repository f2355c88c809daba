// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.topMargin: Theme.spacingS
            Layout.bottomMargin: Theme.spacingL
            Layout.leftMargin: Theme.spacingS
            spacing: Theme.spacingS

            // A small ember: the app's mark, drawn rather than shipped as an image.
            Rectangle {
                width: Theme.scaled(26)
                height: width
                radius: width / 2
                gradient: Gradient {
                    GradientStop { position: 0.0; color: Theme.emberGlow }
                    GradientStop { position: 1.0; color: Theme.accent }
                }
                Accessible.ignored: true
            }
            Label {
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

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: placeList.height
            boundsBehavior: Flickable.StopAtBounds
            clip: contentHeight > height
            ScrollIndicator.vertical: ScrollIndicator {}

            FocusInView {
                flickable: places
            }

            ColumnLayout {
                id: placeList

                width: places.width
                height: Math.max(places.height, implicitHeight)
                // Close together, so ten places fit a 640-pixel-high window.
                spacing: Theme.spacingS / 4

                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Home")
                    shortcutText: "Ctrl+1"
                    checked: rail.currentPage === "home"
                    onClicked: rail.pageRequested("home")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("The guide")
                    shortcutText: "Ctrl+2"
                    checked: rail.currentPage === "guide"
                    onClicked: rail.pageRequested("guide")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Together")
                    shortcutText: "Ctrl+3"
                    checked: rail.currentPage === "together"
                    onClicked: rail.pageRequested("together-setup")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Practice")
                    shortcutText: "Ctrl+4"
                    checked: rail.currentPage === "practice"
                    onClicked: rail.pageRequested("practice")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Library")
                    shortcutText: "Ctrl+5"
                    checked: rail.currentPage === "library"
                    onClicked: rail.pageRequested("library")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Favourites")
                    badge: rail.favouriteCount > 0 ? String(rail.favouriteCount) : ""
                    shortcutText: "Ctrl+6"
                    checked: rail.currentPage === "favourites"
                    onClicked: rail.pageRequested("favourites")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Rituals")
                    shortcutText: "Ctrl+9"
                    checked: rail.currentPage === "rituals"
                    onClicked: rail.pageRequested("rituals")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Progress")
                    shortcutText: "Ctrl+0"
                    checked: rail.currentPage === "progress"
                    onClicked: rail.pageRequested("progress")
                }

                Item {
                    Layout.fillHeight: true
                }

                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Your data")
                    shortcutText: "Ctrl+7"
                    checked: rail.currentPage === "data"
                    onClicked: rail.pageRequested("data")
                }
                NavigationButton {
                    Layout.fillWidth: true
                    text: qsTr("Settings")
                    shortcutText: "Ctrl+8"
                    checked: rail.currentPage === "settings"
                    onClicked: rail.pageRequested("settings")
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            text: rail.saving ? qsTr("Private by design: what you keep in Hearth stays on this computer.")
                  : rail.demo ? qsTr("A demo: nothing here is kept, and your own data is untouched.")
                              : qsTr("Not saving: what you do now will not be kept. See Your data.")
            wrapMode: Text.WordWrap
            color: rail.saving || rail.demo ? Theme.inkSoft : Theme.caution
            font.bold: !rail.saving && !rail.demo
            font.pixelSize: Theme.textSmall
        }
    }
}
