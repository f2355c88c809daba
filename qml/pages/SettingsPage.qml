// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// How Hearth looks and moves: light, dark, evening or as the desktop is, and
// less motion. A choice shows at once and is kept for next time.
FocusScope {
    id: page
    // Takes the focus its slot in AppShell is given.
    focus: true
    objectName: "settingsPage"

    readonly property Appearance appearance: App.appearance
    // The theme choices, in the order the arrow keys walk them.
    readonly property var themeChoices: [
        { choice: Appearance.Light, name: "light", text: qsTr("Light"),
          detail: qsTr("Warm paper, for daylight.") },
        { choice: Appearance.Dark, name: "dark", text: qsTr("Dark"),
          detail: qsTr("Deep brown, easy on the eyes in a dim room.") },
        { choice: Appearance.Evening, name: "evening", text: qsTr("Evening"),
          detail: qsTr("Warm and dim, with little blue light, for talking late at night.") },
        { choice: Appearance.FollowSystem, name: "system", text: qsTr("Follow the system"),
          detail: qsTr("Light or dark, as your desktop is.") }
    ]

    // Arrow keys move through a group of radio buttons and choose, as on any desktop.
    function chooseNeighbour(index: int, step: int) {
        const next = (index + step + themeChoices.length) % themeChoices.length
        // Focus first, as a key moves it (so the ring shows), then the choice.
        const button = themeButtons.itemAt(next) as Item
        button.forceActiveFocus(Qt.TabFocusReason)
        appearance.choice = themeChoices[next].choice
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, Theme.readingWidth)
            x: Theme.spacingXl
            spacing: Theme.spacingM

            Item { Layout.preferredHeight: Theme.spacingM }

            PageHeader {
                Layout.fillWidth: true
                eyebrow: qsTr("Settings")
                title: qsTr("Make Hearth comfortable")
            }

            Label {
                Layout.topMargin: Theme.spacingM
                text: qsTr("Appearance")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Appearance")

                Repeater {
                    id: themeButtons
                    model: page.themeChoices
                    delegate: RadioButton {
                        id: themeButton
                        required property var modelData
                        required property int index
                        objectName: "theme-" + modelData.name
                        Layout.fillWidth: true
                        text: modelData.text
                        checked: page.appearance.choice === modelData.choice
                        focus: checked
                        // One stop for the group on Tab; the arrows move within it.
                        focusPolicy: checked ? Qt.StrongFocus : Qt.ClickFocus
                        Accessible.name: text
                        Accessible.description: modelData.detail
                        onClicked: page.appearance.choice = modelData.choice
                        Keys.onUpPressed: page.chooseNeighbour(index, -1)
                        Keys.onLeftPressed: page.chooseNeighbour(index, -1)
                        Keys.onDownPressed: page.chooseNeighbour(index, 1)
                        Keys.onRightPressed: page.chooseNeighbour(index, 1)
                        contentItem: Column {
                            leftPadding: themeButton.indicator.width + themeButton.spacing
                            spacing: 2
                            Label {
                                width: parent.width - parent.leftPadding
                                text: themeButton.text
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                width: parent.width - parent.leftPadding
                                text: themeButton.modelData.detail
                                color: Theme.inkSoft
                                font.pixelSize: Theme.textSmall
                                wrapMode: Text.WordWrap
                            }
                        }
                        FocusRing {
                            shown: themeButton.visualFocus
                        }
                    }
                }
            }

            // What following the system does here: said plainly, also when it cannot.
            Label {
                objectName: "systemThemeNote"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                text: !page.appearance.systemKnown
                      ? qsTr("Your desktop does not tell Hearth whether it is light or dark, so following the system means Light here.")
                      : page.appearance.systemDark ? qsTr("Your desktop is dark now, so following the system means Dark.")
                                                   : qsTr("Your desktop is light now, so following the system means Light.")
            }

            Label {
                Layout.topMargin: Theme.spacingL
                text: qsTr("Motion")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Switch {
                id: reduceMotion
                objectName: "reduceMotion"
                text: qsTr("Reduce motion")
                checked: page.appearance.reduceMotion
                Accessible.name: text
                Accessible.description: motionDetail.text
                onToggled: page.appearance.reduceMotion = checked
                FocusRing {
                    shown: reduceMotion.visualFocus
                }
            }
            Label {
                id: motionDetail
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                text: qsTr("Messages come and go without fading, and the breathing guide keeps its rhythm in words instead of a growing circle.")
            }

            Label {
                Layout.topMargin: Theme.spacingL
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                text: App.demo ? qsTr("In the demo, these choices last until Hearth closes.")
                               : qsTr("These choices are kept on this computer for next time, apart from your words.")
            }

            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
