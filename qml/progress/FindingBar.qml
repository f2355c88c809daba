// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Hearth

// One month's bar for one kind of coach finding, rounded at the top, its
// height against the largest month of any kind. None is a flat line on the
// ground: nothing to soften that month.
Shape {
    id: bar

    property int count
    property int largest: 1
    property color colour: Theme.inkSoft
    readonly property real barTop: count > 0 ? height - Math.max(corner * 2, height * count / Math.max(1, largest))
                                          : height - 2
    readonly property real corner: Math.min(width / 2, Theme.scaled(5))

    ShapePath {
        strokeColor: "transparent"
        fillColor: bar.count > 0 ? bar.colour : Theme.inkFaint
        startX: 0
        startY: bar.height
        PathLine { x: 0; y: bar.count > 0 ? bar.barTop + bar.corner : bar.barTop }
        PathArc {
            x: bar.count > 0 ? bar.corner : 0
            y: bar.barTop
            radiusX: bar.corner
            radiusY: bar.corner
        }
        PathLine { x: bar.count > 0 ? bar.width - bar.corner : bar.width; y: bar.barTop }
        PathArc {
            x: bar.width
            y: bar.count > 0 ? bar.barTop + bar.corner : bar.barTop
            radiusX: bar.corner
            radiusY: bar.corner
        }
        PathLine { x: bar.width; y: bar.height }
    }
}
