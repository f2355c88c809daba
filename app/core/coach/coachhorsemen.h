// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachfinding.h"
#include "coachlexicon.h"
#include "phrasematcher.h"

#include "content/contenttypes.h"

#include <QList>

// Three of Gottman's Four Horsemen (criticism is the other kinds' work):
// contempt (mockery, sarcasm), defensiveness (denying any part, counter-
// attacking, the innocent victim) and stonewalling (shutting the talk). The
// phrases come from content/coach/patterns.json; this class holds when they
// count. Insults of worth after a label frame ("you're pathetic") are found
// with the labels, since they share the frame.
class CoachHorsemen
{
public:
    CoachHorsemen() = default;
    // Interns the phrases into `lexicon`, which must then annotate the tokens.
    CoachHorsemen(const QList<CoachPattern> &patterns, CoachLexicon &lexicon);

    void find(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;

private:
    void findContempt(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findDefensiveness(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findStonewalling(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;

    QList<CoachPattern> m_patterns;
    PhraseMatcher m_sarcasm;   // payloads: index in m_patterns
    PhraseMatcher m_mockery;
    PhraseMatcher m_defensive;
    PhraseMatcher m_stonewalling;
    int m_sarcasmPattern = -1;  // for "yeah, right" and "oh, great", which cross a comma
    int m_defensivePattern = -1; // for "yes, but you ..."
};
