// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a screen reader or a keyboard would stumble on in a window as it is
// shown now. Each problem is one line naming the item (its QML type,
// objectName, name or text, and where it is on screen).
#include <QStringList>

class QQuickWindow;

namespace A11yCheck {

// A control the keyboard can reach (or the accessibility tree offers as
// focusable) without a name, or whose name only repeats its role; a custom
// control (an item with Keys, or a MouseArea or TapHandler that takes the
// focus) without a role. Offscreen, a control must set Accessible.name itself
// (see tests/ui/tst_accessibility.cpp).
[[nodiscard]] QStringList problems(QQuickWindow *window);

// Presses Tab from where the focus is until it comes round: a stop that is
// hidden or off screen, Tab stuck on one item, a control it never reaches,
// and a step against reading order (top to bottom, then left to right within
// a row; a column to the right may start higher, so the rail comes first).
[[nodiscard]] QStringList tabProblems(QQuickWindow *window);

} // namespace A11yCheck
