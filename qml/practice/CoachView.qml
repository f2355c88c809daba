// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The free-write coach: write what you want to say, and see at once what may
// put your partner on the defensive, underlined where it is, explained on the
// right (the one at the cursor first), with Ctrl+Return to use a replacement.
// The writing is kept in the database between runs; the first time, an
// example stands in, to be typed over.
FocusScope {
    id: view
    objectName: "coachView"

    // The first time, an example stands in: marked as one, and gone at the first key typed.
    property bool showingExample: !App.coach.hasFreeWrite
    // The editor announces text changes while it is made; only typing after that is the person's.
    property bool loaded: false

    signal messageRequested(string message, string action)

    function focusFirst() {
        editor.forceActiveFocus()
    }

    function copy() {
        if (editor.text.trim().length === 0 || view.showingExample) {
            view.messageRequested(qsTr("Nothing of yours to copy yet."), "")
            return
        }
        App.coach.copyToClipboard(editor.text)
        view.messageRequested(qsTr("Copied. Paste it wherever you want to say it."), "")
    }

    // To a text file: the words are already kept here as they are typed, so
    // Save is for taking them elsewhere.
    function saveToFile() {
        if (editor.text.trim().length === 0 || view.showingExample) {
            view.messageRequested(qsTr("Nothing of yours to save yet."), "")
            return
        }
        saveDialog.open()
    }

    function applySuggestion() {
        if (!editor.applySuggestion())
            view.messageRequested(qsTr("Nothing here has a ready replacement: the notes on the right say what to try instead."), "")
    }

    function useRewrite() {
        const wasExample = view.showingExample
        view.showingExample = false
        if (editor.useRewrite()) {
            editor.forceActiveFocus()
            return
        }
        view.showingExample = wasExample
        view.messageRequested(qsTr("Nothing here needs a kinder sentence."), "")
    }

    Component.onCompleted: {
        editor.text = view.showingExample ? App.coach.example : App.coach.freeWrite
        editor.refresh()
        view.loaded = true
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Free-write coach")

    // Listed by ? and F1 (KeyboardHelp), beside the Shortcut items they describe.
    readonly property var keyHelp: [
        {keys: ["Ctrl+S"], action: qsTr("Save your words to a file")},
        {keys: ["Ctrl+Shift+C"], action: qsTr("Copy your words")},
        {keys: ["Ctrl+Return", "Ctrl+Enter"], action: qsTr("Take the coach's suggestion")},
        {keys: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], action: qsTr("Use the kinder sentence in place of your words")}
    ]

    SaveFileDialog {
        id: saveDialog
        objectName: "coachSaveDialog"
        title: qsTr("Save your words as a text file")
        stem: "hearth-words"
        suffix: "txt"
        nameFilters: [qsTr("Text (*.txt)")]
        onSaveChosen: file => view.messageRequested(App.coach.saveToFile(editor.text, file).message, "")
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible
        onActivated: view.saveToFile()
    }
    Shortcut {
        sequence: "Ctrl+Shift+C"
        enabled: view.visible
        onActivated: view.copy()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: view.visible
        onActivated: view.applySuggestion()
    }

    Shortcut {
        sequences: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]
        enabled: view.visible
        onActivated: view.useRewrite()
    }

    // Anchors, not a RowLayout, split the page: the writing column then knows
    // its width before it lays out, and wrapped lines get their height (Qt 6.4).
    Item {
        anchors.fill: parent

        ColumnLayout {
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.right: notes.left
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: qsTr("Write it the way it comes. The coach underlines what may land badly, as you type; hover over a word, or put the cursor in it, to see why.")
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: exampleRow.implicitHeight + 2 * Theme.spacingS
                visible: view.showingExample
                radius: Theme.radiusSmall
                color: Theme.cautionSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: exampleLabel.text

                RowLayout {
                    id: exampleRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    anchors.leftMargin: Theme.spacingM
                    Label {
                        id: exampleLabel
                        Layout.fillWidth: true
                        text: qsTr("An example, not your words: it shows what the coach notices. Try Ctrl+Return on it, or start typing to replace it.")
                        color: Theme.caution
                        font.bold: true
                        font.pixelSize: Theme.textSmall
                        wrapMode: Text.WordWrap
                    }
                    QuietButton {
                        text: qsTr("Clear it")
                        Accessible.name: qsTr("Clear the example")
                        onClicked: {
                            view.showingExample = false
                            editor.clear()
                            editor.forceActiveFocus()
                        }
                    }
                }
            }

            ScrollView {
                id: scroller
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth

                CoachTextArea {
                    id: editor
                    objectName: "coachEditor"
                    font.pixelSize: Theme.textLead
                    padding: Theme.spacingM
                    focus: true
                    placeholderText: qsTr("What do you want to say to your partner?")
                    Accessible.name: view.showingExample ? qsTr("Free writing, showing an example to replace") : qsTr("Free writing")
                    // Kept as it is typed; the autosaver writes after a pause.
                    onTextChanged: {
                        if (view.loaded && !view.showingExample)
                            App.coach.keepFreeWrite(editor.text)
                    }
                    // The first key typed clears the example; the key then types as usual.
                    Keys.onPressed: event => {
                        if (view.showingExample && event.text.length > 0
                                && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                            view.showingExample = false
                            editor.clear()
                        }
                        event.accepted = false
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Label {
                    objectName: "coachVerdict"
                    Layout.fillWidth: true
                    text: editor.analysis.verdict.length > 0 ? (editor.analysis.clean ? "\u2713 " : "") + editor.analysis.verdict
                                                             : qsTr("Nothing written yet.")
                    color: editor.analysis.clean ? Theme.sage : Theme.caution
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    QuietButton {
                        id: copyButton
                        objectName: "coachCopyButton"
                        text: qsTr("Copy")
                        enabled: !view.showingExample && editor.text.trim().length > 0
                        Accessible.name: qsTr("Copy your words to the clipboard (Ctrl+Shift+C)")
                        onClicked: view.copy()
                        HearthToolTip {
                            visible: copyButton.hovered
                            text: "Ctrl+Shift+C"
                        }
                    }
                    QuietButton {
                        id: saveButton
                        objectName: "coachSaveButton"
                        text: qsTr("Save as a file…")
                        enabled: !view.showingExample && editor.text.trim().length > 0
                        Accessible.name: qsTr("Save your words as a text file (Ctrl+S)")
                        onClicked: view.saveToFile()
                        HearthToolTip {
                            visible: saveButton.hovered
                            text: "Ctrl+S"
                        }
                    }
                }
                KeyHint {
                    // Within the writing column: at large text in a small window
                    // the hint's one line would reach under the notes.
                    Layout.fillWidth: true
                    keys: "Ctrl+Return"
                    action: qsTr("Use the suggestion at the cursor")
                }
            }
        }

        Panel {
            id: notes
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Math.min(440, Math.max(340, parent.width * 0.36))

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingS

                Label {
                    text: qsTr("What the coach notices")
                    color: Theme.ink
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textTitle
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                RewriteCard {
                    Layout.fillWidth: true
                    rewrite: editor.analysis.rewrite ?? ""
                    onUseRequested: view.useRewrite()
                }

                ListView {
                    id: findingList
                    objectName: "findingList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingS
                    model: editor.findings
                    currentIndex: editor.currentFinding
                    highlightFollowsCurrentItem: false
                    boundsBehavior: Flickable.StopAtBounds
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("What the coach notices")
                    ScrollBar.vertical: ScrollBar {}

                    onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)

                    delegate: FindingCard {
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        finding: modelData
                        current: index === editor.currentFinding
                        applyKeys: "Ctrl+Return"
                        onApplyRequested: {
                            editor.cursorPosition = modelData.start
                            view.applySuggestion()
                        }
                        onSelected: {
                            editor.cursorPosition = modelData.start
                            editor.forceActiveFocus()
                        }
                    }

                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacingM
                        visible: findingList.count === 0
                        spacing: Theme.spacingS
                        Label {
                            Layout.fillWidth: true
                            text: editor.text.trim().length > 0 ? qsTr("Nothing to look at.")
                                                                : qsTr("Notes appear here as you write.")
                            color: editor.text.trim().length > 0 ? Theme.sage : Theme.inkSoft
                            font.bold: editor.text.trim().length > 0
                            wrapMode: Text.WordWrap
                            horizontalAlignment: Text.AlignHCenter
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: editor.text.trim().length > 0
                            text: qsTr("Say how you feel, what happened, what you need, and what you would like: the builder can help.")
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
