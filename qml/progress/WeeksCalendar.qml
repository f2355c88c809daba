// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// A calendar of weeks, one row a month: a warm mark for a week in which the
// couple talked, a green one for a ritual kept, both together as a ring, and
// a small quiet dot for a week of neither (never an empty, "missed" box).
// One Tab stop; the arrow keys move from week to week, and each week says
// in words what it holds.
FocusScope {
    id: calendar

    required property WeeksTogetherModel weeks
    // The week the keys are on: this week, until the person moves.
    property int current: weeks.count - 1
    // What the week the keys are on holds, in words, for the line under the calendar.
    property string currentDescription
    readonly property int cell: Theme.scaled(34)

    function moveTo(index: int) {
        if (index >= 0 && index < marks.count)
            current = index
    }

    // The week in `row` nearest to `column`, or -1 when there is no such row.
    function indexAt(row: int, column: int): int {
        let found = -1
        for (let i = 0; i < marks.count; ++i) {
            const week = marks.itemAt(i) as WeekCell
            if (week && week.monthRow === row && (found < 0 || week.column <= column))
                found = i
        }
        return found
    }

    function moveRows(step: int) {
        const here = marks.itemAt(current) as WeekCell
        if (!here)
            return
        const there = indexAt(here.monthRow + step, here.column)
        if (there >= 0)
            current = there
    }

    implicitWidth: monthLabels.width + Theme.spacingM + 5 * cell
    implicitHeight: Math.max(monthLabels.height, weeks.monthNames.length * cell)
    activeFocusOnTab: true
    onActiveFocusChanged: {
        if (activeFocus && marks.count > 0)
            marks.itemAt(current).forceActiveFocus()
    }

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Weeks with time together, a row for each month")

    Keys.onLeftPressed: moveTo(current - 1)
    Keys.onRightPressed: moveTo(current + 1)
    Keys.onUpPressed: moveRows(-1)
    Keys.onDownPressed: moveRows(1)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Home) {
            moveTo(0)
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            moveTo(marks.count - 1)
            event.accepted = true
        }
    }

    // Read again (the page was shown, or the data replaced): back to this week.
    Connections {
        target: calendar.weeks
        function onModelReset() { calendar.current = calendar.weeks.count - 1 }
    }

    Column {
        id: monthLabels
        Repeater {
            model: calendar.weeks.monthNames
            delegate: Label {
                required property string modelData
                height: calendar.cell
                verticalAlignment: Text.AlignVCenter
                text: modelData
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
            }
        }
    }

    Repeater {
        id: marks
        model: calendar.weeks
        delegate: WeekCell {
            id: week
            required property int index
            x: monthLabels.width + Theme.spacingM + column * calendar.cell
            y: monthRow * calendar.cell
            width: calendar.cell
            height: calendar.cell
            focus: index === calendar.current
            onActiveFocusChanged: if (activeFocus) calendar.current = index

            WeekMark {
                anchors.fill: parent
                talked: week.conversations > 0
                kept: week.ritualsKept > 0
            }
            // The current week's words, kept as they are when it stops being current.
            Binding {
                target: calendar
                property: "currentDescription"
                value: week.description
                when: week.index === calendar.current
                restoreMode: Binding.RestoreNone
            }
            HoverHandler {
                id: hover
            }
            HearthToolTip {
                visible: hover.hovered
                text: week.description
            }
            FocusRing {
                shown: week.activeFocus
                baseRadius: width / 2
            }
        }
    }

    component WeekCell: Item {
        required property int monthRow
        required property int column
        required property int conversations
        required property int ritualsKept
        required property string description

        Accessible.role: Accessible.ListItem
        Accessible.name: description
    }
}
