// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Every key of the page shown, then those that work everywhere; opened with
// ? or F1 (AppShell). Each list is data kept beside the keys it describes:
// a page's `keyHelp`, the shell's `globalKeys`; tests/ui/tst_accessibility.cpp
// checks them against the Shortcut items. Closing gives the keyboard back to
// where it was.
GentleDialog {
    id: help

    property var pageKeys: []
    property var globalKeys: []
    property Item returnFocusTo
    // The rows are made as the list is first opened, not as Hearth starts:
    // most starts never open it (bench/README.md).
    property bool wasOpened: false

    function show(from: Item, keysOfPage: var) {
        returnFocusTo = from
        pageKeys = keysOfPage ?? []
        open()
    }

    objectName: "keyboardHelp"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 2 * Theme.spacingL : 620)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacingL : implicitHeight)
    modal: true
    focus: true
    title: qsTr("Keys")
    onAboutToShow: wasOpened = true
    onClosed: if (returnFocusTo) returnFocusTo.forceActiveFocus()

    footer: Item {
        implicitHeight: closeButton.implicitHeight + Theme.spacingL
        PrimaryButton {
            id: closeButton
            objectName: "keyboardHelpClose"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.rightMargin: Theme.spacingL
            text: qsTr("Close")
            Accessible.name: qsTr("Close the list of keys")
            onClicked: help.close()
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        implicitHeight: column.implicitHeight

        ColumnLayout {
            id: column
            width: scroller.availableWidth
            spacing: Theme.spacingS

            Label {
                visible: help.pageKeys.length > 0
                text: qsTr("On this page")
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                objectName: "pageKeyList"
                model: help.wasOpened ? help.pageKeys : []
                delegate: KeyHint {
                    required property var modelData
                    Layout.fillWidth: true
                    keys: modelData.keys.join(" / ")
                    action: modelData.action
                }
            }
            Label {
                Layout.topMargin: help.pageKeys.length > 0 ? Theme.spacingS : 0
                text: qsTr("Everywhere")
                font.bold: true
                color: Theme.ink
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // Two columns where there is room: the whole list fits a small window.
            GridLayout {
                Layout.fillWidth: true
                columns: column.width >= 520 ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingS
                Repeater {
                    objectName: "globalKeyList"
                    model: help.wasOpened ? help.globalKeys : []
                    delegate: KeyHint {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // the columns share the width evenly
                        keys: modelData.keys.join(" / ")
                        action: modelData.action
                    }
                }
            }
        }
    }
}
