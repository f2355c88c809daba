// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A text area the phrasing coach reads as the person types: what it finds is
// underlined at once (in C++, per paragraph), while `analysis`, for lists and
// panels, follows a moment later so typing never waits on them. Hovering an
// underlined word says what the coach found. Tab moves on, as in any form.
TextArea {
    id: area

    // {findings, parts, clean, verdict}, as App.coach.analyze() gives it.
    property var analysis: ({ findings: [], parts: {}, clean: true, verdict: "" })
    readonly property var findings: analysis.findings
    // The finding that holds the text cursor, or -1.
    readonly property int currentFinding: App.coach.findingAt(findings, cursorPosition)
    readonly property int hoveredFinding: hover.hovered
                                          ? App.coach.findingAt(findings, positionAt(hover.point.position.x, hover.point.position.y))
                                          : -1

    // Runs the analysis now rather than after the pause.
    function refresh() {
        analysis = App.coach.analyze(text)
        debounce.stop()
    }

    // Uses the replacement of the finding at the cursor, or else the first one
    // that has one. Returns false when nothing here has a ready replacement.
    function applySuggestion(): bool {
        const suggestion = App.coach.suggestionAt(text, cursorPosition)
        if (suggestion.replacement === undefined)
            return false
        // Edited in place, so Ctrl+Z takes it back.
        remove(suggestion.start, suggestion.end)
        insert(suggestion.start, suggestion.replacement)
        cursorPosition = suggestion.start + suggestion.replacement.length
        refresh()
        return true
    }

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    hoverEnabled: true
    color: Theme.ink
    placeholderTextColor: Theme.inkFaint
    Accessible.role: Accessible.EditableText
    Accessible.description: analysis.verdict

    onTextChanged: debounce.restart()
    Component.onCompleted: refresh()

    Keys.onTabPressed: event => {
        const next = area.nextItemInFocusChain(true)
        if (next)
            next.forceActiveFocus(Qt.TabFocusReason)
    }
    Keys.onBacktabPressed: event => {
        const previous = area.nextItemInFocusChain(false)
        if (previous)
            previous.forceActiveFocus(Qt.BacktabFocusReason)
    }

    Timer {
        id: debounce
        interval: 180
        onTriggered: area.analysis = App.coach.analyze(area.text)
    }

    CoachHighlighter {
        textDocument: area.textDocument
        coach: App.coach
        colours: Theme.findingColours
    }

    CoachUnderlines {
        x: area.leftPadding
        y: area.topPadding
        width: Math.max(0, area.width - area.leftPadding - area.rightPadding)
        height: area.contentHeight + 6
        textDocument: area.textDocument
    }

    HoverHandler {
        id: hover
    }

    // What the coach found under the mouse: why, and what to say instead.
    readonly property string hoverText: {
        const finding = hoveredFinding >= 0 ? findings[hoveredFinding] : undefined
        return finding ? finding.kindLabel + ": " + finding.message + "\n\n" + qsTr("Instead: %1").arg(finding.suggestion) : ""
    }

    ToolTip.visible: hoveredFinding >= 0
    ToolTip.delay: 300
    ToolTip.text: hoverText

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.focusRing : Theme.border
    }
}
