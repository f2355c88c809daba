// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One drill in the list: the blaming statement, and whether it is done.
Rectangle {
    id: delegate

    required property int index
    required property string statement
    required property bool done
    required property int findings

    readonly property bool isCurrent: ListView.isCurrentItem
    readonly property bool showFocus: isCurrent && ListView.view !== null && ListView.view.activeFocus

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusSmall
    color: isCurrent ? Theme.accentSoft : "transparent"
    border.width: showFocus ? 3 : 0
    border.color: Theme.focusOutline
    Accessible.role: Accessible.ListItem
    Accessible.name: statement + ". " + (done ? (findings === 0 ? qsTr("Done, nothing left to look at.")
                                                                : qsTr("Done, %1 left to look at.").arg(findings))
                                              : qsTr("Not done yet."))

    TapHandler {
        onTapped: {
            delegate.ListView.view.currentIndex = delegate.index
            delegate.ListView.view.forceActiveFocus()
        }
    }

    RowLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: delegate.statement
            color: Theme.ink
            font.pixelSize: Theme.textSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.alignment: Qt.AlignTop
            text: !delegate.done ? "" : delegate.findings === 0 ? "\u2713" : "\u2713 " + delegate.findings
            color: delegate.findings === 0 ? Theme.sage : Theme.caution
            font.bold: true
            font.pixelSize: Theme.textSmall
            Accessible.ignored: true
        }
    }
}
