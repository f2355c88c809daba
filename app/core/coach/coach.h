// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachanalysis.h"
#include "coachhorsemen.h"
#include "coachlexicon.h"
#include "coachparts.h"
#include "phrasematcher.h"

#include "content/contenttypes.h"

#include <QList>
#include <QSet>
#include <QString>

class ContentRepository;

// The phrasing coach: reads a statement and points out what tends to make a
// partner defensive (sweeping words, blame, thoughts dressed as feelings,
// accusing "feelings", labels, demands, and Gottman's contempt, defensiveness
// and stonewalling), which parts of an I statement are already there, and a
// whole kinder sentence to say instead. Its words come from content/
// (coach/patterns.json, coach/valence.json and the vocabularies); this class
// holds the grammar around them.
//
// Fast enough to run on every keystroke: everything is prepared here, once,
// and analyze() is a single pass of hash lookups over the statement's words.
class Coach
{
public:
    explicit Coach(const ContentRepository &content);

    // The findings, the parts found, and for a statement with findings a whole
    // kinder sentence (CoachAnalysis::rewrite) that itself passes the coach.
    [[nodiscard]] CoachAnalysis analyze(const QString &text) const;
    // Only the findings, without the parts and the rewrite: for underlines
    // drawn on every keystroke and for counting.
    [[nodiscard]] QList<CoachFinding> findings(const QString &text) const;

private:
    [[nodiscard]] QList<CoachFinding> findingsOf(const QString &text, CoachTokens &tokens) const;
    [[nodiscard]] bool isClean(const QString &text) const;
    void findAbsolutes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findBlame(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findThoughts(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findEvaluativeFeelings(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findLabels(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // coachlabelshapes.cpp: "Pathetic." alone, "what kind of person forgets ...?"
    void findLabelShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // coachinsultshapes.cpp: insults no list holds, by shape: "You absolute walnut.", "such a martyr".
    void findInsultShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // coachdemands.cpp: orders, by phrase and by shape.
    void findDemands(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findDemandShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // coachforms.cpp: blame that no fixed phrase holds.
    void findBlameByValence(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findPutInAState(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findCounterfactualBlame(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    void findBlameForOutcome(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    // coachblameshapes.cpp: "that's on you", "your snoring is why ...", "you've made this miserable".
    void findBlameShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const;
    [[nodiscard]] std::optional<qsizetype> labelFrameBefore(const CoachTokens &tokens, qsizetype word) const;
    [[nodiscard]] std::optional<qsizetype> calledBefore(
        const CoachTokens &tokens, const PhraseMatch &match) const;
    [[nodiscard]] bool isHeadWord(const CoachTokens &tokens, qsizetype frame, qsizetype word, qsizetype end,
                                  bool fromLexicon) const;
    [[nodiscard]] int patternIndex(const QString &id) const;

    [[nodiscard]] CoachFinding fromPattern(const QString &text, const CoachTokens &tokens, qsizetype begin,
                                           qsizetype end, int pattern) const;

    CoachLexicon m_lexicon;
    QList<CoachPattern> m_patterns;
    QList<FauxFeeling> m_fauxFeelings;
    PhraseMatcher m_absolutes; // payloads: index in m_patterns
    PhraseMatcher m_blame;
    PhraseMatcher m_thoughts;
    PhraseMatcher m_demands;
    PhraseMatcher m_labels;
    PhraseMatcher m_labelFrames;
    PhraseMatcher m_fauxFeelingWords; // payload: index in m_fauxFeelings
    CoachPartsFinder m_parts;
    CoachHorsemen m_horsemen;
    QSet<QString> m_cleanTemplates; // the rewrites' fixed sentences, checked once, filled
    int m_lexiconLabelPattern = -1;  // the pattern a label from the valence lexicon reports
    int m_hurtMePattern = -1;        // "you disappointed me"
    int m_counterfactualPattern = -1; // "if you hadn't ..., we wouldn't have ..."
    int m_handedBackPattern = -1;     // "I wouldn't have yelled if you hadn't ...": defensiveness
    int m_becausePattern = -1;        // "we lost it because you didn't ..."
    int m_ruinedPattern = -1;         // "your sulking has ruined the day"
    int m_mustPattern = -1;           // "you're going to apologise", "I want you to call her"
    int m_imperativePattern = -1;     // "Call her.", "Stop shouting."
    int m_worthPattern = -1;          // "you're pathetic": contempt, found with the labels
};
