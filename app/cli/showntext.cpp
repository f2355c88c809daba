// SPDX-License-Identifier: GPL-3.0-or-later
#include "showntext.h"

#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcShown, "hearth.shown", QtWarningMsg)

namespace {

bool drawsText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
}

// `visibleArea` is the part of the window, in scene coordinates, that the
// item's clipping ancestors leave visible: a text scrolled away is not shown.
void collectFrom(QQuickItem *item, QRectF visibleArea, QList<std::pair<QQuickItem *, QString>> &texts)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF area = item->mapRectToScene(item->boundingRect());
    if (item->clip())
        visibleArea &= area;
    if (visibleArea.isEmpty())
        return;
    if (drawsText(item) && area.intersects(visibleArea)) {
        const QString text = item->property("text").toString();
        if (!text.trimmed().isEmpty())
            texts.append({item, text});
    }
    for (QQuickItem *child : item->childItems())
        collectFrom(child, visibleArea, texts);
}

} // namespace

void ShownText::log(QQuickWindow *window)
{
    if (!lcShown().isDebugEnabled())
        return;
    for (const auto &shown : collect(window))
        qCDebug(lcShown).noquote() << shown.second.simplified();
}

QList<std::pair<QQuickItem *, QString>> ShownText::collect(QQuickWindow *window)
{
    QList<std::pair<QQuickItem *, QString>> texts;
    collectFrom(window->contentItem(), QRectF(QPointF(0, 0), window->size()), texts);
    return texts;
}
