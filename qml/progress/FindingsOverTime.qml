// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// What the phrasing coach notices in saved practice, month by month: a row
// for each kind of finding, in the coach's colour for it, with a small bar
// for each month (a flat line when there was none: fewer is the win). One
// Tab stop; Up and Down move between kinds, Left and Right between months,
// and each bar says in words what it counts.
FocusScope {
    id: chart

    required property PracticeFindingsModel practice
    property int currentRow: 0
    property int currentMonth: practice.monthNames.length - 1
    property string currentDescription
    readonly property int monthCount: practice.monthNames.length
    readonly property int labelWidth: Math.min(Theme.scaled(200), width / 3)
    readonly property real monthWidth: monthCount > 0 ? (width - labelWidth - Theme.spacingM) / monthCount : 0
    readonly property int barHeight: Theme.scaled(30)

    function focusCurrent() {
        const row = rows.itemAt(currentRow)
        if (row)
            row.forceActiveFocus() // a focus scope: its current month takes it
    }
    function move(rowStep: int, monthStep: int) {
        const row = currentRow + rowStep
        const month = currentMonth + monthStep
        if (row < 0 || row >= rows.count || month < 0 || month >= monthCount)
            return
        currentRow = row
        currentMonth = month
    }

    implicitHeight: column.implicitHeight
    activeFocusOnTab: true
    onActiveFocusChanged: if (activeFocus) focusCurrent()
    onMonthCountChanged: currentMonth = monthCount - 1

    Accessible.role: Accessible.List
    Accessible.name: qsTr("What the coach noticed in your practice, a row for each kind, a bar for each month")

    Keys.onUpPressed: move(-1, 0)
    Keys.onDownPressed: move(1, 0)
    Keys.onLeftPressed: move(0, -1)
    Keys.onRightPressed: move(0, 1)

    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingXs

        Repeater {
            id: rows
            model: chart.practice
            delegate: FocusScope {
                id: row

                required property int index
                required property string kind
                required property string label
                required property var months

                width: column.width
                height: Math.max(kindLabel.implicitHeight, chart.barHeight + countHeight.height)
                focus: index === chart.currentRow

                Label {
                    id: kindLabel
                    width: chart.labelWidth
                    anchors.bottom: parent.bottom
                    text: row.label
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                // Sizes the count above a bar, so each row holds its tallest bar and count.
                Label {
                    id: countHeight
                    visible: false
                    text: "0"
                    font.pixelSize: Theme.textSmall
                }

                Row {
                    x: chart.labelWidth + Theme.spacingM
                    height: parent.height
                    Repeater {
                        model: row.months
                        delegate: Item {
                            id: bar

                            required property var modelData
                            required property int index
                            readonly property int total: modelData.total
                            readonly property string description: modelData.description

                            width: chart.monthWidth
                            height: row.height
                            focus: index === chart.currentMonth
                            onActiveFocusChanged: {
                                if (activeFocus) {
                                    chart.currentRow = row.index
                                    chart.currentMonth = index
                                }
                            }
                            Accessible.role: Accessible.ListItem
                            Accessible.name: description

                            Binding {
                                target: chart
                                property: "currentDescription"
                                value: bar.description + " · " + (chart.practice.monthDescriptions[bar.index] ?? "")
                                when: row.index === chart.currentRow && bar.index === chart.currentMonth
                                restoreMode: Binding.RestoreNone
                            }

                            FindingBar {
                                anchors.horizontalCenter: parent.horizontalCenter
                                anchors.bottom: parent.bottom
                                width: Math.min(Theme.scaled(28), parent.width * 0.6)
                                height: chart.barHeight
                                count: bar.total
                                largest: chart.practice.largest
                                colour: Theme.findingColours[row.kind] ?? Theme.inkSoft
                            }
                            Label {
                                anchors.horizontalCenter: parent.horizontalCenter
                                anchors.top: parent.top
                                visible: bar.total > 0
                                text: bar.total
                                color: Theme.ink
                                font.pixelSize: Theme.textSmall
                                Accessible.ignored: true
                            }
                            HoverHandler {
                                id: hover
                            }
                            HearthToolTip {
                                visible: hover.hovered
                                text: bar.description
                            }
                            FocusRing {
                                shown: bar.activeFocus
                            }
                        }
                    }
                }
            }
        }

        // The months, under their bars.
        Row {
            x: chart.labelWidth + Theme.spacingM
            Repeater {
                model: chart.practice.monthNames
                delegate: Label {
                    required property string modelData
                    required property int index
                    width: chart.monthWidth
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    text: modelData
                    color: Theme.inkSoft
                    font.pixelSize: Theme.textSmall
                    Accessible.name: chart.practice.monthDescriptions[index] ?? modelData
                }
            }
        }
    }
}
