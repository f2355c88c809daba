// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as the duty that would have been done but for a circumstance:
// "I would've called, but my phone died", "I'd have texted but I had no signal".
// Part of CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// Duties to the partner that a "would have" says were not done: called, texted, paid.
constexpr QLatin1StringView duties[] = {
    "called"_L1, "rung"_L1, "rang"_L1, "texted"_L1, "messaged"_L1, "replied"_L1, "answered"_L1, "paid"_L1,
    "come"_L1, "done"_L1, "told"_L1, "checked"_L1, "cleaned"_L1, "tidied"_L1, "booked"_L1, "remembered"_L1,
    "picked"_L1, "phoned"_L1};

// The "would have" that opens at `i` ("I'd have", "I would have", "I would've"): the
// index of the verb after it, or -1.
qsizetype dutyAfterWouldHave(const CoachTokens &tokens, qsizetype i)
{
    const QString &word = tokens.at(i).word;
    qsizetype k = i + 1;
    if (word == "i'd"_L1 && wordAt(tokens, k) == "have"_L1)
        ++k;
    else if (word == "i"_L1 && wordAt(tokens, k) == "would"_L1 && wordAt(tokens, k + 1) == "have"_L1)
        k += 2;
    else if (word == "i"_L1 && wordAt(tokens, k) == "would've"_L1)
        ++k;
    else if (word != "i'd've"_L1)
        return -1;
    return k < tokens.size() && sameClause(tokens, i, k) && isOneOf(tokens.at(k).word, duties) ? k : -1;
}

} // namespace

// The duty, then "but" and what got in the way, with no one else named as the cause
// ("but you ..." is the counter-attack's) and nothing owned or kind said ("..., but I
// should have found a phone, sorry", "I'd have picked you up, but I know you love the walk").
void CoachHorsemen::findWouldHaveExcuses(const QString &text, const CoachTokens &tokens,
                                         QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 3 < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Speaker) || !headsSentence(tokens, i))
            continue;
        const qsizetype duty = dutyAfterWouldHave(tokens, i);
        if (duty < 0)
            continue;
        const qsizetype end = sentenceEnd(tokens, i);
        qsizetype but = duty + 1;
        while (but < end && but <= duty + 5 && tokens.at(but).word != "but"_L1)
            ++but;
        if (but >= end || but > duty + 5 || but + 1 >= end || (tokens.at(but + 1).classes & Partner)
            || warmBetween(tokens, i, tokens.size()) || asksQuestion(text, tokens, i)
            || anyWordIn(tokens, but, tokens.size(),
                         {"sorry"_L1, "should"_L1, "should've"_L1, "fault"_L1, "know"_L1, "you"_L1}))
            continue;
        add(m_denialPattern, text, tokens, i, but + 1, findings);
        return;
    }
}
