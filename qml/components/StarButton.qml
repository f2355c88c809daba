// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// Stars or unstars one prompt. The filled star says it is kept.
AbstractButton {
    id: star

    property bool starred

    implicitWidth: 40
    implicitHeight: 40
    focusPolicy: Qt.TabFocus
    hoverEnabled: true
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: starred
    Accessible.name: starred ? qsTr("Starred. Press to remove from favourites") : qsTr("Star: keep in favourites")

    HearthToolTip {
        visible: star.hovered
        text: star.starred ? qsTr("Remove from favourites (S)") : qsTr("Keep in favourites (S)")
    }

    background: Rectangle {
        radius: width / 2
        color: star.hovered ? Theme.accentSoft : "transparent"
        FocusRing {
            shown: star.visualFocus
            baseRadius: width / 2
        }
    }
    contentItem: Text {
        text: star.starred ? "\u2605" : "\u2606"
        font.family: "DejaVu Sans"
        font.pixelSize: Theme.scaled(22)
        color: star.starred ? Theme.accent : Theme.inkFaint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
