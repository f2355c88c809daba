// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The statement builder: four steps side by side (two by two, scrolling,
// at large text in a small window), the sentence they make
// below (the coach reading it), and the drafts kept so far. Tab walks the
// steps in the sentence's order; Ctrl+S saves, Ctrl+Shift+C copies, Ctrl+N
// starts afresh.
FocusScope {
    id: view
    objectName: "builderView"

    readonly property BuilderController builder: App.builder
    // A small window (1024 wide and less): hints get a third line, key hints give way.
    readonly property bool narrow: width < 860
    // The four steps side by side while each keeps room for its words (about
    // 116 design pixels a column); at large text in a small window they go two
    // by two, and the builder scrolls up and down to keep each step its height.
    // Measured on the view's width and the theme alone, never on the steps' own
    // sizes, so the arrangement cannot feed back into itself.
    readonly property int stepColumns: width >= 4 * Theme.scaled(116) + 3 * Theme.spacingL ? 4 : 2
    readonly property bool stacked: stepColumns < 4

    signal messageRequested(string message, string action)

    function focusFirst() {
        feelingPicker.searchField.forceActiveFocus()
    }

    function save() {
        view.messageRequested(view.builder.save().message, "")
    }

    function copy() {
        view.messageRequested(view.builder.copy(), "")
    }

    function toggleStar() {
        view.messageRequested(view.builder.toggleStar().message, "")
    }

    function startNew() {
        view.builder.startNew()
        feelingPicker.searchText = ""
        needPicker.searchText = ""
        focusFirst()
    }

    function openDraft(draftId: var) {
        // The whole vocabulary again, so the opened draft's words show ticked.
        feelingPicker.searchText = ""
        needPicker.searchText = ""
        if (view.builder.open(draftId))
            view.messageRequested(qsTr("Opened. Change anything, then save it again."), "")
    }

    // What the coach found in a step, in a line: "“always”, “selfish”".
    function flagged(findings: var): string {
        let words = []
        for (let i = 0; i < findings.length; ++i)
            words.push("\u201C" + findings[i].excerpt + "\u201D")
        return words.join(", ")
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Build a statement")

    // Listed by ? and F1 (KeyboardHelp), beside the Shortcut items they describe.
    readonly property var keyHelp: [
        {keys: ["Ctrl+S"], action: qsTr("Save the statement")},
        {keys: ["Ctrl+Shift+C"], action: qsTr("Copy the statement")},
        {keys: ["Ctrl+N"], action: qsTr("Start a new statement")},
        {keys: ["Ctrl+Return", "Ctrl+Enter"], action: qsTr("Take the coach's suggestion where you are writing")}
    ]

    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible
        onActivated: view.save()
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: view.visible
        onActivated: view.copy()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: view.visible
        onActivated: view.startNew()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: view.visible
        // In the step being written, or else in the statement.
        onActivated: {
            const area = situationField.activeFocus ? situationField : requestField.activeFocus ? requestField : preview
            if (!area.applySuggestion())
                view.messageRequested(qsTr("Nothing here has a ready replacement."), "")
        }
    }

    GentleDialog {
        id: deleteConfirmation
        property var draftId
        property string words
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Delete this draft?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("\u201C%1\u201D will be deleted from your drafts. If you starred it, it stays in Favourites.").arg(deleteConfirmation.words)
        }
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Delete")
            standardButton(Dialog.Cancel).text = qsTr("Keep it")
        }
        onAccepted: {
            if (App.drafts.remove(draftId))
                view.messageRequested(qsTr("The draft was deleted."), "")
            draftList.forceActiveFocus()
        }
        onRejected: draftList.forceActiveFocus()
    }

    // Two by two, Tab can walk into a step below the fold: bring it into sight.
    Connections {
        target: view.Window
        enabled: view.stacked && view.visible
        function onActiveFocusItemChanged() {
            const item = view.Window.activeFocusItem
            let inside = false
            for (let parent = item; parent; parent = parent.parent) {
                if (parent === content) {
                    inside = true
                    break
                }
            }
            if (!inside)
                return
            const area = item.mapToItem(content, 0, 0, item.width, item.height)
            const bottom = Math.min(area.y + Math.min(area.height, scroller.height), scroller.contentHeight)
            if (area.y < scroller.contentY)
                scroller.contentY = Math.max(0, area.y)
            else if (bottom > scroller.contentY + scroller.height)
                scroller.contentY = Math.max(0, bottom - scroller.height)
        }
    }

    // Still when the steps are side by side (the content is the view's height);
    // scrolls when they are two by two.
    Flickable {
        id: scroller
        anchors.fill: parent
        clip: view.stacked
        interactive: view.stacked
        contentWidth: width
        contentHeight: view.stacked ? content.implicitHeight : height
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: view.stacked ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: content
            // The scroll bar gets its own strip, so no control lies under it.
            width: scroller.width - (view.stacked ? scroller.ScrollBar.vertical.width + Theme.spacingXs : 0)
            height: view.stacked ? implicitHeight : scroller.height
            spacing: Theme.spacingM

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: !view.stacked
                Layout.minimumHeight: 230
                // Two rows of steps, each tall enough for a word list to show several words.
                Layout.preferredHeight: view.stacked ? 2 * Theme.scaled(250) + rowSpacing : -1
                columns: view.stepColumns
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacingS
                    StepHeader {
                        Layout.fillWidth: true
                        number: 1
                        done: view.builder.feeling.length > 0
                        title: qsTr("I feel\u2026")
                        hintLines: view.narrow ? 3 : 2
                        hint: qsTr("A feeling in you, not a verdict on them.")
                    }
                    WordPicker {
                        id: feelingPicker
                        objectName: "feelingPicker"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        focus: true
                        vocabulary: App.feelings
                        chosen: view.builder.feeling
                        placeholderText: qsTr("Find a feeling")
                        searchName: qsTr("Step 1, find a feeling")
                        listName: qsTr("Feelings, by family")
                        onPicked: word => view.builder.feeling = word
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacingS
                    StepHeader {
                        Layout.fillWidth: true
                        number: 2
                        done: view.builder.situation.trim().length > 0
                        title: qsTr("when\u2026")
                        hintLines: view.narrow ? 3 : 2
                        hint: qsTr("As a camera would see it: \u201Cyou looked at your phone at dinner\u201D.")
                    }
                    CoachTextArea {
                        id: situationField
                        objectName: "situationField"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: view.builder.situation
                        placeholderText: qsTr("What happened?")
                        Accessible.name: qsTr("Step 2, what happened")
                        onTextChanged: view.builder.situation = text
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 36
                        text: situationField.findings.length > 0
                              ? qsTr("A camera could not see %1. What would it see?").arg(view.flagged(situationField.findings))
                              : situationField.text.trim().length > 0 ? qsTr("No judgement words: a camera could have seen this.") : ""
                        color: situationField.findings.length > 0 ? Theme.caution : Theme.sage
                        font.pixelSize: Theme.textSmall
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignTop
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacingS
                    StepHeader {
                        Layout.fillWidth: true
                        number: 3
                        done: view.builder.need.length > 0
                        title: qsTr("because I need\u2026")
                        hintLines: view.narrow ? 3 : 2
                        hint: qsTr("What matters to you here, not what they should do.")
                    }
                    WordPicker {
                        id: needPicker
                        objectName: "needPicker"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        vocabulary: App.needs
                        chosen: view.builder.need
                        placeholderText: qsTr("Find a need")
                        searchName: qsTr("Step 3, find a need")
                        listName: qsTr("Needs, by group")
                        onPicked: word => view.builder.need = word
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacingS
                    StepHeader {
                        Layout.fillWidth: true
                        number: 4
                        done: view.builder.request.trim().length > 0 && view.builder.requestCanBeRefused
                        title: qsTr("Would you\u2026?")
                        hintLines: view.narrow ? 3 : 2
                        hint: qsTr("Something specific they can do soon: \u201Cput our phones away at dinner\u201D.")
                    }
                    CoachTextArea {
                        id: requestField
                        objectName: "requestField"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: view.builder.request
                        placeholderText: qsTr("What would you like?")
                        Accessible.name: qsTr("Step 4, what you ask for")
                        onTextChanged: view.builder.request = text
                    }
                    CheckBox {
                        id: refusable
                        objectName: "refusableCheck"
                        Layout.fillWidth: true
                        text: qsTr("Could my partner say no to this?")
                        checked: view.builder.requestCanBeRefused
                        Accessible.name: text
                        FocusRing {
                            shown: refusable.visualFocus
                        }
                        // Wraps rather than cutting the question short in a narrow column.
                        contentItem: Label {
                            leftPadding: refusable.indicator.width + refusable.spacing
                            text: refusable.text
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        Accessible.description: refusableHint.text
                        onToggled: view.builder.requestCanBeRefused = checked
                        Keys.onReturnPressed: toggle()
                    }
                    Label {
                        id: refusableHint
                        Layout.fillWidth: true
                        Layout.preferredHeight: (view.narrow ? 3 : 2) * 18
                        text: refusable.checked ? qsTr("Then it is a request, not a demand.")
                                                : qsTr("Tick it when a no would be all right: that makes it a request.")
                        color: refusable.checked ? Theme.sage : Theme.inkSoft
                        font.pixelSize: Theme.textSmall
                        wrapMode: Text.WordWrap
                        maximumLineCount: view.narrow ? 3 : 2
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignTop
                    }
                }
            }

            FauxFeelingNote {
                Layout.fillWidth: true
                visible: (view.builder.fauxFeeling.word ?? "").length > 0
                faux: view.builder.fauxFeeling
                onFeelingChosen: word => {
                    feelingPicker.searchText = ""
                    view.builder.feeling = word
                }
                onNeedChosen: word => {
                    needPicker.searchText = ""
                    view.builder.need = word
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: view.stacked ? Theme.scaled(300) : Math.max(260, view.height * 0.38)
                Layout.maximumHeight: view.stacked ? Theme.scaled(300) : Math.max(260, view.height * 0.38)
                spacing: Theme.spacingL

                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingS

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingM
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Your statement")
                                color: Theme.ink
                                font.family: Theme.headingFont
                                font.pixelSize: Theme.textTitle
                                elide: Text.ElideRight
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            // The buttons show their keys on hover too; a narrow window keeps the room
                            // for words. (A Loader, not `visible`: Qt 6.4's RowLayout could leave
                            // hints that became visible drawn over the title.)
                            Loader {
                                active: !view.narrow
                                source: "BuilderKeyHints.qml"
                            }
                            QuietButton {
                                id: newButton
                                text: qsTr("New")
                                Accessible.name: qsTr("Start a new statement (Ctrl+N)")
                                onClicked: view.startNew()
                                HearthToolTip {
                                    visible: newButton.hovered
                                    text: "Ctrl+N"
                                }
                            }
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            spacing: Theme.spacingM

                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                Layout.preferredWidth: 3
                                spacing: Theme.spacingXs

                                CoachTextArea {
                                    id: preview
                                    objectName: "statementPreview"
                                    Layout.fillWidth: true
                                    Layout.fillHeight: true
                                    text: view.builder.text
                                    font.pixelSize: Theme.textLead
                                    Accessible.name: qsTr("Your statement, which you can also edit by hand")
                                    onTextChanged: view.builder.text = text
                                }

                                Label {
                                    Layout.fillWidth: true
                                    text: view.builder.empty ? qsTr("Fill in the steps, or write it here in your own words.")
                                                             : preview.analysis.verdict
                                    color: view.builder.empty ? Theme.inkSoft : preview.analysis.clean ? Theme.sage : Theme.caution
                                    font.bold: !view.builder.empty
                                    font.pixelSize: Theme.textSmall
                                    elide: Text.ElideRight
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: text
                                }
                            }

                            // What the coach notices in the statement, beside it.
                            ListView {
                                id: previewFindings
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                Layout.preferredWidth: 2
                                visible: count > 0
                                clip: true
                                spacing: Theme.spacingXs
                                model: preview.findings
                                boundsBehavior: Flickable.StopAtBounds
                                Accessible.role: Accessible.List
                                Accessible.name: qsTr("What the coach notices in your statement")
                                ScrollBar.vertical: ScrollBar {}
                                delegate: FindingCard {
                                    required property var modelData
                                    required property int index
                                    width: ListView.view.width
                                    finding: modelData
                                    compact: true
                                    current: index === preview.currentFinding
                                    applyKeys: "Ctrl+Return"
                                    onApplyRequested: {
                                        preview.cursorPosition = modelData.start
                                        preview.applySuggestion()
                                    }
                                    onSelected: {
                                        preview.cursorPosition = modelData.start
                                        preview.forceActiveFocus()
                                    }
                                }
                            }
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingS
                            PrimaryButton {
                                id: saveButton
                                objectName: "saveDraftButton"
                                // Once saved, it says so and rests, rather than asking to save again.
                                readonly property bool upToDate: view.builder.draftId > 0 && view.builder.saved
                                text: upToDate ? qsTr("\u2713 Saved") : view.builder.draftId > 0 ? qsTr("Save changes") : qsTr("Save as a draft")
                                enabled: !view.builder.empty && !upToDate
                                Accessible.name: upToDate ? qsTr("Saved as a draft; nothing changed since")
                                                          : view.builder.draftId > 0 ? qsTr("Save the changes to this draft (Ctrl+S)")
                                                                                      : qsTr("Save as a draft (Ctrl+S)")
                                onClicked: view.save()
                                HearthToolTip {
                                    visible: saveButton.hovered
                                    text: "Ctrl+S"
                                }
                            }
                            QuietButton {
                                id: copyButton
                                text: qsTr("Copy")
                                Accessible.name: qsTr("Copy the statement to the clipboard (Ctrl+Shift+C)")
                                onClicked: view.copy()
                                HearthToolTip {
                                    visible: copyButton.hovered
                                    text: "Ctrl+Shift+C"
                                }
                            }
                            QuietButton {
                                text: view.builder.starred ? qsTr("\u2605 Starred") : qsTr("\u2606 Star")
                                enabled: !view.builder.empty
                                Accessible.name: view.builder.starred ? qsTr("Starred. Press to remove from favourites")
                                                                      : qsTr("Save and star: keep it in favourites")
                                onClicked: view.toggleStar()
                            }
                            QuietButton {
                                visible: view.builder.handEdited
                                text: qsTr("Use the steps again")
                                Accessible.name: qsTr("Edited by hand. Let go of the edits and rebuild the sentence from the steps")
                                onClicked: view.builder.rebuild()
                            }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignRight
                                text: view.builder.saved ? qsTr("Saved") : view.builder.draftId > 0 ? qsTr("Changed since saved")
                                                                         : view.builder.handEdited ? qsTr("Edited by hand") : qsTr("Not saved yet")
                                color: view.builder.saved ? Theme.sage : Theme.inkFaint
                                font.pixelSize: Theme.textSmall
                                elide: Text.ElideRight
                            }
                        }
                    }
                }

                Panel {
                    Layout.preferredWidth: view.narrow ? 220 : Math.max(300, view.width * 0.3)
                    Layout.fillHeight: true

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacingM
                        spacing: Theme.spacingS

                        Label {
                            // The count in the body font: EB Garamond's old-style 1 reads as "ı".
                            text: App.drafts.count > 0
                                  ? qsTr("Your drafts (%1)").arg("<span style=\"font-family: '%1'; font-size: %2px\">%3</span>"
                                                                 .arg(Theme.bodyFont).arg(Theme.textLead).arg(App.drafts.count))
                                  : qsTr("Your drafts")
                            textFormat: Text.RichText
                            color: Theme.ink
                            font.family: Theme.headingFont
                            font.pixelSize: Theme.textTitle
                            Accessible.role: Accessible.Heading
                            Accessible.name: App.drafts.count > 0 ? qsTr("Your drafts (%1)").arg(App.drafts.count) : qsTr("Your drafts")
                        }

                        ListView {
                            id: draftList
                            objectName: "draftList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: Theme.spacingS
                            model: App.drafts
                            activeFocusOnTab: true
                            highlightMoveDuration: 0
                            boundsBehavior: Flickable.StopAtBounds
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Your drafts")
                            ScrollBar.vertical: ScrollBar {}

                            function currentDraft(): var {
                                return App.drafts.get(currentIndex)
                            }

                            delegate: DraftDelegate {
                                open: draftId === view.builder.draftId
                                onOpenRequested: view.openDraft(draftId)
                                onStarToggled: App.drafts.toggleStar(draftId)
                                onDeleteRequested: {
                                    deleteConfirmation.draftId = draftId
                                    deleteConfirmation.words = text
                                    deleteConfirmation.open()
                                }
                            }

                            Keys.onPressed: event => {
                                const draft = draftList.currentDraft()
                                if (draft.draftId === undefined)
                                    return
                                if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                                    view.openDraft(draft.draftId)
                                    event.accepted = true
                                } else if (event.key === Qt.Key_S && event.modifiers === Qt.NoModifier) {
                                    App.drafts.toggleStar(draft.draftId)
                                    event.accepted = true
                                } else if (event.key === Qt.Key_Delete) {
                                    deleteConfirmation.draftId = draft.draftId
                                    deleteConfirmation.words = draft.text
                                    deleteConfirmation.open()
                                    event.accepted = true
                                }
                            }

                            Label {
                                anchors.centerIn: parent
                                width: parent.width - 2 * Theme.spacingM
                                visible: draftList.count === 0
                                text: qsTr("Statements you save appear here, to come back to before you say them.")
                                color: Theme.inkSoft
                                font.pixelSize: Theme.textSmall
                                wrapMode: Text.WordWrap
                                horizontalAlignment: Text.AlignHCenter
                            }
                        }
                    }
                }
            }
        }
    }
}
