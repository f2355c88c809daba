// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The guide reader: the seven parts on the left, the chosen part on the right.
// Up and Down move between parts; Tab moves into the text; Page Up and Page
// Down scroll it.
FocusScope {
    id: page
    objectName: "guidePage"
    // Takes the focus its slot in AppShell is given.
    focus: true

    property alias currentIndex: sectionList.currentIndex
    // The words of each kind of practice a part of the guide leads to.
    property alias practiceLinks: reader.practiceLinks
    signal practiceRequested(string kind, string targetId, string sectionId)

    function showSection(sectionId: string) {
        const row = App.guide.indexOfSection(sectionId)
        if (row >= 0)
            sectionList.currentIndex = row
    }

    practiceLinks: ({
        deck: qsTr("Talk about these cards"),
        escalating: qsTr("Begin the deepening conversation"),
        listening: qsTr("Practise listening together"),
        builder: qsTr("Build a statement"),
        coach: qsTr("Try the phrasing coach"),
        journal: qsTr("Write in your journal"),
        drills: qsTr("Do the rewrite drills"),
        rituals: qsTr("See the rituals")
    })

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("The guide")

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            // Wide enough for most titles on one line; never more than two fifths of a small window.
            Layout.preferredWidth: Math.min(Theme.scaled(300), page.width * 0.4)
            color: Theme.surface

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

                Label {
                    Layout.leftMargin: Theme.spacingS
                    Layout.topMargin: Theme.spacingS
                    text: qsTr("THE GUIDE")
                    color: Theme.accent
                    font.pixelSize: Theme.textSmall
                    font.bold: true
                    font.letterSpacing: 1.5
                }

                ListView {
                    id: sectionList
                    objectName: "sectionList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    focus: true
                    clip: true
                    spacing: 2
                    keyNavigationWraps: false
                    model: App.guide
                    activeFocusOnTab: true
                    highlightMoveDuration: 0
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Parts of the guide")

                    delegate: ItemDelegate {
                        id: sectionDelegate
                        required property int index
                        required property string title

                        width: ListView.view.width
                        // Long titles wrap to a second line rather than lose their end.
                        height: Math.max(52, implicitContentHeight + topPadding + bottomPadding)
                        focusPolicy: Qt.NoFocus
                        highlighted: ListView.isCurrentItem
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("Part %1: %2").arg(index + 1).arg(title)
                        onClicked: {
                            sectionList.currentIndex = index
                            sectionList.forceActiveFocus()
                        }

                        background: Rectangle {
                            radius: Theme.radiusSmall
                            color: sectionDelegate.highlighted ? Theme.accentSoft
                                   : sectionDelegate.hovered ? Theme.surfaceSunken : "transparent"
                            border.width: sectionDelegate.highlighted && sectionList.activeFocus ? 2 : 0
                            border.color: Theme.focusRing
                        }
                        contentItem: RowLayout {
                            spacing: Theme.spacingS
                            Label {
                                Layout.preferredWidth: Theme.scaled(22)
                                text: sectionDelegate.index + 1
                                color: Theme.accent
                                font.bold: true
                                horizontalAlignment: Text.AlignRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: sectionDelegate.title
                                color: Theme.ink
                                font.bold: sectionDelegate.highlighted
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }

        SectionReader {
            id: reader
            objectName: "sectionReader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sectionNumber: sectionList.currentIndex + 1
            section: App.guide.get(sectionList.currentIndex)
            onPracticeRequested: (kind, targetId, sectionId) => page.practiceRequested(kind, targetId, sectionId)
        }
    }

    // Listed by ? and F1 (KeyboardHelp), beside the keys they describe.
    readonly property var keyHelp: [
        {keys: ["Up", "Down"], action: qsTr("Choose a part, in the list of parts")},
        {keys: ["Page Up", "Page Down"], action: qsTr("Scroll the part you are reading")}
    ]

    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown) {
            reader.scrollBy(reader.height * 0.8)
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            reader.scrollBy(-reader.height * 0.8)
            event.accepted = true
        }
    }
}
