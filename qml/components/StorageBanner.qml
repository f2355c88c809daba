// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Says plainly what happened to the user's saved data when it could not be
// used as usual, and whether anything will be kept this time.
Rectangle {
    id: banner

    property string notice
    property bool saving: true

    visible: notice.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacingM : 0
    color: saving ? Theme.sageSoft : Theme.cautionSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: notice

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            text: banner.saving ? qsTr("Saving, with something to know") : qsTr("Not saving")
            font.bold: true
            color: banner.saving ? Theme.sage : Theme.caution
        }
        Label {
            Layout.fillWidth: true
            text: banner.notice
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
    }
}
