// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Larger desktop text, as a desktop gives it, for screenshots and tests:
// HEARTH_FONT_SCALE=1.5 multiplies the application font Qt got from the
// desktop, before any QML loads, so Hearth's type scale (Theme.qml) follows it
// exactly as it follows a person's desktop setting.
namespace FontScale {

inline constexpr const char *environmentVariable = "HEARTH_FONT_SCALE";

// Reads the variable; does nothing when it is unset, and warns and does
// nothing when it is not a number from 0.5 to 4. Needs the QGuiApplication.
void applyFromEnvironment();

// Multiplies the application font's size by `scale`.
void apply(double scale);

} // namespace FontScale
