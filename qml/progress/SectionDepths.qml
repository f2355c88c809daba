// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// The guide's seven sections, each with a little path down three stepping
// stones (light, deeper, deepest): the stones the couple's conversations
// reached are filled, the path on is dotted, waiting. Beside it, how many of
// the section's cards they talked about. One Tab stop; Up and Down move
// from section to section, and each says in words how far it went.
FocusScope {
    id: depths

    required property SectionReachModel sections
    property int current: 0
    property string currentDescription
    readonly property int rowHeight: Theme.scaled(44)
    readonly property int pathWidth: Theme.scaled(120)
    readonly property int countWidth: Theme.scaled(150)

    function moveTo(index: int) {
        if (index >= 0 && index < rows.count)
            current = index
    }

    implicitHeight: column.implicitHeight
    activeFocusOnTab: true
    onActiveFocusChanged: {
        if (activeFocus && rows.count > 0)
            rows.itemAt(current).forceActiveFocus()
    }

    Accessible.role: Accessible.List
    Accessible.name: qsTr("The guide's parts, and how deep your conversations went in each")

    Keys.onUpPressed: moveTo(current - 1)
    Keys.onDownPressed: moveTo(current + 1)

    readonly property var depthNames: ["", qsTr("Light"), qsTr("Deeper"), qsTr("Deepest")]

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingXs

        Repeater {
            id: rows
            model: depths.sections
            delegate: Item {
                id: row

                required property int index
                required property string title
                required property int cardsDiscussed
                required property int deepestDepth
                required property int deepestOffered
                required property string description

                width: column.width
                height: Math.max(depths.rowHeight, titleLabel.implicitHeight, countLabel.implicitHeight)
                focus: index === depths.current
                onActiveFocusChanged: if (activeFocus) depths.current = index
                Accessible.role: Accessible.ListItem
                Accessible.name: description

                Binding {
                    target: depths
                    property: "currentDescription"
                    value: row.description
                    when: row.index === depths.current
                    restoreMode: Binding.RestoreNone
                }
                FocusRing {
                    shown: row.activeFocus
                }

                Label {
                    id: titleLabel
                    anchors.left: parent.left
                    anchors.right: path.left
                    anchors.rightMargin: Theme.spacingM
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.title
                    color: row.cardsDiscussed > 0 ? Theme.ink : Theme.inkSoft
                    wrapMode: Text.WordWrap
                }

                DepthPath {
                    id: path
                    anchors.right: countLabel.left
                    anchors.rightMargin: Theme.spacingM
                    anchors.verticalCenter: parent.verticalCenter
                    width: depths.pathWidth
                    height: depths.rowHeight - Theme.spacingS
                    reached: row.deepestDepth
                    offered: row.deepestOffered
                }

                Label {
                    id: countLabel
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    width: depths.countWidth
                    text: row.cardsDiscussed > 0
                          ? qsTr("%n card(s)", "", row.cardsDiscussed) + " · " + depths.depthNames[row.deepestDepth]
                          : qsTr("Not yet")
                    color: row.cardsDiscussed > 0 ? Theme.ink : Theme.inkSoft
                    font.pixelSize: Theme.textSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
