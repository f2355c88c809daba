// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachunderlines.h"

#include "coachcontroller.h" // completes the highlighter's QPointer
#include "coachhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {

constexpr qreal amplitude = 1.6;
constexpr qreal halfWave = 3.0;
// How far below the last an overlapping underline is drawn: clear of its wave.
constexpr qreal laneGap = 2 * amplitude + 1.6;

void drawWave(QPainter *painter, qreal x1, qreal x2, qreal y)
{
    QPainterPath path(QPointF(x1, y));
    qreal x = x1;
    bool up = true;
    while (x < x2) {
        const qreal next = std::min(x + halfWave, x2);
        path.quadTo(QPointF((x + next) / 2, y + (up ? -amplitude : amplitude)), QPointF(next, y));
        x = next;
        up = !up;
    }
    painter->drawPath(path);
}

} // namespace

CoachUnderlines::CoachUnderlines(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void CoachUnderlines::setTextDocument(QQuickTextDocument *document)
{
    if (document == m_textDocument)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_textDocument = document;
    if (QTextDocument *doc = document ? document->textDocument() : nullptr) {
        const auto repaint = [this] { update(); };
        m_connections.append(connect(doc, &QTextDocument::contentsChanged, this, repaint));
        if (QAbstractTextDocumentLayout *layout = doc->documentLayout()) {
            m_connections.append(connect(layout, &QAbstractTextDocumentLayout::update, this, repaint));
            m_connections.append(connect(layout, &QAbstractTextDocumentLayout::documentSizeChanged, this, repaint));
        }
    }
    update();
    emit textDocumentChanged();
}

void CoachUnderlines::paint(QPainter *painter)
{
    const QTextDocument *doc = m_textDocument ? m_textDocument->textDocument() : nullptr;
    if (!doc)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const QPointF origin = layout->position();
        const auto *drawn = dynamic_cast<const CoachBlockUnderlines *>(block.userData());
        if (!drawn)
            continue;
        for (const CoachBlockUnderlines::Underline &range : drawn->underlines) {
            painter->setPen(QPen(range.colour, 1.4));
            const int end = range.start + range.length;
            // A finding may wrap onto the next line: draw each line's piece.
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int from = std::max(range.start, line.textStart());
                const int to = std::min(end, line.textStart() + line.textLength());
                if (from >= to)
                    continue;
                const qreal x1 = origin.x() + line.cursorToX(from);
                const qreal x2 = origin.x() + line.cursorToX(to);
                const qreal y = origin.y() + line.y() + line.ascent() + 3 + range.lane * laneGap;
                drawWave(painter, std::min(x1, x2), std::max(x1, x2), y);
            }
        }
    }
}
