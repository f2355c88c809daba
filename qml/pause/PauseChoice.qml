// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Before a pause: which kind, and how long. The arrow keys move within each
// group, as on any desktop; Tab moves between the groups and to Begin.
ColumnLayout {
    id: choice

    required property PauseController pause
    property string kindId: pause.kinds.length > 0 ? pause.kinds[0].kindId : ""
    property int minutes: 2

    signal started()

    function focusFirst(reason: int) {
        const button = kindButtons.itemAt(Math.max(0, kindIndex())) as Item
        if (button)
            button.forceActiveFocus(reason)
    }

    function kindIndex(): int {
        for (let i = 0; i < pause.kinds.length; ++i) {
            if (pause.kinds[i].kindId === kindId)
                return i
        }
        return -1
    }

    function chooseKind(index: int) {
        const next = (index + pause.kinds.length) % pause.kinds.length
        kindId = pause.kinds[next].kindId
        const button = kindButtons.itemAt(next) as Item
        button.forceActiveFocus(Qt.TabFocusReason)
    }

    function chooseMinutes(value: int) {
        const span = pause.longestMinutes - pause.shortestMinutes + 1
        minutes = pause.shortestMinutes + ((value - pause.shortestMinutes + span) % span)
        const button = lengthButtons.itemAt(minutes - pause.shortestMinutes) as Item
        button.forceActiveFocus(Qt.TabFocusReason)
    }

    function begin() {
        if (pause.start(kindId, minutes))
            started()
    }

    spacing: Theme.spacingM

    PageHeader {
        Layout.fillWidth: true
        eyebrow: qsTr("A mindful pause")
        title: qsTr("A few quiet minutes for yourself")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Noticing what goes on inside you makes it easier to say it kindly later. Choose a way to pause and how long; you can stop whenever you like.")
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
        font.pixelSize: Theme.textLead
    }

    Label {
        Layout.topMargin: Theme.spacingS
        text: qsTr("How to pause")
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
        Accessible.name: qsTr("How to pause")

        Repeater {
            id: kindButtons
            model: choice.pause.kinds
            delegate: RadioButton {
                id: kindButton
                required property var modelData
                required property int index
                objectName: "pauseKind-" + modelData.kindId
                Layout.fillWidth: true
                text: modelData.title
                checked: choice.kindId === modelData.kindId
                focusPolicy: checked ? Qt.StrongFocus : Qt.ClickFocus
                Accessible.name: text
                Accessible.description: modelData.description
                onClicked: choice.kindId = modelData.kindId
                Keys.onUpPressed: choice.chooseKind(index - 1)
                Keys.onLeftPressed: choice.chooseKind(index - 1)
                Keys.onDownPressed: choice.chooseKind(index + 1)
                Keys.onRightPressed: choice.chooseKind(index + 1)
                Keys.onReturnPressed: choice.begin()
                Keys.onEnterPressed: choice.begin()
                contentItem: Column {
                    leftPadding: kindButton.indicator.width + kindButton.spacing
                    spacing: 2
                    Label {
                        width: parent.width - parent.leftPadding
                        text: kindButton.text
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        width: parent.width - parent.leftPadding
                        text: kindButton.modelData.description
                        color: Theme.inkSoft
                        font.pixelSize: Theme.textSmall
                        wrapMode: Text.WordWrap
                    }
                }
                FocusRing {
                    shown: kindButton.visualFocus
                }
            }
        }
    }

    Label {
        Layout.topMargin: Theme.spacingS
        text: qsTr("How long")
        font.family: Theme.headingFont
        font.pixelSize: Theme.textTitle
        color: Theme.ink
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingL
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("How long")

        Repeater {
            id: lengthButtons
            model: choice.pause.longestMinutes - choice.pause.shortestMinutes + 1
            delegate: RadioButton {
                id: lengthButton
                required property int index
                readonly property int value: choice.pause.shortestMinutes + index
                objectName: "pauseMinutes-" + value
                text: qsTr("%n minute(s)", "", value)
                checked: choice.minutes === value
                focusPolicy: checked ? Qt.StrongFocus : Qt.ClickFocus
                Accessible.name: text
                onClicked: choice.minutes = value
                Keys.onUpPressed: choice.chooseMinutes(value - 1)
                Keys.onLeftPressed: choice.chooseMinutes(value - 1)
                Keys.onDownPressed: choice.chooseMinutes(value + 1)
                Keys.onRightPressed: choice.chooseMinutes(value + 1)
                Keys.onReturnPressed: choice.begin()
                Keys.onEnterPressed: choice.begin()
                FocusRing {
                    shown: lengthButton.visualFocus
                }
            }
        }
    }

    PrimaryButton {
        objectName: "beginPause"
        Layout.topMargin: Theme.spacingM
        text: qsTr("Begin")
        Accessible.name: qsTr("Begin the pause (Enter)")
        onClicked: choice.begin()
    }
}
