// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How many times slower a program runs in the sanitizer build (./test.sh
// --sanitize): ASan and UBSan check every access, and Qt Quick starts several
// times slower. Tests that bound how long a child takes scale their limits by
// it; the ordinary suite keeps the tight ones.
#ifdef HEARTH_SANITIZE
inline constexpr int slowdown = 4;
#else
inline constexpr int slowdown = 1;
#endif
