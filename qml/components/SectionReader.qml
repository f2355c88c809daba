// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One part of the guide, laid out for reading: the summary, the key ideas,
// things to try, and for the roadblocks part a gentle self-check.
ScrollView {
    id: reader

    property int sectionNumber
    property var section: ({})
    // Practices whose place in the app exists: kind -> button text.
    property var practiceLinks: ({})
    signal practiceRequested(string kind, string targetId, string sectionId)

    function scrollBy(pixels: real) {
        const flick = contentItem as Flickable
        if (!flick)
            return
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(0, Math.min(maxY, flick.contentY + pixels))
    }

    // Brings what the keyboard moved to into view: Tab through the practice
    // links reaches ones below the fold, and the person must see where they are.
    function showFocused(item: Item) {
        const flick = contentItem as Flickable
        if (!flick || !item)
            return
        let inside = false
        for (let ancestor = item.parent; ancestor && !inside; ancestor = ancestor.parent)
            inside = ancestor === flick.contentItem
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y - Theme.spacingM
        const bottom = top + item.height + 2 * Theme.spacingM
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, bottom - flick.height)
    }

    Connections {
        target: reader.Window
        function onActiveFocusItemChanged() {
            reader.showFocused(reader.Window.activeFocusItem)
        }
    }

    onSectionChanged: {
        const flick = contentItem as Flickable
        if (flick)
            flick.contentY = 0
    }

    contentWidth: availableWidth
    Accessible.role: Accessible.Document
    Accessible.name: (section && section.title) ? section.title : ""

    ColumnLayout {
        width: Math.min(reader.availableWidth - 2 * Theme.spacingXl, Theme.readingWidth)
        x: Math.max(Theme.spacingXl, (reader.availableWidth - width) / 2)
        spacing: Theme.spacingM

        Item { Layout.preferredHeight: Theme.spacingL }

        PageHeader {
            Layout.fillWidth: true
            eyebrow: qsTr("Part %1 of %2").arg(reader.sectionNumber).arg(App.guide.rowCount())
            title: reader.section.title ?? ""
        }

        Label {
            Layout.fillWidth: true
            text: reader.section.summary ?? ""
            font.pixelSize: Theme.textLead
            lineHeight: 1.35
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }

        Label {
            Layout.topMargin: Theme.spacingL
            text: qsTr("What matters here")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Repeater {
            model: reader.section.ideas ?? []
            delegate: RowLayout {
                id: idea
                required property string modelData
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 8
                    width: 8
                    height: 8
                    radius: 4
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: idea.modelData
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                    lineHeight: 1.3
                }
            }
        }

        Label {
            Layout.topMargin: Theme.spacingL
            text: qsTr("Try this")
            font.family: Theme.headingFont
            font.pixelSize: Theme.textTitle
            color: Theme.ink
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Repeater {
            model: reader.section.practices ?? []
            delegate: PracticeCard {
                required property var modelData
                Layout.fillWidth: true
                title: modelData.title
                text: modelData.text
                actionText: reader.practiceLinks[modelData.targetKind] ?? ""
                onActionTriggered: reader.practiceRequested(modelData.targetKind, modelData.targetId, reader.section.sectionId)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            visible: (reader.section.selfCheckItems ?? []).length > 0
            spacing: Theme.spacingM

            Label {
                text: qsTr("A quiet self-check")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: reader.section.selfCheckIntro ?? ""
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
                lineHeight: 1.3
            }
            Repeater {
                model: reader.section.selfCheckItems ?? []
                delegate: PracticeCard {
                    required property var modelData
                    Layout.fillWidth: true
                    title: modelData.title
                    text: modelData.question
                    detail: modelData.suggestion
                }
            }
        }

        Note {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingM
            visible: (reader.section.seekHelp ?? "").length > 0
            title: qsTr("When to ask for more help")
            text: reader.section.seekHelp ?? ""
        }

        Item { Layout.preferredHeight: Theme.spacingXl }
    }
}
