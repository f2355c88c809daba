// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A circle that grows for four seconds and shrinks for six: breathe in as it
// grows, out as it shrinks. Long out-breaths calm a racing body. With less
// motion asked for, the circle stays still and the words keep the rhythm.
Item {
    id: guide

    property bool running: true
    readonly property bool breathingIn: Theme.animate ? inhale.running : stillRhythm.breathingIn

    implicitWidth: 260
    implicitHeight: 260
    Accessible.role: Accessible.Animation
    Accessible.name: breathingIn ? qsTr("Breathe in") : qsTr("Breathe out")

    Rectangle {
        id: circle
        anchors.centerIn: parent
        width: guide.width * 0.45
        height: width
        radius: width / 2
        color: Theme.sageSoft
        border.color: Theme.sage
        border.width: 2
        transformOrigin: Item.Center

        SequentialAnimation on scale {
            running: guide.running && Theme.animate
            loops: Animation.Infinite
            NumberAnimation {
                id: inhale
                from: 1.0
                to: 2.0
                duration: 4000
                easing.type: Easing.InOutSine
            }
            NumberAnimation {
                from: 2.0
                to: 1.0
                duration: 6000
                easing.type: Easing.InOutSine
            }
        }
    }

    // Still: half-way between a breath in and out, whatever the animation left.
    Binding {
        target: circle
        property: "scale"
        value: 1.5
        when: !Theme.animate
    }
    // The same four seconds in and six out, in words only.
    Timer {
        id: stillRhythm
        property bool breathingIn: true
        running: guide.running && !Theme.animate
        interval: breathingIn ? 4000 : 6000
        repeat: true
        onTriggered: breathingIn = !breathingIn
        onRunningChanged: breathingIn = true
    }

    Label {
        anchors.centerIn: parent
        text: guide.breathingIn ? qsTr("Breathe in") : qsTr("Breathe out")
        color: Theme.sage
        font.pixelSize: Theme.textLead
    }
}
