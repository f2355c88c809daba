// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A thin scroll bar that shows while the view moves, as the Basic style's
// does, made on QtQuick.Templates alone for the pages a start shows
// (SoftButton says why).
T.ScrollBar {
    id: bar

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 2
    visible: policy !== T.ScrollBar.AlwaysOff
    minimumSize: orientation === Qt.Horizontal ? height / width : width / height

    contentItem: Rectangle {
        implicitWidth: bar.interactive ? 6 : 2
        implicitHeight: bar.interactive ? 6 : 2
        radius: width / 2
        color: bar.pressed ? Theme.accent : Theme.accentHover
        opacity: 0.0

        // Shown at once while moving; faded a moment after it stops.
        states: State {
            name: "moving"
            when: bar.policy === T.ScrollBar.AlwaysOn || (bar.active && bar.size < 1.0)
            PropertyChanges { target: bar.contentItem; opacity: 0.75 }
        }
        transitions: Transition {
            from: "moving"
            enabled: Theme.animate
            SequentialAnimation {
                PauseAnimation { duration: 450 }
                NumberAnimation { target: bar.contentItem; property: "opacity"; to: 0.0; duration: 200 }
            }
        }
    }
}
