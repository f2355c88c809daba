// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The time the couple has given each other, in pictures: the weeks they
// talked or kept a ritual, how far their conversations went in each part of
// the guide, and what the coach notices in practice over the months. Counts
// of what happened, never of what did not; nothing per partner, no score.
// Each picture is one Tab stop, its arrows move inside it, and the line
// under it says in words what the keys are on.
FocusScope {
    id: page
    // Takes the focus its slot in AppShell is given.
    focus: true
    objectName: "progressPage"

    readonly property ProgressOverview progress: App.progress

    signal togetherRequested()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Progress")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Left", "Right"], action: qsTr("Move from week to week, or from month to month")},
        {keys: ["Up", "Down"], action: qsTr("Move between months of the calendar, parts of the guide or kinds of words")}
    ]

    // Read again whenever the page is shown: the weeks move on, and what was
    // written elsewhere since shows here.
    onVisibleChanged: if (visible) progress.refresh()
    Component.onCompleted: progress.refresh()

    FocusInView {
        flickable: scroller.contentItem as Flickable
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, 1100)
            x: (scroller.availableWidth - width) / 2
            spacing: Theme.spacingM

            Item { Layout.preferredHeight: Theme.spacingM }

            PageHeader {
                Layout.fillWidth: true
                eyebrow: qsTr("Progress")
                title: qsTr("The time you have given each other")
            }

            // Nothing yet: a welcome, not a blank chart.
            Panel {
                objectName: "progressWelcome"
                Layout.fillWidth: true
                Layout.preferredHeight: welcome.implicitHeight + 2 * Theme.spacingL
                visible: !page.progress.hasAnything

                ColumnLayout {
                    id: welcome
                    x: Theme.spacingL
                    y: Theme.spacingL
                    width: parent.width - 2 * Theme.spacingL
                    spacing: Theme.spacingM

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Nothing to see here yet, and that is fine.")
                        font.family: Theme.headingFont
                        font.pixelSize: Theme.textTitle
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("As you talk together, keep your rituals and practise saying things kindly, this page fills in with quiet pictures of the time you have given each other. It never keeps score.")
                        color: Theme.inkSoft
                        wrapMode: Text.WordWrap
                    }
                    PrimaryButton {
                        text: qsTr("Talk together")
                        Accessible.name: qsTr("Talk together: choose your first cards")
                        onClicked: page.togetherRequested()
                    }
                }
            }

            ProgressSection {
                visible: page.progress.hasAnything
                heading: qsTr("Weeks together")
                summary: page.progress.weeksSummary
                showPicture: page.progress.weeks.count > 0
                caption: weeks.currentDescription

                WeeksCalendar {
                    id: weeks
                    objectName: "weeksCalendar"
                    weeks: page.progress.weeks
                    width: parent.width
                    height: implicitHeight
                }
                Flow {
                    width: parent.width
                    spacing: Theme.spacingL
                    Repeater {
                        model: [
                            {talked: true, kept: false, text: qsTr("You talked")},
                            {talked: false, kept: true, text: qsTr("You kept a ritual")},
                            {talked: true, kept: true, text: qsTr("Both")}
                        ]
                        delegate: Row {
                            id: legendEntry
                            required property var modelData
                            spacing: Theme.spacingXs
                            WeekMark {
                                width: Theme.scaled(22)
                                height: width
                                anchors.verticalCenter: parent.verticalCenter
                                talked: legendEntry.modelData.talked
                                kept: legendEntry.modelData.kept
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                text: legendEntry.modelData.text
                                color: Theme.inkSoft
                                font.pixelSize: Theme.textSmall
                            }
                        }
                    }
                }
            }

            ProgressSection {
                visible: page.progress.hasAnything
                heading: qsTr("Where your conversations went")
                summary: page.progress.sectionsSummary
                showPicture: page.progress.sections.explored > 0
                caption: depths.currentDescription

                SectionDepths {
                    id: depths
                    objectName: "sectionDepths"
                    sections: page.progress.sections
                    width: parent.width
                    height: implicitHeight
                }
            }

            ProgressSection {
                visible: page.progress.hasAnything
                heading: qsTr("Practising alone")
                summary: page.progress.practiceSummary
                showPicture: page.progress.practice.count > 0
                caption: findings.currentDescription

                FindingsOverTime {
                    id: findings
                    objectName: "findingsOverTime"
                    practice: page.progress.practice
                    width: parent.width
                    height: implicitHeight
                }
            }

            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }

    // A heading, a sentence, the picture on a panel and the words for what the keys are on.
    component ProgressSection: ColumnLayout {
        id: section

        property string heading
        property string summary
        property bool showPicture
        property string caption
        default property alias picture: pictureColumn.data

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            text: section.heading
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
            text: section.summary
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Panel {
            Layout.fillWidth: true
            Layout.preferredHeight: pictureColumn.implicitHeight + 2 * Theme.spacingL
            visible: section.showPicture

            Column {
                id: pictureColumn
                x: Theme.spacingL
                y: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                spacing: Theme.spacingM
            }
        }
        Label {
            Layout.fillWidth: true
            visible: section.showPicture && text.length > 0
            text: section.caption
            color: Theme.ink
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
        }
    }
}
