// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The plan is done: no more cards unless they both want one. Closing is the
// first choice, one more the second, both a key away.
Rectangle {
    id: panel

    required property var session

    function focusFirst() {
        closeButton.forceActiveFocus(Qt.TabFocusReason) // a ring shows where Space lands
    }

    radius: Theme.radius * 2
    color: Theme.surface
    border.color: Theme.border
    border.width: 3
    Accessible.role: Accessible.Pane
    Accessible.name: session.planNote

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 640)
        spacing: Theme.spacingL

        Label {
            objectName: "planDoneTitle"
            Layout.fillWidth: true
            text: panel.session.planNote
            font.family: Theme.headingFont
            font.pixelSize: Theme.textHeading
            color: Theme.ink
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You can close here with a short closing, or take one more card if you would both like to.")
            font.pixelSize: Theme.textLead
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            PrimaryButton {
                id: closeButton
                objectName: "closeForTodayButton"
                text: qsTr("Close for today (C)")
                Accessible.name: qsTr("Close for today, with a short closing")
                KeyNavigation.tab: oneMoreButton
                onClicked: panel.session.finish()
            }
            Button {
                id: oneMoreButton
                objectName: "oneMoreButton"
                text: qsTr("One more (M)")
                Accessible.name: qsTr("One more card")
                KeyNavigation.tab: closeButton
                onClicked: panel.session.oneMore()
            }
        }
    }
}
