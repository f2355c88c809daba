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
    // Takes the focus its slot in AppShell is given.
    focus: true
    objectName: "dataPage"

    // For tests: the question before a restore.
    readonly property alias restoreQuestion: restoreConfirmation

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
        onAccepted: page.askToRestore(selectedFile)
    }

    // Read (and checked) before asking, so the question can say what comes back.
    BackupSummary {
        id: restoreSummary
    }

    function askToRestore(file: url) {
        restoreSummary.file = file
        restoreConfirmation.open()
    }

    GentleDialog {
        id: restoreConfirmation
        objectName: "restoreConfirmation"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 2 * Theme.spacingL)
        modal: true
        title: restoreSummary.ok ? qsTr("Replace what is here with this backup?") : qsTr("This backup cannot be brought back")
        standardButtons: restoreSummary.ok ? Dialog.Cancel | Dialog.Ok : Dialog.Close

        Column {
            width: parent.width
            spacing: Theme.spacingS
            Label {
                objectName: "restoreFileName"
                width: parent.width
                text: FileChoices.fileName(restoreSummary.file)
                font.bold: true
                color: Theme.ink
                elide: Text.ElideMiddle
                Accessible.name: text
            }
            Label {
                objectName: "restoreHolds"
                width: parent.width
                wrapMode: Text.WordWrap
                color: restoreSummary.ok ? Theme.ink : Theme.caution
                text: restoreSummary.holds + (restoreSummary.made.length > 0 ? " " + restoreSummary.made : "")
                Accessible.name: text
            }
            Label {
                width: parent.width
                visible: restoreSummary.ok
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                text: qsTr("Everything Hearth holds now will be replaced by what the backup holds; a copy of it is kept in the folder. If anything goes wrong, nothing changes.")
            }
        }
        // The buttons say what they do; keeping things as they are is where the keys start.
        onAboutToShow: {
            if (!restoreSummary.ok)
                return
            standardButton(Dialog.Ok).text = qsTr("Bring it back")
            standardButton(Dialog.Cancel).text = qsTr("Keep what is here")
            standardButton(Dialog.Cancel).highlighted = true
        }
        onOpened: {
            const keep = standardButton(restoreSummary.ok ? Dialog.Cancel : Dialog.Close)
            if (keep)
                keep.forceActiveFocus(Qt.TabFocusReason)
        }
        onAccepted: page.messageRequested(App.importBackup(restoreSummary.file).message, "")
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
            standardButton(Dialog.Yes).palette.buttonText = Qt.binding(() => Theme.caution)
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
                title: App.saving ? qsTr("Saving on this computer")
                                  : App.demo ? qsTr("A demo, kept in memory") : qsTr("Not saving right now")
                text: App.storageNotice

                PathLabel {
                    objectName: "dataFolderPath"
                    width: parent.width
                    visible: !App.demo
                    label: qsTr("Folder")
                    path: App.dataDir
                }
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
                    objectName: "backupButton"
                    text: qsTr("Save a backup…")
                    enabled: App.saving
                    focus: true
                    Accessible.name: qsTr("Save a backup of everything")
                    onClicked: backupDialog.open()
                }
                QuietButton {
                    objectName: "restoreButton"
                    text: qsTr("Bring back a backup…")
                    enabled: App.saving
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
            QuietButton {
                text: qsTr("Delete all my data…")
                enabled: App.saving
                Accessible.name: text
                onClicked: deleteConfirmation.open()
            }

            Item { Layout.preferredHeight: Theme.spacingXl }
        }
    }
}
