// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hearth

// Keyboard focus made plain: a dark ring a few pixels outside its parent,
// with the page showing in the gap, so it reads around a terracotta dot, an
// accent button or a pale field alike. Place it inside a control's
// background and bind `shown` to the control's visualFocus.
Rectangle {
    property bool shown
    // Round controls pass their radius; the ring follows it at its distance.
    property real baseRadius: Theme.radiusSmall
    // Inside the control's edge instead, where what lies outside is clipped
    // (a text area's background inside a ScrollView).
    property bool inset: false
    readonly property int gap: 3

    anchors.fill: parent
    anchors.margins: inset ? gap : -(gap + border.width)
    radius: inset ? Math.max(0, baseRadius - gap) : baseRadius + gap + border.width
    color: "transparent"
    border.width: 2
    border.color: Theme.focusOutline
    visible: shown
}
