// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachhighlighter.h"

#include "coach/coach.h"
#include "coachcontroller.h"

CoachHighlighter::CoachHighlighter(QObject *parent) : QSyntaxHighlighter(parent) {}

void CoachHighlighter::setTextDocument(QQuickTextDocument *document)
{
    if (document == m_textDocument)
        return;
    m_textDocument = document;
    setDocument(document ? document->textDocument() : nullptr);
    emit textDocumentChanged();
}

void CoachHighlighter::setCoach(CoachController *coach)
{
    if (coach == m_coach)
        return;
    m_coach = coach;
    rehighlight();
    emit coachChanged();
}

void CoachHighlighter::setColours(const QVariantMap &colours)
{
    if (colours == m_colours)
        return;
    m_colours = colours;
    rehighlight();
    emit coloursChanged();
}

QColor CoachHighlighter::colourOf(const QString &kind) const
{
    const QColor colour = m_colours.value(kind).value<QColor>();
    return colour.isValid() ? colour : QColor(0xB4, 0x55, 0x2F);
}

void CoachHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockUserData(nullptr);
    if (!m_coach || text.trimmed().isEmpty())
        return;
    auto *drawn = new CoachBlockUnderlines;
    for (const CoachFinding &finding : m_coach->coach().findings(text)) {
        const int start = int(finding.start);
        const int length = int(finding.end - finding.start);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(colourOf(finding.kind));
        format.setProperty(KindProperty, finding.kind);
        setFormat(start, length, format);
        // The lowest lane no overlapping underline already takes.
        int lane = 0;
        for (bool taken = true; taken; ) {
            taken = false;
            for (const auto &other : std::as_const(drawn->underlines)) {
                const bool overlaps = other.start < start + length && start < other.start + other.length;
                if (overlaps && other.lane == lane) {
                    ++lane;
                    taken = true;
                }
            }
        }
        drawn->underlines.append({start, length, colourOf(finding.kind), lane});
    }
    setCurrentBlockUserData(drawn);
}
