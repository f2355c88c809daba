// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Templates as T
import Hearth

// Says, kindly and plainly, that part of the content could not be loaded and
// was left out; the details name each file and place.
Rectangle {
    id: banner

    property var problems: []

    visible: problems.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacingM : 0
    color: Theme.cautionSoft

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: banner.problems.length === 1
                  ? qsTr("Part of Hearth's content could not be read, so one item was left out. Everything else works as usual.")
                  : qsTr("Part of Hearth's content could not be read, so %1 items were left out. Everything else works as usual.").arg(banner.problems.length)
            color: Theme.caution
            wrapMode: Text.WordWrap
        }
        QuietButton {
            text: qsTr("Show details")
            Accessible.name: qsTr("Show which content was left out")
            onClicked: {
                if (details.active)
                    (details.item as T.Popup).open()
                else
                    details.active = true // opens it once made
            }
        }
    }

    // Made the first time it is asked for, and named only by its file: a
    // start with sound content (every start, nearly) neither builds the
    // dialog nor reads its type and the Basic style's dialog and text area.
    Loader {
        id: details
        active: false
        source: "ContentProblemsDialog.qml"
        onLoaded: (details.item as T.Popup).open()
    }
    Binding {
        target: details.item
        property: "problemsText"
        value: banner.problems.join("\n\n")
        when: details.status === Loader.Ready
    }
}
