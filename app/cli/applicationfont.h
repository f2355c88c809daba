// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The application's font in Hearth's body family (TypeScale), at the size
// the desktop gave. Qt Quick's Text notes the font each text was made with,
// which is the application's, and measures it at the first layout. In the desktop's family
// (here "Sans Serif", which fontconfig makes DejaVu Sans) that opened a font
// file and two font engines that no text draws with: 0.3 MiB of a start
// (bench/README.md). Call it after FontScale, before any QML loads.
namespace ApplicationFont {

// Keeps the application font's size, and every other attribute. A desktop
// that sets a new font while Hearth runs brings its own family back: that
// costs only what this saved, since every text names its family.
void useBodyFamily();

} // namespace ApplicationFont
