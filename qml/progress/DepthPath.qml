// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Hearth

// Stepping stones going down, one per depth a section of the guide offers
// (light, deeper, deepest): those reached are filled and joined by a warm
// line; the way on is dotted, there whenever the couple wants it.
Shape {
    id: stones

    property int reached
    property int offered: 3
    readonly property real stoneRadius: Math.min(height / 6, width / 10)
    readonly property real step: offered > 1 ? (width - 2 * stoneRadius - 4) / (offered - 1) : 0
    readonly property real drop: offered > 1 ? (height - 2 * stoneRadius - 4) / (offered - 1) : 0

    function xAt(depth: int): real { return stoneRadius + 2 + (depth - 1) * step }
    function yAt(depth: int): real { return stoneRadius + 2 + (depth - 1) * drop }
    function strokeFor(depth: int): color {
        return depth > offered ? "transparent" : depth <= reached ? Theme.accent : Theme.inkFaint
    }
    function fillFor(depth: int): color {
        return depth > offered ? "transparent" : depth <= reached ? Theme.accent : Theme.surface
    }

    ShapePath {
        strokeColor: stones.offered > Math.max(1, stones.reached) ? Theme.inkFaint : "transparent"
        strokeWidth: 1.5
        strokeStyle: ShapePath.DashLine
        dashPattern: [2, 3]
        fillColor: "transparent"
        startX: stones.xAt(Math.max(1, stones.reached))
        startY: stones.yAt(Math.max(1, stones.reached))
        PathLine { x: stones.xAt(stones.offered); y: stones.yAt(stones.offered) }
    }
    ShapePath {
        strokeColor: stones.reached > 1 ? Theme.accent : "transparent"
        strokeWidth: 3
        fillColor: "transparent"
        startX: stones.xAt(1)
        startY: stones.yAt(1)
        PathLine { x: stones.xAt(Math.max(1, stones.reached)); y: stones.yAt(Math.max(1, stones.reached)) }
    }
    ShapePath {
        strokeColor: stones.strokeFor(1)
        strokeWidth: 1.5
        fillColor: stones.fillFor(1)
        PathAngleArc {
            centerX: stones.xAt(1)
            centerY: stones.yAt(1)
            radiusX: stones.stoneRadius
            radiusY: stones.stoneRadius
            startAngle: 0
            sweepAngle: 360
        }
    }
    ShapePath {
        strokeColor: stones.strokeFor(2)
        strokeWidth: 1.5
        fillColor: stones.fillFor(2)
        PathAngleArc {
            centerX: stones.xAt(2)
            centerY: stones.yAt(2)
            radiusX: stones.stoneRadius
            radiusY: stones.stoneRadius
            startAngle: 0
            sweepAngle: 360
        }
    }
    ShapePath {
        strokeColor: stones.strokeFor(3)
        strokeWidth: 1.5
        fillColor: stones.fillFor(3)
        PathAngleArc {
            centerX: stones.xAt(3)
            centerY: stones.yAt(3)
            radiusX: stones.stoneRadius
            radiusY: stones.stoneRadius
            startAngle: 0
            sweepAngle: 360
        }
    }
}
