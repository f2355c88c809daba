// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A partner's name on their own colour, so who speaks is clear at a glance.
Rectangle {
    id: chip

    property string name
    property color tint: Theme.accent
    property int fontSize: Theme.textLead

    implicitWidth: label.implicitWidth + 2 * Theme.spacingM
    implicitHeight: label.implicitHeight + Theme.spacingS
    radius: height / 2
    color: tint
    Accessible.role: Accessible.StaticText
    Accessible.name: name

    Label {
        id: label
        anchors.centerIn: parent
        text: chip.name
        color: Theme.textOnPartner
        font.bold: true
        font.pixelSize: chip.fontSize
    }
}
