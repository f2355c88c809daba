// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A short, calm word after a pass or a star: shown, then fading, never in the
// way. Screen readers hear it as an alert.
Rectangle {
    id: acknowledgement

    property string message
    property bool shown

    function show(text: string) {
        message = text
        shown = true
        fade.restart()
    }

    implicitWidth: label.implicitWidth + 2 * Theme.spacingM
    implicitHeight: label.implicitHeight + Theme.spacingS * 2
    radius: height / 2
    color: Theme.sageSoft
    border.color: Theme.sage
    opacity: shown ? 1 : 0
    visible: shown || opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Behavior on opacity {
        enabled: Theme.animate
        NumberAnimation { duration: 400 }
    }
    Timer {
        id: fade
        interval: 3000
        onTriggered: acknowledgement.shown = false
    }
    Label {
        id: label
        objectName: "acknowledgementText"
        anchors.centerIn: parent
        text: acknowledgement.message
        color: Theme.ink
    }
}
