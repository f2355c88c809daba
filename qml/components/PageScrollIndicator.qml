// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A thin line that shows while a list moves, as the Basic style's does,
// made on QtQuick.Templates alone for the rail a start shows (SoftButton
// says why).
T.ScrollIndicator {
    id: indicator

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)
    padding: 2

    contentItem: Rectangle {
        implicitWidth: 2
        implicitHeight: 2
        color: Theme.accentHover
        visible: indicator.size < 1.0
        opacity: 0.0

        // Shown at once while moving; faded a moment after it stops.
        states: State {
            name: "moving"
            when: indicator.active
            PropertyChanges { target: indicator.contentItem; opacity: 0.75 }
        }
        transitions: Transition {
            from: "moving"
            enabled: Theme.animate
            SequentialAnimation {
                PauseAnimation { duration: 450 }
                NumberAnimation { target: indicator.contentItem; property: "opacity"; to: 0.0; duration: 200 }
            }
        }
    }
}
