// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A journal for knowing yourself: one of the guide's prompts, a page to write
// on, and the pages kept before. What is written is kept aside as it is
// typed, and kept for good with Ctrl+S. Keys: Ctrl+S keep, Ctrl+N a new page,
// Ctrl+Shift+P another prompt.
FocusScope {
    id: view
    objectName: "journalView"

    property int promptIndex: 0
    property int entryId: 0
    readonly property var prompt: App.journal.promptAt(promptIndex)
    // Only prompts of this part of the guide, when a link from the guide asked.
    property string sectionId
    // False while Hearth fills the page, so that is not taken for typing.
    property bool loaded: false

    signal messageRequested(string message, string action)

    function focusFirst() {
        page.forceActiveFocus()
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
        if (view.loaded)
            App.journal.keepUnsaved(entryId, prompt.id ?? "", page.text)
    }

    function save() {
        if (page.text.trim().length === 0) {
            view.messageRequested(qsTr("Write something first; even a line is enough."), "")
            return
        }
        const id = App.journal.save(entryId, prompt.id ?? "", page.text)
        if (id > 0) {
            entryId = id
            view.messageRequested(qsTr("Kept in your journal."), "")
        }
    }

    // Before the page shows something else, words on it not kept yet are
    // kept: nothing written is lost. False when they could not be.
    function keepWhatIsWritten(): bool {
        const kept = entryId > 0 ? App.journal.get(App.journal.rowOf(entryId)).text : undefined
        if (page.text.trim().length === 0 || page.text.trim() === kept)
            return true
        if (App.journal.save(entryId, prompt.id ?? "", page.text) === 0)
            return false
        view.messageRequested(qsTr("Your page is kept in your journal."), "")
        return true
    }

    function startNew() {
        if (!keepWhatIsWritten())
            return
        view.loaded = false
        entryId = 0
        page.text = ""
        view.loaded = true
        App.journal.keepUnsaved(0, "", "")
        page.forceActiveFocus()
    }

    function openEntry(row: int) {
        const entry = App.journal.get(row)
        if (entry.entryId === undefined || entry.entryId === entryId || !keepWhatIsWritten())
            return
        view.loaded = false
        entryId = entry.entryId
        const index = App.journal.promptIndexOf(entry.promptId)
        if (index >= 0)
            promptIndex = index
        page.text = entry.text
        view.loaded = true
        page.forceActiveFocus()
    }

    Component.onCompleted: {
        const unsaved = App.journal.unsaved()
        if (unsaved.text !== undefined) {
            entryId = unsaved.entryId ?? 0
            const index = App.journal.promptIndexOf(unsaved.promptId ?? "")
            if (index >= 0)
                promptIndex = index
            page.text = unsaved.text
        }
        loaded = true
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Journal")

    // Listed by ? and F1 (KeyboardHelp), beside the Shortcut items they describe.
    readonly property var keyHelp: [
        {keys: ["Ctrl+S"], action: qsTr("Save the page")},
        {keys: ["Ctrl+N"], action: qsTr("Start a new page")},
        {keys: ["Ctrl+Shift+P"], action: qsTr("Another prompt")},
        {keys: ["Return"], action: qsTr("Open the page highlighted in your journal")},
        {keys: ["Delete"], action: qsTr("Delete the page highlighted in your journal, after asking")}
    ]

    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible
        onActivated: view.save()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: view.visible
        onActivated: view.startNew()
    }
    Shortcut {
        sequence: "Ctrl+Shift+P"
        enabled: view.visible
        onActivated: view.anotherPrompt()
    }

    GentleDialog {
        id: deleteConfirmation
        property int entryId
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 480
        modal: true
        title: qsTr("Delete this page of your journal?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("It will be deleted from this computer.")
        }
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Delete")
            standardButton(Dialog.Cancel).text = qsTr("Keep it")
            standardButton(Dialog.Cancel).highlighted = true
        }
        onAccepted: {
            if (App.journal.remove(entryId)) {
                if (view.entryId === entryId)
                    view.entryId = 0 // the words stay on the page, as a new one
                view.messageRequested(qsTr("The page was deleted."), "")
            }
            entries.forceActiveFocus()
        }
        onRejected: entries.forceActiveFocus()
    }

    // Anchors, not a RowLayout, split the view (Qt 6.4: wrapped text gets its height).
    ColumnLayout {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: journalPanel.left
        anchors.rightMargin: Theme.spacingL
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

        WritingArea {
            id: page
            objectName: "journalPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            font.pixelSize: Theme.textLead
            placeholderText: qsTr("Write the way it comes. No one reads this but you.")
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

            Label {
                text: qsTr("Your journal")
                color: Theme.ink
                font.family: Theme.headingFont
                font.pixelSize: Theme.textTitle
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            KeyboardListView {
                id: entries
                objectName: "journalEntries"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXs
                model: App.journal
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your journal")
                ScrollBar.vertical: ScrollBar {}

                delegate: JournalEntryDelegate {
                    open: entryId === view.entryId
                    onOpenRequested: view.openEntry(index)
                }

                Keys.onReturnPressed: view.openEntry(currentIndex)
                Keys.onDeletePressed: {
                    const entry = App.journal.get(currentIndex)
                    if (entry.entryId !== undefined) {
                        deleteConfirmation.entryId = entry.entryId
                        deleteConfirmation.open()
                    }
                }

                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingM
                    visible: entries.count === 0
                    text: qsTr("Pages you keep appear here, to read again. They never leave this computer.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }
}
