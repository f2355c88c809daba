// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachanalysis.h"

#include <QString>
#include <QStringList>

#include <functional>

// A whole kinder sentence for a statement with findings, built from the parts
// the coach found in it: a gentle start-up (feeling, situation, need,
// request), or for stonewalling a break with a return, or for defensiveness
// taking a part of the responsibility (Gottman's antidotes). What only the
// speaker can say is left as a blank.
namespace CoachRewriter {

// The blank the speaker fills in: "I felt ___ when ...".
[[nodiscard]] QString blank();
// What stands in a blank when a rewrite is checked: a word the coach reads as
// nothing in particular.
[[nodiscard]] QString placeholder();
// The rewrite with its blanks filled by placeholder().
[[nodiscard]] QString filled(const QString &rewrite);

// The fixed sentences a rewrite may be, before any part is put in.
[[nodiscard]] QStringList templates();

// `isClean` tells whether a sentence passes the coach. A found part that would
// not pass on its own is left blank, so every rewrite, filled, passes.
// `analysis` is what the coach found in `text`.
[[nodiscard]] QString rewrite(const QString &text, const CoachAnalysis &analysis,
                              const std::function<bool(const QString &)> &isClean);

} // namespace CoachRewriter
