// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Journals for knowing yourself: each partner's own and a shared one, one of
// the guide's prompts, a page to write on (with a feeling and the guide's
// parts, if you like), and the pages kept before, to search. A journal may
// be locked with a passphrase; closed, it shows nothing of its pages. What is
// written is kept aside as it is typed (sealed in a locked journal), and kept
// for good with Ctrl+S. Keys: Ctrl+S keep, Ctrl+N a new page, Ctrl+Shift+P
// another prompt, Ctrl+F search.
FocusScope {
    id: view
    objectName: "journalView"

    property int promptIndex: 0
    property int entryId: 0
    property string feeling
    property var tags: []
    readonly property var prompt: App.journal.promptAt(promptIndex)
    // Only prompts of this part of the guide, when a link from the guide asked.
    property string sectionId
    // False while Hearth fills the page, so that is not taken for typing.
    property bool loaded: false
    readonly property bool journalOpen: App.journal.open
    // The journal the page shows, and whether it was open: a change of either loads the page afresh.
    property int shownJournal: -1
    property bool shownOpen: false
    property string unlockProblem

    // Exposed for tests: the dialogs.
    readonly property alias lockDialog: lockDialog
    readonly property alias newDialog: newDialog
    readonly property alias renameDialog: renameDialog
    readonly property alias deleteDialog: deleteDialog
    readonly property alias exportDialog: exportDialog

    signal messageRequested(string message, string action)

    function focusFirst() {
        if (view.journalOpen)
            page.forceActiveFocus()
        else
            lockedPanel.focusFirst()
    }

    // The words on the page stay: they may suit the next prompt too.
    function anotherPrompt() {
        if (entryId > 0)
            return // a page kept before keeps the prompt it answered
        promptIndex = App.journal.nextPrompt(promptIndex, sectionId)
        view.keepAside()
    }

    function showPromptsOf(section: string) {
        sectionId = section
        const first = App.journal.nextPrompt(-1, section)
        if (first >= 0)
            promptIndex = first
    }

    // A new page on this prompt; what was on the page before is kept first.
    function showPrompt(promptId: string) {
        const index = App.journal.promptIndexOf(promptId)
        if (index < 0)
            return
        if (entryId > 0 || page.text.trim().length > 0)
            startNew()
        if (entryId === 0 && page.text.trim().length === 0)
            promptIndex = index
    }

    // Kept as it is typed (the autosaver writes after a pause), with the prompt it answers.
    function keepAside() {
        if (view.loaded && view.journalOpen)
            App.journal.keepUnsaved(entryId, prompt.id ?? "", page.text, feeling, tags)
    }

    function save() {
        if (page.text.trim().length === 0) {
            view.messageRequested(qsTr("Write something first; even a line is enough."), "")
            return
        }
        const id = App.journal.save(entryId, prompt.id ?? "", page.text, feeling, tags)
        if (id > 0) {
            entryId = id
            view.messageRequested(qsTr("Kept in your journal."), "")
        }
    }

    // Before the page shows something else, words on it not kept yet are
    // kept: nothing written is lost. False when they could not be.
    function keepWhatIsWritten(): bool {
        if (!view.journalOpen)
            return true
        const kept = entryId > 0 ? App.journal.get(App.journal.rowOf(entryId)).text : undefined
        if (page.text.trim().length === 0 || page.text.trim() === kept)
            return true
        if (App.journal.save(entryId, prompt.id ?? "", page.text, feeling, tags) === 0)
            return false
        view.messageRequested(qsTr("Your page is kept in your journal."), "")
        return true
    }

    function fillPage(id: int, promptId: string, text: string, pageFeeling: string, pageTags: var) {
        view.loaded = false
        entryId = id
        const index = App.journal.promptIndexOf(promptId)
        if (index >= 0)
            promptIndex = index
        feeling = pageFeeling
        tags = Array.from(pageTags ?? [])
        page.text = text
        view.loaded = true
    }

    function startNew() {
        if (!keepWhatIsWritten())
            return
        fillPage(0, "", "", "", [])
        App.journal.keepUnsaved(0, "", "")
        page.forceActiveFocus()
    }

    function openEntry(row: int) {
        const entry = App.journal.get(row)
        if (entry.entryId === undefined || entry.entryId === entryId || !keepWhatIsWritten())
            return
        fillPage(entry.entryId, entry.promptId, entry.text, entry.feeling, entry.tags)
        page.forceActiveFocus()
    }

    // The chosen journal's page not kept yet, or an empty page; nothing while it is closed.
    function loadPage() {
        shownJournal = App.journal.journalId
        shownOpen = view.journalOpen
        journalBox.currentIndex = App.journal.journals.rowOf(App.journal.journalId)
        const unsaved = view.journalOpen ? App.journal.unsaved() : ({})
        if (unsaved.text !== undefined)
            fillPage(unsaved.entryId ?? 0, unsaved.promptId ?? "", unsaved.text, unsaved.feeling ?? "", unsaved.tags ?? [])
        else
            fillPage(0, "", "", "", [])
    }

    function chooseJournal(row: int) {
        const chosen = App.journal.journals.get(row)
        if (chosen.journalId === undefined || chosen.journalId === App.journal.journalId)
            return
        if (!keepWhatIsWritten()) {
            journalBox.currentIndex = App.journal.journals.rowOf(App.journal.journalId)
            return
        }
        unlockProblem = ""
        App.journal.journalId = chosen.journalId
    }

    function removeCurrent() {
        entries.settleCurrent()
        const entry = App.journal.get(entries.currentIndex)
        if (entry.entryId === undefined || !App.journal.remove(entry.entryId))
            return
        if (view.entryId === entry.entryId)
            view.entryId = 0 // the words stay on the page, as a new one
        view.messageRequested(qsTr("The page was deleted."), qsTr("Undo"))
    }

    function toggleTag(id: string) {
        const chosen = tags.slice()
        const at = chosen.indexOf(id)
        if (at >= 0)
            chosen.splice(at, 1)
        else
            chosen.push(id)
        tags = chosen
        keepAside()
    }

    function answerLockDialog(passphrase: string, repeated: string) {
        let result
        if (lockDialog.mode === JournalLockDialog.SetLock)
            result = App.journal.setLock(passphrase, repeated)
        else if (lockDialog.mode === JournalLockDialog.ChangePassphrase)
            result = App.journal.changePassphrase(passphrase, repeated)
        else
            result = App.journal.removeLock(passphrase)
        if (result.ok) {
            view.messageRequested(result.message, "")
            view.focusFirst()
        } else {
            lockDialog.problem = result.message
            Qt.callLater(lockDialog.open) // once it has closed
        }
    }

    function unlock(passphrase: string) {
        const result = App.journal.unlock(passphrase)
        if (result.ok) {
            unlockProblem = ""
            lockedPanel.clear()
            view.messageRequested(result.message, "")
            page.forceActiveFocus()
        } else {
            unlockProblem = result.message
        }
    }

    Component.onCompleted: loadPage()

    Connections {
        target: App.journal
        function onJournalChanged() {
            if (App.journal.journalId !== view.shownJournal || App.journal.open !== view.shownOpen)
                view.loadPage()
        }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Journal")

    // Listed by ? and F1 (KeyboardHelp), beside the Shortcut items they describe.
    readonly property var keyHelp: [
        {keys: ["Ctrl+S"], action: qsTr("Save the page")},
        {keys: ["Ctrl+N"], action: qsTr("Start a new page")},
        {keys: ["Ctrl+Shift+P"], action: qsTr("Another prompt")},
        {keys: ["Ctrl+F"], action: qsTr("Search the journal")},
        {keys: ["Return"], action: qsTr("Open the page highlighted in your journal")},
        {keys: ["Delete"], action: qsTr("Delete the page highlighted in your journal (Ctrl+Z brings it back)")}
    ]

    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible && view.journalOpen
        onActivated: view.save()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: view.visible && view.journalOpen
        onActivated: view.startNew()
    }
    Shortcut {
        sequence: "Ctrl+Shift+P"
        enabled: view.visible && view.journalOpen
        onActivated: view.anotherPrompt()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: view.visible && view.journalOpen
        onActivated: search.forceActiveFocus()
    }

    JournalLockDialog {
        id: lockDialog
        onChosen: (passphrase, repeated) => view.answerLockDialog(passphrase, repeated)
    }
    JournalNewDialog {
        id: newDialog
        onChosen: (name, shared) => {
            if (!view.keepWhatIsWritten())
                return
            const result = App.journal.createJournal(name, shared)
            if (result.ok) {
                view.messageRequested(result.message, "")
                view.focusFirst()
            } else {
                newDialog.problem = result.message
                Qt.callLater(newDialog.open) // once it has closed
            }
        }
    }
    JournalRenameDialog {
        id: renameDialog
        onChosen: name => {
            const result = App.journal.renameJournal(name)
            if (result.ok) {
                view.messageRequested(result.message, "")
            } else {
                renameDialog.problem = result.message
                Qt.callLater(renameDialog.open) // once it has closed
            }
        }
    }
    JournalDeleteDialog {
        id: deleteDialog
        onConfirmed: {
            view.messageRequested(App.journal.removeJournal().message, "")
            view.focusFirst()
        }
    }
    JournalExportDialog {
        id: exportDialog
        onSaveChosen: file => view.messageRequested(App.journal.exportMarkdown(file).message, "")
    }

    JournalLockedPanel {
        id: lockedPanel
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: journalPanel.left
        anchors.rightMargin: Theme.spacingL
        visible: !view.journalOpen
        journalName: App.journal.journalName
        problem: view.unlockProblem
        onUnlockRequested: passphrase => view.unlock(passphrase)
    }

    // Anchors, not a RowLayout, split the view (Qt 6.4: wrapped text gets its height).
    // With large type in a small window the page scrolls rather than shrinking to nothing.
    // It reaches `focusRoom` beyond the page's edges, so the clip leaves focus rings whole.
    Flickable {
        id: writing
        readonly property real focusRoom: 6
        visible: view.journalOpen
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: journalPanel.left
        anchors.leftMargin: -focusRoom
        anchors.bottomMargin: -focusRoom
        anchors.rightMargin: Theme.spacingL - focusRoom
        clip: true
        contentWidth: width
        contentHeight: Math.max(height, writingColumn.implicitHeight + focusRoom)
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: writingColumn
            x: writing.focusRoom
            width: writing.width - 2 * writing.focusRoom
            height: writing.contentHeight - writing.focusRoom
            spacing: Theme.spacingS

            Panel {
                Layout.fillWidth: true
                Layout.preferredHeight: promptColumn.implicitHeight + 2 * Theme.spacingL
                color: Theme.accentSoft

                ColumnLayout {
                    id: promptColumn
                    x: Theme.spacingL
                    y: Theme.spacingL
                    width: parent.width - 2 * Theme.spacingL
                    spacing: Theme.spacingS

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("A prompt from \u201C%1\u201D").arg(view.prompt.sectionTitle ?? "")
                        color: Theme.accentHover
                        font.pixelSize: Theme.textSmall
                        font.bold: true
                    }
                    Label {
                        objectName: "journalPrompt"
                        Layout.fillWidth: true
                        text: view.prompt.text ?? ""
                        font.family: Theme.headingFont
                        font.pixelSize: Theme.textTitle
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    QuietButton {
                        id: anotherButton
                        enabled: view.entryId === 0
                        text: qsTr("Another prompt")
                        Accessible.name: qsTr("Another prompt (Ctrl+Shift+P)")
                        onClicked: view.anotherPrompt()
                        HearthToolTip {
                            visible: anotherButton.hovered
                            text: "Ctrl+Shift+P"
                        }
                    }
                }
            }

            JournalPageDetails {
                Layout.fillWidth: true
                feeling: view.feeling
                tags: view.tags
                onFeelingChosen: word => {
                    view.feeling = word
                    view.keepAside()
                }
                onTagToggled: id => view.toggleTag(id)
            }

            WritingArea {
                id: page
                objectName: "journalPage"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.scaled(140)
                focus: true
                font.pixelSize: Theme.textLead
                placeholderText: App.journal.shared ? qsTr("Write the way it comes. This journal is for the two of you.")
                                                    : qsTr("Write the way it comes. This page is yours.")
                Accessible.name: qsTr("Your journal page")
                onTextChanged: view.keepAside()
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                PrimaryButton {
                    text: view.entryId > 0 ? qsTr("Keep the changes") : qsTr("Keep this page")
                    enabled: page.text.trim().length > 0
                    Accessible.name: qsTr("Keep this page in your journal (Ctrl+S)")
                    onClicked: view.save()
                }
                QuietButton {
                    text: qsTr("New page")
                    Accessible.name: qsTr("Start a new page (Ctrl+N)")
                    onClicked: view.startNew()
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    text: qsTr("Ctrl+S keeps it \u00B7 Ctrl+N a new page")
                    color: Theme.inkFaint
                    font.pixelSize: Theme.textSmall
                    elide: Text.ElideRight
                }
            }
        }
    }

    Panel {
        id: journalPanel
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Math.min(400, Math.max(260, parent.width * 0.32))

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingS

            ChoiceBox {
                id: journalBox
                objectName: "journalChooser"
                Layout.fillWidth: true
                visible: App.journal.journals.count > 0
                model: Array.from(App.journal.journals.names)
                currentIndex: App.journal.journals.rowOf(App.journal.journalId)
                Accessible.name: qsTr("Whose journal")
                onActivated: row => view.chooseJournal(row)
            }
            Label {
                Layout.fillWidth: true
                visible: !journalBox.visible
                text: App.journal.journalName
                color: Theme.ink
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            HearthMenu {
                id: journalMenu
                HearthMenuItem {
                    text: qsTr("New journal\u2026")
                    onTriggered: newDialog.ask()
                }
                HearthMenuItem {
                    objectName: "journalRenameItem"
                    text: qsTr("Rename\u2026")
                    enabled: App.journal.open
                    onTriggered: renameDialog.ask(App.journal.journalName)
                }
                HearthMenuItem {
                    objectName: "journalLockItem"
                    text: qsTr("Lock with a passphrase\u2026")
                    enabled: !App.journal.locked
                    onTriggered: lockDialog.ask(JournalLockDialog.SetLock)
                }
                HearthMenuItem {
                    text: qsTr("Lock it now")
                    enabled: App.journal.locked && App.journal.open
                    onTriggered: App.journal.relock()
                }
                HearthMenuItem {
                    text: qsTr("Change the passphrase\u2026")
                    enabled: App.journal.locked && App.journal.open
                    onTriggered: lockDialog.ask(JournalLockDialog.ChangePassphrase)
                }
                HearthMenuItem {
                    text: qsTr("Take the lock off\u2026")
                    enabled: App.journal.locked
                    onTriggered: lockDialog.ask(JournalLockDialog.RemoveLock)
                }
                HearthMenuItem {
                    text: qsTr("Save as a file\u2026")
                    enabled: App.journal.open && App.journal.count > 0
                    onTriggered: exportDialog.open()
                }
                HearthMenuItem {
                    objectName: "journalDeleteItem"
                    text: qsTr("Delete this journal\u2026")
                    enabled: App.journal.open
                    onTriggered: deleteDialog.ask(App.journal.journalName, App.journal.count)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                SearchField {
                    id: search
                    objectName: "journalSearch"
                    Layout.fillWidth: true
                    implicitWidth: 120
                    visible: view.journalOpen
                    placeholderText: qsTr("Search")
                    Accessible.name: qsTr("Search this journal")
                    text: App.journal.searchText
                    onTextChanged: App.journal.searchText = text
                    Keys.onDownPressed: entries.forceActiveFocus()
                }
                Item {
                    Layout.fillWidth: true
                    visible: !search.visible
                }
                QuietButton {
                    id: journalMenuButton
                    objectName: "journalMenuButton"
                    text: qsTr("Journal \u25BE")
                    Accessible.name: qsTr("Journal: new, rename, lock, save as a file, delete")
                    onClicked: journalMenu.popup(journalMenuButton, 0, journalMenuButton.height)
                }
            }

            KeyboardListView {
                id: entries
                objectName: "journalEntries"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: view.journalOpen
                clip: true
                spacing: Theme.spacingXs
                model: App.journal
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Pages of %1").arg(App.journal.journalName)
                ScrollBar.vertical: ScrollBar {}

                delegate: JournalEntryDelegate {
                    open: entryId === view.entryId
                    onOpenRequested: view.openEntry(index)
                }

                Keys.onReturnPressed: view.openEntry(currentIndex)
                Keys.onDeletePressed: view.removeCurrent()

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingM
                    visible: entries.count === 0
                    text: App.journal.searchText.length > 0 ? qsTr("No page holds those words.")
                                                            : qsTr("Pages you keep appear here, to read again. They never leave this computer.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !view.journalOpen
                text: qsTr("Locked")
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
