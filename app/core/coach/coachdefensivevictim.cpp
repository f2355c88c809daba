// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as the innocent victim's question: the speaker's freedoms
// said to be taken ("So I can't even have one drink?", "Am I not allowed to
// have a life now?", "So now it's a crime to watch the football?"), the
// speaker punished or accused ("So I'm being punished for one mistake now."),
// and the charge dared ("If I'm so bad, why are you still here?"). Part of
// CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// The sentence holding `at` is said as the partner's new rule: it opens with "so" (after
// "oh", "what"), or has "now" in it.
bool asANewRule(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype first = sentenceStartWithin(tokens, at, 12);
    const qsizetype end = sentenceEndWithin(tokens, at, 16);
    return anyWordIn(tokens, first, at, {"so"_L1}) || anyWordIn(tokens, first, end, {"now"_L1});
}

// "am I not allowed to", "I'm not allowed to", "I can't even", "it's a crime to": the end of
// the freedom taken, from `i`, or -1.
qsizetype freedomTakenFrom(const CoachTokens &tokens, qsizetype i)
{
    const QString &word = tokens.at(i).word;
    const auto next = [&](qsizetype k) -> const QString & { return inClause(tokens, i, i + k); };
    if (word == "am"_L1 && next(1) == "i"_L1 && next(2) == "not"_L1 && next(3) == "allowed"_L1)
        return i + 4;
    if (word == "i'm"_L1 && next(1) == "not"_L1 && next(2) == "allowed"_L1 && next(3) == "to"_L1)
        return i + 4;
    if (word == "i"_L1 && isOneOf(next(1), {"can't"_L1, "cannot"_L1}) && next(2) == "even"_L1
        && isOneOf(next(3), {"have"_L1, "go"_L1, "see"_L1, "watch"_L1, "enjoy"_L1, "relax"_L1, "sit"_L1}))
        return i + 4;
    if (word == "it's"_L1 && next(1) == "a"_L1 && next(2) == "crime"_L1 && next(3) == "to"_L1)
        return i + 4;
    return -1;
}

} // namespace

void CoachHorsemen::findVictimRetorts(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 3 < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        qsizetype end = -1;
        // (Not "Am I not allowed to park here? The sign is confusing.": said as the partner's rule,
        // and asked, unless "allowed" says it: "So now I can't even sit down, my back is killing
        // me." tells. A sarcastic "Sorry, ..." before it is no warmth.)
        // (The words first, then the sentence around them, so that a text of many "I"s stays linear.)
        if (isOneOf(word, {"am"_L1, "i'm"_L1, "i"_L1, "it's"_L1})) {
            end = freedomTakenFrom(tokens, i);
            if (end > 0 && (!asANewRule(tokens, i) || warmBetween(tokens, i, tokens.size())))
                end = -1;
            if (end > 0 && wordAt(tokens, end - 1) != "allowed"_L1 && wordAt(tokens, end - 2) != "allowed"_L1
                && !asksQuestion(text, tokens, i))
                end = -1;
        }
        // "So I'm being punished for one mistake now.", "Whoa, I'm being accused now?"
        if (end < 0 && word == "i'm"_L1 && inClause(tokens, i, i + 1) == "being"_L1
            && isOneOf(inClause(tokens, i, i + 2), {"punished"_L1, "accused"_L1, "interrogated"_L1, "attacked"_L1,
                                                     "lectured"_L1, "blamed"_L1})
            && asANewRule(tokens, i))
            end = i + 3;
        // "If I'm so bad, why are you still here?": the charge dared.
        if (end < 0 && word == "if"_L1 && inClause(tokens, i, i + 1) == "i'm"_L1 && inClause(tokens, i, i + 2) == "so"_L1) {
            const qsizetype stop = sentenceEndWithin(tokens, i, 16);
            for (qsizetype k = i + 3; k + 2 < stop; ++k) {
                if (tokens.at(k).word == "why"_L1 && isOneOf(tokens.at(k + 1).word, {"are"_L1, "do"_L1, "did"_L1})
                    && tokens.at(k + 2).word == "you"_L1) {
                    end = k + 3;
                    break;
                }
            }
        }
        if (end > 0) {
            add(m_victimPattern, text, tokens, i, end, findings);
            return; // one is enough to name
        }
    }
}
