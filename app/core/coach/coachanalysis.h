// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachfinding.h"

#include <QList>
#include <QString>

// The parts of an I statement the coach recognised. A null string: not found.
struct CoachParts
{
    QString feeling;   // a word from the feelings vocabulary, as the vocabulary spells it
    QString situation; // the "when ..." clause, as written
    QString need;      // "because I need ...", as written
    QString request;   // "would you be willing ...", as written

    friend bool operator==(const CoachParts &, const CoachParts &) = default;
};

// What the coach made of one statement.
struct CoachAnalysis
{
    QList<CoachFinding> findings; // sorted by start; no two of one kind overlap
    CoachParts parts;
    // A whole kinder sentence with blanks ("___") only the speaker can fill;
    // null when there is no finding.
    QString rewrite;

    [[nodiscard]] bool isClean() const { return findings.isEmpty(); }
};
