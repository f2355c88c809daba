// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as a lapse granted and then excused: "Yes, I was late, but
// the meeting overran.", "Granted, I overspent a bit, but have you seen the
// price of everything?". Part of CoachHorsemen; one linear pass. ("Yes, but
// you ...", the charge handed back, is read in coachdefensivecounter.cpp.)
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// The speaker's lapse told in the past: "I was late", "I forgot", "I raised my voice",
// "the kitchen's a mess" (not "I'll come", a plan, nor "I love it", no lapse).
bool lapseTold(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k + 1 < to; ++k) {
        const QString &word = tokens.at(k).word;
        const QString &next = tokens.at(k + 1).word;
        if (word == "i"_L1
            && (isOneOf(next, {"was"_L1, "did"_L1, "forgot"_L1, "spent"_L1, "said"_L1, "left"_L1, "broke"_L1,
                               "lost"_L1, "snapped"_L1, "went"_L1, "took"_L1, "ate"_L1, "drank"_L1, "missed"_L1})
                || (next.size() > 4 && next.endsWith("ed"_L1))))
            return true;
        if (word == "mess"_L1)
            return true;
    }
    return false;
}

// After the "but": the speaker owning it after all ("but I'm sorry", "but I'll fix it",
// "but you're right", "but I get why it stung") takes the excuse away.
bool ownsAfter(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        const QString &word = tokens.at(k).word;
        const QString &next = wordAt(tokens, k + 1);
        if (isOneOf(word, {"sorry"_L1, "i'll"_L1, "apologise"_L1, "apologize"_L1, "promise"_L1, "right"_L1,
                           "should"_L1, "shouldn't"_L1, "should've"_L1, "fault"_L1})
            || (word == "i"_L1 && isOneOf(next, {"will"_L1, "get"_L1, "understand"_L1, "see"_L1, "know"_L1})))
            return true;
    }
    return false;
}

} // namespace

// The point granted heads the sentence ("yes", "granted", "sure"), the lapse follows, and a
// "but" turns to what made it happen; the charge handed back is the counter-attack's.
void CoachHorsemen::findGrantedExcuses(const QString &text, const CoachTokens &tokens,
                                       QList<CoachFinding> &findings) const
{
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        if (end - first >= 5
            && isOneOf(tokens.at(first).word, {"yes"_L1, "yeah"_L1, "ok"_L1, "okay"_L1, "sure"_L1, "granted"_L1,
                                               "fine"_L1, "alright"_L1})
            && !sameClause(tokens, first, first + 1)) {
            for (qsizetype k = first + 2; k + 1 < end; ++k) {
                if (tokens.at(k).word != "but"_L1)
                    continue;
                const qsizetype reach = end < tokens.size() ? sentenceEnd(tokens, end) : end;
                if (lapseTold(tokens, first + 1, k) && !isOneOf(wordAt(tokens, k + 1), {"you"_L1, "so"_L1})
                    && !ownsAfter(tokens, k + 1, reach) && !warmBetween(tokens, first, reach))
                    add(m_denialPattern, text, tokens, first, k + 1, findings);
                break;
            }
        }
        first = end;
    }
}
