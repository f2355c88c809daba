// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Hearth

// One week's mark: warm for a conversation, green for a ritual kept, a warm
// mark in a green ring for both, and a small quiet dot for neither.
Shape {
    id: mark

    property bool talked
    property bool kept
    readonly property real centre: width / 2

    implicitWidth: Theme.scaled(34)
    implicitHeight: implicitWidth

    ShapePath {
        strokeColor: mark.talked && mark.kept ? Theme.sage : "transparent"
        strokeWidth: Math.max(2, mark.width / 14)
        fillColor: "transparent"
        PathAngleArc {
            centerX: mark.centre
            centerY: mark.centre
            radiusX: mark.width * 0.38
            radiusY: mark.width * 0.38
            startAngle: 0
            sweepAngle: 360
        }
    }
    ShapePath {
        strokeColor: "transparent"
        fillColor: mark.talked ? Theme.accent : mark.kept ? Theme.sage : Theme.border
        PathAngleArc {
            centerX: mark.centre
            centerY: mark.centre
            radiusX: mark.talked || mark.kept ? mark.width * 0.26 : mark.width * 0.09
            radiusY: radiusX
            startAngle: 0
            sweepAngle: 360
        }
    }
}
