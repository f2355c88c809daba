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
void logItem(const QQuickItem *item, QRectF visibleArea)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF area = item->mapRectToScene(item->boundingRect());
    if (item->clip())
        visibleArea &= area;
    if (visibleArea.isEmpty())
        return;
    if (drawsText(item) && area.intersects(visibleArea)) {
        const QString text = item->property("text").toString().simplified();
        if (!text.isEmpty())
            qCDebug(lcShown).noquote() << text;
    }
    for (const QQuickItem *child : item->childItems())
        logItem(child, visibleArea);
}

} // namespace

void ShownText::log(QQuickWindow *window)
{
    if (!lcShown().isDebugEnabled())
        return;
    logItem(window->contentItem(), QRectF(QPointF(0, 0), window->size()));
}
