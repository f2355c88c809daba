// SPDX-License-Identifier: GPL-3.0-or-later
// Replies that recast or shrink what was done, for CoachHorsemen's
// defensiveness: the deed denied and renamed, made small, or the speaker
// wronged by being asked at all.
#include "coachdefensiveclauses.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace DefensiveClauses {

qsizetype reframeFrom(const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    const QString &denial = wordAt(tokens, k);
    if (isOneOf(denial, {"did"_L1, "was"_L1}) && wordAt(tokens, k + 1) == "not"_L1)
        ++k;
    else if (!isOneOf(denial, {"didn't"_L1, "wasn't"_L1}))
        return -1;
    // The denied deed, one or two words, and then the clause ends: "I didn't yell.", "I wasn't flirting,".
    const qsizetype deedEnd = clauseEndWithin(tokens, subject, 6);
    if (deedEnd <= k + 1 || deedEnd > k + 3 || deedEnd + 2 >= tokens.size())
        return -1;
    // The next clause recasts it: "I was talking loudly", "I was being polite", "I was just ...".
    if (wordAt(tokens, deedEnd) != "i"_L1 || wordAt(tokens, deedEnd + 1) != "was"_L1)
        return -1;
    qsizetype what = deedEnd + 2;
    while (what < tokens.size() && (tokens.at(what).classes & Hedge) && what < deedEnd + 4)
        ++what;
    if (what >= tokens.size() || !sameClause(tokens, deedEnd, what))
        return -1;
    // (A feeling made plain is no recasting: "I wasn't angry, I was hurt.")
    if (tokens.at(what).classes & (NotLabel | Warm))
        return -1;
    return what + 1;
}

qsizetype minimisedFrom(const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = at + 1;
    const bool notA = wordAt(tokens, k) == "not"_L1 && wordAt(tokens, k + 1) == "a"_L1;
    const bool no = wordAt(tokens, k) == "no"_L1;
    if (!notA && !no)
        return -1;
    k += notA ? 2 : 1;
    if (wordAt(tokens, k) != "big"_L1 || wordAt(tokens, k + 1) != "deal"_L1 || clauseEndWithin(tokens, at, 8) != k + 2)
        return -1;
    // Whose deed: the speaker's, told just before in the sentence, and nothing of the partner's.
    bool speaker = false;
    for (qsizetype i = sentenceStartWithin(tokens, at, 16); i < at; ++i) {
        if (tokens.at(i).classes & Partner)
            return -1;
        speaker = speaker || isOneOf(tokens.at(i).word, {"i"_L1, "i'm"_L1, "i've"_L1});
    }
    return speaker ? k + 2 : -1;
}

qsizetype wrongedFrom(const CoachTokens &tokens, qsizetype subject)
{
    const QString &who = tokens.at(subject).word;
    // "I can't be expected to ...", "I cannot be expected to ..."
    if (who == "i"_L1 && isOneOf(wordAt(tokens, subject + 1), {"can't"_L1, "cannot"_L1})
        && wordAt(tokens, subject + 2) == "be"_L1 && wordAt(tokens, subject + 3) == "expected"_L1)
        return subject + 4;
    // "So I'm not allowed to have friends now?": a question that says the partner forbids.
    if (who == "i'm"_L1 && wordAt(tokens, subject + 1) == "not"_L1 && wordAt(tokens, subject + 2) == "allowed"_L1
        && anyWordBefore(tokens, subject, 3, {"so"_L1, "what"_L1, "oh"_L1}))
        return subject + 3;
    return -1;
}

} // namespace DefensiveClauses
