// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Hearth

// Where Hearth begins: what it is, a promise of privacy, a ritual for this
// week, the seven parts of the guide, and the care note.
FocusScope {
    id: page

    signal guideRequested()
    signal togetherRequested()
    signal practiceRequested()
    signal sectionRequested(string sectionId)
    signal ritualRequested(string ritualId)
    signal pauseRequested()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Home")

    // Listed by ? and F1 (KeyboardHelp).
    readonly property var keyHelp: [
        {keys: ["Return", "Space"], action: qsTr("Open what the keyboard is on")}
    ]

    FocusInView {
        flickable: scroller.contentItem as Flickable
    }

    PageScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true // A control is a focus scope: pass focus on to "Read the guide".

        // Positioners, not QtQuick.Layouts, which a start then never loads
        // (AppShell). A margin above an item is padding, or a wrapper that
        // hides with it. Texts take whole pixels, as a layout would give them,
        // so that the cards and tiles below keep sharp edges.
        Column {
            id: column
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, 1100)
            x: (scroller.availableWidth - width) / 2
            spacing: Theme.spacingL

            Item { width: 1; height: Theme.spacingL }

            T.Label {
                height: Math.ceil(implicitHeight)
                text: qsTr("WELCOME")
                color: Theme.accent
                font.pixelSize: Theme.textSmall
                font.bold: true
                font.letterSpacing: 1.5
            }
            T.Label {
                height: Math.ceil(implicitHeight)
                width: Math.min(column.width, Theme.readingWidth)
                text: qsTr("A warm place to grow closer")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textDisplay
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            T.Label {
                height: Math.ceil(implicitHeight)
                width: Math.min(column.width, Theme.readingWidth)
                text: qsTr("Hearth helps the two of you feel more known and more at home with each other. It turns a short guide on emotional closeness into things you can read, think about and talk through, side by side, at your own pace.")
                font.pixelSize: Theme.textLead
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
                lineHeight: 1.3
            }

            // A Flow: four ways in take two lines with larger text, never cut short.
            Flow {
                width: column.width
                spacing: Theme.spacingM
                PrimaryButton {
                    id: readGuideButton
                    text: qsTr("Read the guide")
                    focus: true
                    Accessible.name: qsTr("Read the guide (Ctrl+2)")
                    onClicked: page.guideRequested()
                }
                SoftButton {
                    text: qsTr("Talk together")
                    Accessible.name: qsTr("Start a conversation together (Ctrl+3)")
                    onClicked: page.togetherRequested()
                }
                SoftButton {
                    text: qsTr("Practise on your own")
                    Accessible.name: qsTr("Practise saying things kindly, on your own (Ctrl+4)")
                    onClicked: page.practiceRequested()
                }
                SoftButton {
                    objectName: "takeAPause"
                    text: qsTr("Take a mindful pause")
                    Accessible.name: qsTr("Take a mindful pause of one to three minutes")
                    onClicked: page.pauseRequested()
                }
            }

            Item {
                width: weeklyRitual.width
                height: Theme.spacingS + weeklyRitual.height
                visible: weeklyRitual.ritualId.length > 0

                WeeklyRitualCard {
                    id: weeklyRitual
                    objectName: "weeklyRitual"
                    y: Theme.spacingS
                    width: Math.min(column.width, Theme.readingWidth)
                    height: implicitHeight
                    suggestion: App.rituals.weeklySuggestion
                    onOpenRequested: ritualId => page.ritualRequested(ritualId)
                }
            }

            T.Label {
                height: Math.ceil(implicitHeight)
                topPadding: Theme.spacingL
                text: qsTr("The seven parts of the guide")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Grid {
                id: tiles
                width: column.width
                // As many columns as keep each tile wide enough for its title in two
                // lines, so larger desktop text gives fewer, wider tiles.
                readonly property int tileMinimumWidth: Theme.scaled(200)
                columns: Math.max(1, Math.min(4, Math.floor((width + columnSpacing) / (tileMinimumWidth + columnSpacing))))
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingM

                Repeater {
                    model: App.guide
                    delegate: SectionTile {
                        required property int index
                        required property string sectionId
                        required property string title
                        required summary

                        // The columns share the width alike.
                        width: Math.floor((tiles.width - (tiles.columns - 1) * tiles.columnSpacing) / tiles.columns)
                        number: index + 1
                        text: title
                        onClicked: page.sectionRequested(sectionId)
                    }
                }
            }

            Item {
                width: column.width
                height: Theme.spacingM + careNote.height
                visible: App.careNoteText.length > 0

                Note {
                    id: careNote
                    y: Theme.spacingM
                    width: parent.width
                    height: implicitHeight
                    title: App.careNoteTitle
                    text: App.careNoteText
                }
            }

            Note {
                width: column.width
                height: implicitHeight
                tint: Theme.surfaceSunken
                accent: Theme.accent
                title: qsTr("Your words stay here")
                text: qsTr("Hearth needs no account and never goes online. What you keep is stored only on this computer, in a folder only you can read: %1").arg(App.dataDir)
            }

            Item { width: 1; height: Theme.spacingXl }
        }
    }
}
