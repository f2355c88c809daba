// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QQuickItem;
class QQuickWindow;

namespace ShownText {
// Logs every text the window shows right now, one line each, under the
// logging category hearth.shown at debug level (off unless asked for:
// QT_LOGGING_RULES="hearth.shown.debug=true"). A screenshot is a picture;
// this says in words what is on it, so tests and scripts can check that a
// page shows what it should (the demo's favourites, say) without reading pixels.
void log(QQuickWindow *window);

// Every text the window shows right now, as it is written, with the item
// drawing it: visible, not faded out, not clipped away, not blank.
[[nodiscard]] QList<std::pair<QQuickItem *, QString>> collect(QQuickWindow *window);
} // namespace ShownText
