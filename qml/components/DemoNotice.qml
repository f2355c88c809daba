// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A calm line above every page of the demo (hearth --demo): what is shown is
// an example, and nothing done here is kept. Not a warning: nothing is wrong.
Rectangle {
    id: notice

    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacingS : 0
    color: Theme.sageSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: title.text + " " + detail.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.topMargin: Theme.spacingS
        anchors.bottomMargin: Theme.spacingS
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            id: title
            objectName: "demoNoticeTitle"
            text: qsTr("This is a demo: nothing you do here is saved.")
            font.bold: true
            color: Theme.sage
        }
        Label {
            id: detail
            Layout.fillWidth: true
            text: qsTr("Robin and Sam are an example couple: try anything.")
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
