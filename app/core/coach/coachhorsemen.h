// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachfinding.h"
#include "coachlexicon.h"
#include "phrasematcher.h"

#include "content/contenttypes.h"

#include <QList>

// Three of Gottman's Four Horsemen (criticism is the other kinds' work):
// contempt (mockery, sarcasm), defensiveness (denying any part, counter-
// attacking, the innocent victim) and stonewalling (shutting the talk). Set
// phrases come from content/coach/patterns.json; beyond them each horseman is
// also read from the shape of what is said (who speaks, the verb, what it is
// done to, what comes before and after), so that sentences nobody listed are
// caught too. One file a horseman: coachcontempt.cpp (and coachcontemptshapes.cpp,
// coachcontemptquestions.cpp, coachcontemptscorn.cpp, coachcontemptmockery.cpp,
// coachcontemptpraise.cpp, coachcontemptcondescension.cpp),
// coachdefensiveness.cpp (and coachdefensivedenials.cpp, coachdefensivecounter.cpp,
// coachdefensivecomebacks.cpp, coachdefensiveinsistence.cpp, coachdefensiverecord.cpp,
// coachdefensivegranted.cpp, coachdefensiveonlybecause.cpp, coachdefensivewouldhave.cpp,
// coachdefensivevictim.cpp, coachdefensiveflat.cpp, coachdefensivecountercomplaint.cpp),
// coachstonewalling.cpp, with their clause readers and
// word lists beside them. Insults of worth after a label frame ("you're
// pathetic") are found with the labels, since they share the frame.
class CoachHorsemen
{
public:
    CoachHorsemen() = default;
    // Interns the phrases into `lexicon`, which must then annotate the tokens.
    CoachHorsemen(const QList<CoachPattern> &patterns, CoachLexicon &lexicon);

    void find(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;

private:
    void findContempt(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findScareQuotes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findContemptShapes(const QString &text, const CoachTokens &tokens, bool warm, QList<CoachFinding> &findings) const;
    bool findContemptQuestionAt(const QString &text, const CoachTokens &tokens, qsizetype i, bool warm,
                                QList<CoachFinding> &findings) const; // coachcontemptquestions.cpp
    void findContemptMockery(const QString &text, const CoachTokens &tokens, bool warm, QList<CoachFinding> &findings) const;
    void findContemptScorn(const QString &text, const CoachTokens &tokens, bool warm, QList<CoachFinding> &findings) const;
    void findContemptPraise(const QString &text, const CoachTokens &tokens, bool warm,
        QList<CoachFinding> &findings) const; // coachcontemptpraise.cpp
    void findCondescension(const QString &text, const CoachTokens &tokens,
                           QList<CoachFinding> &findings) const; // coachcontemptcondescension.cpp
    void findDefensiveness(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findDefensiveShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // Each reads the shape starting at token `i`: true when the word started one.
    bool findDenialAt(const QString &text, const CoachTokens &tokens, qsizetype i, QList<CoachFinding> &findings) const;
    bool findCounterAttackAt(const QString &text, const CoachTokens &tokens, qsizetype i,
                             QList<CoachFinding> &findings) const; // coachdefensivecounter.cpp
    void findComebacks(const QString &text, const CoachTokens &tokens,
                       QList<CoachFinding> &findings) const; // coachdefensivecomebacks.cpp
    void findInsistedExcuses(const QString &text, const CoachTokens &tokens,
                             QList<CoachFinding> &findings) const; // coachdefensiveinsistence.cpp
    void findHeldUpRecord(const QString &text, const CoachTokens &tokens,
                          QList<CoachFinding> &findings) const; // coachdefensiverecord.cpp
    void findGrantedExcuses(const QString &text, const CoachTokens &tokens,
                            QList<CoachFinding> &findings) const; // coachdefensivegranted.cpp
    void findOnlyBecause(const QString &text, const CoachTokens &tokens,
                         QList<CoachFinding> &findings) const; // coachdefensiveonlybecause.cpp
    void findWouldHaveExcuses(const QString &text, const CoachTokens &tokens,
                              QList<CoachFinding> &findings) const; // coachdefensivewouldhave.cpp
    void findVictimRetorts(const QString &text, const CoachTokens &tokens,
                           QList<CoachFinding> &findings) const; // coachdefensivevictim.cpp
    void findFlatDenials(const QString &text, const CoachTokens &tokens,
                         QList<CoachFinding> &findings) const; // coachdefensiveflat.cpp
    void findCounterComplaints(const QString &text, const CoachTokens &tokens,
                               QList<CoachFinding> &findings) const; // coachdefensivecountercomplaint.cpp
    void findStonewalling(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findStonewallingShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void add(int pattern, const QString &text, const CoachTokens &tokens, qsizetype begin, qsizetype end,
             QList<CoachFinding> &findings) const;
    [[nodiscard]] int patternIndex(QLatin1StringView id) const;

    QList<CoachPattern> m_patterns;
    PhraseMatcher m_sarcasm;   // payloads: index in m_patterns
    PhraseMatcher m_mockery;
    PhraseMatcher m_defensive;
    PhraseMatcher m_stonewalling;
    int m_sarcasmPattern = -1;  // for "yeah, right" and "oh, great", which cross a comma
    int m_mockeryPattern = -1;
    int m_denialPattern = -1;
    int m_counterPattern = -1;  // also "yes, but you ..."
    int m_victimPattern = -1;
    int m_stonewallingPattern = -1;
};
