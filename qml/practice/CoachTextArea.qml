// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A text area the phrasing coach reads as the person types: what it finds is
// underlined at once (in C++, per paragraph), while `analysis`, for lists and
// panels, follows a moment later so typing never waits on them. Hovering an
// underlined word says what the coach found there (all of it, when findings
// overlap). Tab moves on, as in any form.
TextArea {
    id: area

    // {findings, parts, rewrite, clean, verdict}, as App.coach.analyze() gives it.
    property var analysis: ({ findings: [], parts: {}, rewrite: "", clean: true, verdict: "" })
    readonly property var findings: analysis.findings
    // The finding that holds the text cursor, or -1.
    readonly property int currentFinding: App.coach.findingAt(findings, cursorPosition)
    // Every finding under the mouse (they may overlap), and the first of them, or -1.
    readonly property var hoveredFindings: {
        if (!hover.hovered)
            return []
        const point = hover.point.position
        const position = positionAt(point.x, point.y)
        // positionAt() gives the nearest character even below the text: only on the line itself.
        const line = positionToRectangle(position)
        if (point.y < line.y || point.y > line.y + line.height + 6)
            return []
        return App.coach.findingsAt(findings, position)
    }
    readonly property alias explanation: explanation
    readonly property int hoveredFinding: hoveredFindings.length > 0 ? hoveredFindings[0] : -1

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

    // Puts the coach's whole kinder sentence in place of the text, with its
    // first blank selected to type over. Returns false when there is none.
    function useRewrite(): bool {
        refresh()
        const kinder = analysis.rewrite ?? ""
        if (kinder.length === 0)
            return false
        // Edited in place, so Ctrl+Z takes it back.
        remove(0, length)
        insert(0, kinder)
        const blank = kinder.indexOf("___")
        if (blank >= 0)
            select(blank, blank + 3)
        else
            cursorPosition = kinder.length
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

    // What the coach found under the mouse, each finding there: why, and what to say instead.
    readonly property string hoverText: {
        let parts = []
        for (let i = 0; i < hoveredFindings.length; ++i) {
            const finding = findings[hoveredFindings[i]]
            if (finding)
                parts.push(finding.kindLabel + ": " + finding.message + "\n" + qsTr("Instead: %1").arg(finding.suggestion))
        }
        return parts.join("\n\n")
    }

    // Just below the word, not over the page's words above the editor.
    HearthToolTip {
        id: explanation
        objectName: "findingExplanation"
        readonly property rect word: area.hoveredFinding >= 0
                                     ? area.positionToRectangle(area.findings[area.hoveredFinding].start)
                                     : Qt.rect(0, 0, 0, 0)
        x: Math.max(0, Math.min(word.x, area.width - width))
        y: word.y + word.height + 8
        width: Math.min(420, area.width)
        delay: 300
        visible: area.hoverText.length > 0
        text: area.hoverText
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        // The accent edge says "typing here"; the ring says it plainly.
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : Theme.border
        // Inside the edge: a ScrollView clips what lies outside it.
        FocusRing {
            shown: area.activeFocus
            inset: true
        }
    }
}
