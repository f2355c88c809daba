// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

namespace ShownText {
// Logs every text the window shows right now, one line each, under the
// logging category hearth.shown at debug level (off unless asked for:
// QT_LOGGING_RULES="hearth.shown.debug=true"). A screenshot is a picture;
// this says in words what is on it, so tests and scripts can check that a
// page shows what it should (the demo's favourites, say) without reading pixels.
void log(QQuickWindow *window);
} // namespace ShownText
