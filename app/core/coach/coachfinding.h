// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One thing the phrasing coach noticed in a statement.
struct CoachFinding
{
    QString kind;        // absolute, you-blame, thought-as-feeling, evaluative-feeling, label, demand
    qsizetype start = 0; // span in the statement, in UTF-16 code units (as QString counts)
    qsizetype end = 0;
    QString message;     // what the problem is, in plain words
    QString suggestion;  // what to say instead
    QString replacement; // words that can stand in for the span mechanically; empty when none fit
    QString patternId;   // the content pattern it came from, or "faux-feeling:<word>"

    friend bool operator==(const CoachFinding &, const CoachFinding &) = default;
};
