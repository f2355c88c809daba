// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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
                    (details.item as GentleDialog).open()
                else
                    details.active = true // opens it once made
            }
        }
    }

    // Made the first time it is asked for: a start with sound content (every
    // start, nearly) builds no dialog and lays out no text for it.
    Loader {
        id: details
        active: false
        sourceComponent: GentleDialog {
            id: dialog
            property string problemsText
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(760, parent ? parent.width - 80 : 760)
            height: Math.min(520, parent ? parent.height - 80 : 520)
            modal: true
            title: qsTr("What was left out")
            standardButtons: Dialog.Close

            ScrollView {
                anchors.fill: parent
                TextArea {
                    readOnly: true
                    wrapMode: Text.WordWrap
                    text: dialog.problemsText
                    Accessible.name: qsTr("Content problems")
                }
            }
        }
        onLoaded: (details.item as GentleDialog).open()
    }
    Binding {
        target: details.item
        property: "problemsText"
        value: banner.problems.join("\n\n")
        when: details.status === Loader.Ready
    }
}
