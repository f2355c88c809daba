// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachfinding.h"
#include "coachtokenizer.h"

#include "content/contenttypes.h"

// A finding for tokens [begin, end) of `text` from a content pattern: its
// kind, words and replacement (in the case of the words it replaces).
[[nodiscard]] CoachFinding findingFromPattern(const CoachPattern &pattern, const QString &text,
                                              const CoachTokens &tokens, qsizetype begin, qsizetype end);
