// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Help for the one who listens: ways to reflect back what they heard, and
// questions that check they understood. The listener's own hint for this card
// comes first when there is one.
Rectangle {
    id: panel

    property string listenerName
    property string speakerName
    property color listenerColour: Theme.sage
    property string hint
    property bool heard
    property bool canMarkHeard: true
    signal heardMarked()

    readonly property var guide: App.listeningGuide()
    // For tests: the words must keep clear of it.
    readonly property Item scrollBar: scroller.ScrollBar.vertical
    property int step: 0

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Help for %1, who is listening").arg(listenerName)

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        contentWidth: availableWidth
        clip: true
        // On a small screen the starters run past the panel: say so with a scroll bar.
        ScrollBar.vertical.policy: contentHeight > availableHeight ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded

    ColumnLayout {
        id: column
        objectName: "listenerColumn"
        // The Basic style's scroll bar lies over the content: leave it its own strip,
        // so no word runs under it.
        width: scroller.availableWidth - scroller.ScrollBar.vertical.width - Theme.spacingXs
        spacing: Theme.spacingM

        // A Flow, not a row: in a narrow panel the words wrap instead of
        // pushing the whole column wider than the panel.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                text: qsTr("For")
                color: Theme.inkSoft
                height: listenerChip.height
                verticalAlignment: Text.AlignVCenter
            }
            PartnerChip {
                id: listenerChip
                name: panel.listenerName
                tint: panel.listenerColour
                fontSize: Theme.textBody
            }
            Label {
                text: qsTr("while you listen")
                color: Theme.inkSoft
                height: listenerChip.height
                verticalAlignment: Text.AlignVCenter
            }
        }

        // At the top, where it is seen: the speaker's word that they feel heard.
        QuietButton {
            // At large text in a narrow panel the words wrap rather than being cut.
            Layout.maximumWidth: column.width
            wrapMode: Text.WordWrap
            visible: panel.canMarkHeard
            enabled: !panel.heard
            // The speaker presses it, so it speaks in their name.
            text: panel.heard ? qsTr("\u2713 %1 feels heard").arg(panel.speakerName)
                              : qsTr("%1: \u201Cyou got it\u201D (G)").arg(panel.speakerName)
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("%1 says: you got it").arg(panel.speakerName)
            onClicked: panel.heardMarked()
        }

        Label {
            Layout.fillWidth: true
            visible: panel.hint.length > 0
            text: panel.hint
            color: Theme.sage
            font.italic: true
            wrapMode: Text.WordWrap
        }

        // Mirror, validate, empathise: three ways to show you heard.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Repeater {
                model: panel.guide.steps
                delegate: AbstractButton {
                    id: stepButton
                    required property int index
                    required property var modelData
                    readonly property bool chosen: panel.step === index
                    text: String(modelData.title).split(":")[0]
                    focusPolicy: Qt.TabFocus
                    padding: Theme.spacingS
                    leftPadding: Theme.spacingM
                    rightPadding: Theme.spacingM
                    Accessible.role: Accessible.PageTab
                    Accessible.name: modelData.title
                    onClicked: panel.step = index
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: stepButton.chosen ? Theme.sageSoft : "transparent"
                        border.width: stepButton.visualFocus ? 2 : 1
                        border.color: stepButton.visualFocus ? Theme.focusRing : (stepButton.chosen ? Theme.sage : Theme.border)
                    }
                    contentItem: Label {
                        text: stepButton.text
                        font.bold: stepButton.chosen
                        color: Theme.ink
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: panel.guide.steps.length > 0 ? panel.guide.steps[panel.step].explanation : ""
            color: Theme.inkSoft
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }

        Repeater {
            model: panel.guide.steps.length > 0 ? panel.guide.steps[panel.step].starters : []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "\u201C" + modelData + "\u201D"
                color: Theme.ink
                font.pixelSize: Theme.textSmall + 1
                wrapMode: Text.WordWrap
            }
        }

        Label {
            Layout.topMargin: Theme.spacingS
            text: qsTr("Then check")
            font.bold: true
            color: Theme.ink
        }
        Repeater {
            model: panel.guide.checkBacks
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "\u2022 " + modelData
                color: Theme.ink
                font.pixelSize: Theme.textSmall + 1
                wrapMode: Text.WordWrap
            }
        }

    }
    }
}
