// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// Where the person's words live, and how to take them along or leave: a
// backup out and back in, and deleting everything.
FocusScope {
    id: page

    signal messageRequested(string message, string action)

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Your data")

    SaveFileDialog {
        id: backupDialog
        objectName: "backupDialog"
        title: qsTr("Save a backup of everything")
        stem: "hearth-backup"
        suffix: "json"
        nameFilters: [qsTr("Hearth backup (*.json)")]
        onSaveChosen: file => page.messageRequested(App.exportBackup(file).message, "")
    }
    HearthFileDialog {
        id: restoreDialog
        objectName: "restoreDialog"
        title: qsTr("Bring back a backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Hearth backup (*.json)")]
        onAccepted: {
            restoreConfirmation.file = selectedFile
            restoreConfirmation.open()
        }
    }

    GentleDialog {
        id: restoreConfirmation
        objectName: "restoreConfirmation"
        property url file
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Replace what is here with the backup?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Everything Hearth holds now will be replaced by what the backup holds. If anything goes wrong, nothing changes.")
        }
        onAccepted: page.messageRequested(App.importBackup(file).message, "")
    }

    GentleDialog {
        id: deleteConfirmation
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 560
        modal: true
        title: qsTr("Delete everything you kept in Hearth?")
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Your favourites and notes, your conversation history and appreciations, your drafts, journal and practice will be deleted from this computer. This cannot be undone. If you might want them later, save a backup first.")
        }
        standardButtons: Dialog.Cancel | Dialog.Yes
        // The destructive choice says exactly what it does; Cancel stays the default.
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Delete everything")
            standardButton(Dialog.Cancel).text = qsTr("Keep my data")
            // Keeping is the easy, prominent choice; deleting must be meant.
            standardButton(Dialog.Cancel).highlighted = true
            standardButton(Dialog.Yes).palette.buttonText = Theme.caution
        }
        onAccepted: page.messageRequested(App.deleteAllData().message, "")
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacingXl, Theme.readingWidth)
            x: Theme.spacingXl
            spacing: Theme.spacingL

            Item { Layout.preferredHeight: Theme.spacingM }

            PageHeader {
                Layout.fillWidth: true
                eyebrow: qsTr("Your data")
                title: qsTr("Your words belong to you")
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.textLead
                color: Theme.inkSoft
                lineHeight: 1.3
                text: qsTr("Hearth keeps what you write on this computer only, in a folder only your user account can open. It never goes online, and there is no account.")
            }

            Note {
                Layout.fillWidth: true
                tint: App.saving ? Theme.sageSoft : Theme.cautionSoft
                accent: App.saving ? Theme.sage : Theme.caution
                title: App.saving ? qsTr("Saving on this computer") : qsTr("Not saving right now")
                text: (App.storageNotice.length > 0 ? App.storageNotice + "\n\n" : "") + qsTr("Folder: %1").arg(App.dataDir)
            }

            // What Hearth set aside rather than delete: a damaged file, a log it
            // could not read, what a restore replaced. Listed on every start.
            ColumnLayout {
                Layout.fillWidth: true
                visible: App.setAsideFiles.length > 0
                spacing: Theme.spacingS

                Label {
                    text: qsTr("Copies Hearth set aside")
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textTitle
                    color: Theme.ink
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    text: qsTr("When Hearth meets a file it cannot use safely, it moves it aside instead of deleting it, in case your words can still be recovered from it. They are in the folder above, readable by you only. Remove them when you no longer need them.")
                }
                Repeater {
                    model: App.setAsideFiles
                    delegate: RowLayout {
                        id: setAsideRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAnywhere
                            color: Theme.ink
                            text: qsTr("%1, %2, set aside %3").arg(setAsideRow.modelData.fileName).arg(setAsideRow.modelData.size).arg(setAsideRow.modelData.modified)
                        }
                        QuietButton {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(setAsideRow.modelData.fileName)
                            onClicked: page.messageRequested(App.removeSetAsideFile(setAsideRow.modelData.fileName).message, "")
                        }
                    }
                }
            }

            Label {
                text: qsTr("Take it with you")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.ink
                text: qsTr("A backup is one file with everything you have kept: favourites and notes, conversations and appreciations, drafts, journal and practice. You can bring it back here or on another computer.")
            }
            RowLayout {
                spacing: Theme.spacingM
                PrimaryButton {
                    id: backupButton
                    text: qsTr("Save a backup…")
                    enabled: App.saving
                    focus: true
                    Accessible.name: qsTr("Save a backup of everything")
                    onClicked: backupDialog.open()
                }
                Button {
                    text: qsTr("Bring back a backup…")
                    enabled: App.saving
                    // The Basic style draws a disabled button as an enabled one.
                    opacity: enabled ? 1 : 0.5
                    Accessible.name: text
                    onClicked: restoreDialog.open()
                }
            }
            // Why these buttons and Delete below cannot be used: said where they are, in plain words.
            Label {
                Layout.fillWidth: true
                visible: !App.saving
                wrapMode: Text.WordWrap
                color: Theme.caution
                text: qsTr("Saving a backup, bringing one back and deleting are not possible while Hearth is not saving: they would work on a copy in memory, not on your saved words, which Hearth is leaving untouched.")
            }

            Label {
                Layout.topMargin: Theme.spacingM
                text: qsTr("Leave without a trace")
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                color: Theme.ink
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.ink
                text: qsTr("Deleting removes everything you have kept from this computer, including the working copies Hearth keeps while it runs. Nothing can bring it back afterwards, unless you made a backup.")
            }
            Button {
                text: qsTr("Delete all my data…")
                enabled: App.saving
                // The Basic style draws a disabled button as an enabled one.
                opacity: enabled ? 1 : 0.5
                Accessible.name: text
                onClicked: deleteConfirmation.open()
            }

            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
