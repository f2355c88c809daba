// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a person would find clipped or covered in a window as it is laid out
// now: a visible control or text outside the window or outside an ancestor
// that clips it, a button's or choice's own words cut short, a heading broken
// over more than two lines, or two controls lying over each other. Along the direction a list or a scrolling view
// scrolls, its contents may go past its edges (the person scrolls to them);
// across it they may not.
#include <QStringList>

class QQmlEngine;
class QQuickItem;
class QQuickWindow;

namespace LayoutCheck {

// One line per problem, each naming the item; empty when everything fits.
[[nodiscard]] QStringList problems(QQuickWindow *window);

// The item as a person or a test reader can find it: its QML type, objectName,
// accessible name or text, and the nearest named ancestor.
[[nodiscard]] QString describe(QQuickItem *item);

// A few frames as a person sees them, with the events between them: text that
// reflows at a new width changes heights, lists make the delegates just past
// their edges in idle time (incubation), and layouts take another pass.
// False when a frame never came or a delegate was never finished.
[[nodiscard]] bool settle(QQuickWindow *window, QQmlEngine *engine);

} // namespace LayoutCheck
