// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Rewrite drills: a blaming statement, the person's kinder rewrite with the
// coach reading along, and the model rewrites only when asked for. Done
// drills are ticked; progress can be started afresh.
FocusScope {
    id: view
    objectName: "drillsView"

    property alias currentIndex: drillList.currentIndex
    // Read again when progress changes, so "done" is never stale.
    readonly property var drill: App.drills.doneCount >= 0 ? App.drills.get(drillList.currentIndex) : ({})
    property bool modelsShown: false
    // The drill whose words the field holds; -1 while it is being filled.
    property int shownRow: -1

    signal messageRequested(string message, string action)
    signal drillShown(int row)

    function focusFirst() {
        rewriteField.forceActiveFocus()
    }

    function showDrill(row: int) {
        if (row >= 0 && row < drillList.count)
            drillList.currentIndex = row
    }

    function save() {
        if (rewriteField.text.trim().length === 0) {
            view.messageRequested(qsTr("Write your rewrite first."), "")
            return
        }
        if (!App.drills.saveRewrite(drillList.currentIndex, rewriteField.text))
            return
        const found = App.drills.get(drillList.currentIndex).findings
        view.messageRequested(found === 0 ? qsTr("Saved. Nothing in it would put your partner on the defensive.")
                                          : qsTr("Saved, with %n thing(s) still to look at.", "", found), "")
    }

    function next() {
        if (drillList.currentIndex + 1 < drillList.count)
            drillList.currentIndex += 1
        rewriteField.forceActiveFocus()
    }


    // A drill's own rewrite comes back with it (the unsaved one first, if
    // any); the models wait to be asked for.
    function loadDrill() {
        const row = drillList.currentIndex
        const unsaved = App.drills.unsavedRewrite(row)
        view.shownRow = -1 // setting the text below is not typing
        rewriteField.text = unsaved !== undefined ? unsaved : (App.drills.get(row).rewrite ?? "")
        view.shownRow = row
        rewriteField.refresh()
        view.modelsShown = false
        view.drillShown(drillList.currentIndex)
    }

    function useRewrite() {
        if (rewriteField.useRewrite())
            rewriteField.forceActiveFocus()
        else
            view.messageRequested(qsTr("Nothing here needs a kinder sentence."), "")
    }

    Component.onCompleted: loadDrill()

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Rewrite drills")

    // Listed by ? and F1 (KeyboardHelp), beside the Shortcut items they describe.
    readonly property var keyHelp: [
        {keys: ["Ctrl+S"], action: qsTr("Save your rewrite")},
        {keys: ["Ctrl+Return", "Ctrl+Enter"], action: qsTr("Take the coach's suggestion")},
        {keys: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], action: qsTr("Use the coach's kinder sentence in place of your rewrite")},
        {keys: ["Ctrl+M"], action: qsTr("Show or hide the model rewrites")},
        {keys: ["Up", "Down"], action: qsTr("Choose a drill, in the list of drills")},
        {keys: ["Return"], action: qsTr("From the list, on to writing")}
    ]

    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible
        onActivated: view.save()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: view.visible
        onActivated: {
            if (!rewriteField.applySuggestion())
                view.messageRequested(qsTr("Nothing here has a ready replacement."), "")
        }
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]
        enabled: view.visible
        onActivated: view.useRewrite()
    }
    Shortcut {
        sequence: "Ctrl+M"
        enabled: view.visible
        onActivated: view.modelsShown = !view.modelsShown
    }

    GentleDialog {
        id: resetConfirmation
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Start the drills afresh?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Your rewrites and the ticks on %1 drills will be forgotten. The drills themselves stay.").arg(App.drills.doneCount)
        }
        Component.onCompleted: {
            standardButton(Dialog.Yes).text = qsTr("Reset my progress")
            standardButton(Dialog.Cancel).text = qsTr("Keep it")
        }
        onAccepted: {
            if (App.drills.resetProgress()) {
                view.shownRow = -1 // the old words go with the progress
                view.loadDrill()
                view.messageRequested(qsTr("Progress reset. Every drill is fresh again."), "")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        ColumnLayout {
            // A third of a small window at most, so the drill itself keeps room with large text.
            Layout.preferredWidth: Math.min(Theme.scaled(340), view.width / 3)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: Theme.spacingS

            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "drillProgress"
                    Layout.fillWidth: true
                    // Wraps in a narrow column (large text) rather than running under Reset.
                    wrapMode: Text.WordWrap
                    text: qsTr("%1 of %2 done").arg(App.drills.doneCount).arg(App.drills.count)
                    color: Theme.inkSoft
                    font.bold: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                QuietButton {
                    text: qsTr("Reset\u2026")
                    enabled: App.drills.doneCount > 0
                    Accessible.name: qsTr("Reset progress on the drills")
                    onClicked: resetConfirmation.open()
                }
            }

            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, App.drills.count)
                value: App.drills.doneCount
                Accessible.name: qsTr("Drills done")
            }

            ListView {
                id: drillList
                objectName: "drillList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: App.drills
                activeFocusOnTab: true
                highlightMoveDuration: 0
                keyNavigationWraps: false
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Drills")
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: view.loadDrill()
                delegate: DrillDelegate {}
                Keys.onReturnPressed: rewriteField.forceActiveFocus()
            }
        }

        Flickable {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: detailColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: detailColumn
                width: Math.min(detail.width, Theme.readingWidth + 80)
                spacing: Theme.spacingM

                Label {
                    // Wraps rather than widening the column past the window with large text.
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Drill %1 of %2").arg(drillList.currentIndex + 1).arg(drillList.count)
                          + ((view.drill.sectionTitle ?? "").length > 0 ? "  \u00B7  " + view.drill.sectionTitle : "")
                    color: Theme.accent
                    font.pixelSize: Theme.textSmall
                    font.bold: true
                    font.letterSpacing: 1.2
                }

                Label {
                    objectName: "drillStatement"
                    Layout.fillWidth: true
                    text: "\u201C" + (view.drill.statement ?? "") + "\u201D"
                    color: Theme.ink
                    font.family: Theme.headingFont
                    font.pixelSize: Theme.textHeading
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: qsTr("Say this more kindly: %1").arg(view.drill.statement ?? "")
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Say it so it can be heard: a feeling of yours, what happened, what you need, and a request your partner could say no to.")
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                }

                CoachTextArea {
                    id: rewriteField
                    objectName: "rewriteField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    font.pixelSize: Theme.textLead
                    focus: true
                    placeholderText: qsTr("Your rewrite")
                    Accessible.name: qsTr("Your rewrite")
                    // Kept for its drill as it is typed, so moving on or leaving never loses it.
                    onTextChanged: if (view.shownRow >= 0) App.drills.keepUnsavedRewrite(view.shownRow, rewriteField.text)
                }

                Label {
                    Layout.fillWidth: true
                    text: rewriteField.analysis.verdict
                    visible: text.length > 0
                    color: rewriteField.analysis.clean ? Theme.sage : Theme.caution
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                RewriteCard {
                    Layout.fillWidth: true
                    rewrite: rewriteField.analysis.rewrite ?? ""
                    onUseRequested: view.useRewrite()
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    PrimaryButton {
                        objectName: "saveRewriteButton"
                        text: view.drill.done ? qsTr("Save again  Ctrl+S") : qsTr("Save my rewrite  Ctrl+S")
                        enabled: rewriteField.text.trim().length > 0
                        Accessible.name: qsTr("Save my rewrite and mark the drill done (Ctrl+S)")
                        onClicked: view.save()
                    }
                    QuietButton {
                        objectName: "showModelsButton"
                        text: view.modelsShown ? qsTr("Hide model rewrites  Ctrl+M") : qsTr("Show model rewrites  Ctrl+M")
                        Accessible.name: view.modelsShown ? qsTr("Hide the model rewrites (Ctrl+M)") : qsTr("Show model rewrites (Ctrl+M)")
                        onClicked: view.modelsShown = !view.modelsShown
                    }
                    QuietButton {
                        text: qsTr("Next drill")
                        enabled: drillList.currentIndex + 1 < drillList.count
                        Accessible.name: text
                        onClicked: view.next()
                    }
                    KeyHint {
                        height: 36
                        keys: "Ctrl+Return"
                        action: qsTr("Use the suggestion at the cursor")
                    }
                }

                Panel {
                    objectName: "modelRewrites"
                    Layout.fillWidth: true
                    visible: view.modelsShown
                    implicitHeight: models.implicitHeight + 2 * Theme.spacingL

                    ColumnLayout {
                        id: models
                        anchors.fill: parent
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingS

                        Label {
                            text: qsTr("Kinder ways to say it")
                            color: Theme.ink
                            font.family: Theme.headingFont
                            font.pixelSize: Theme.textTitle
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Repeater {
                            model: view.drill.rewrites ?? []
                            delegate: Label {
                                required property string modelData
                                Layout.fillWidth: true
                                text: "\u2022  " + modelData
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                                lineHeight: 1.25
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("What changed: %1").arg(view.drill.tip ?? "")
                            color: Theme.sage
                            font.italic: true
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                }

                Repeater {
                    model: rewriteField.findings
                    delegate: FindingCard {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        finding: modelData
                        compact: true
                        current: index === rewriteField.currentFinding
                        applyKeys: "Ctrl+Return"
                        onApplyRequested: {
                            rewriteField.cursorPosition = modelData.start
                            rewriteField.applySuggestion()
                        }
                        onSelected: {
                            rewriteField.cursorPosition = modelData.start
                            rewriteField.forceActiveFocus()
                        }
                    }
                }

                Item { Layout.preferredHeight: Theme.spacingL }
            }
        }
    }
}
