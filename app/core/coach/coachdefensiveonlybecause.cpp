// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as a deed shrunk to its circumstances: "I'm only grumpy
// because I haven't eaten", "I was only late because the traffic was insane",
// "I only spent that money because the voucher was about to expire". Part of
// CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

// "I" (or "I'm", "I was") then "only", and a "because" a few words on in the same sentence;
// not love or gladness ("I only did it because I love you", "I only came because you asked,
// and I'm so glad I did"), nor the lapse owned after all ("..., but I should have texted, sorry").
void CoachHorsemen::findOnlyBecause(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 3 < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        if (!isOneOf(word, {"i"_L1, "i'm"_L1}))
            continue;
        qsizetype only = i + 1;
        if (word == "i"_L1 && isOneOf(wordAt(tokens, only), {"was"_L1, "am"_L1}))
            ++only;
        if (wordAt(tokens, only) != "only"_L1 || !sameClause(tokens, i, only))
            continue;
        const qsizetype end = sentenceEnd(tokens, i);
        qsizetype because = -1;
        for (qsizetype k = only + 2; k < end && k <= only + 6; ++k) {
            if (tokens.at(k).word == "because"_L1) {
                because = k;
                break;
            }
        }
        // (With the partner as the cause, "because you shouted", you-blame says it; labels differ.)
        const qsizetype cause = wordAt(tokens, because + 1) == "of"_L1 ? because + 2 : because + 1;
        if (because < 0 || warmBetween(tokens, i, tokens.size())
            || (cause < end && (tokens.at(cause).classes & Partner))
            || isOneOf(wordAt(tokens, cause), {"what"_L1})
            || anyWordIn(tokens, because, tokens.size(),
                         {"glad"_L1, "sorry"_L1, "should"_L1, "should've"_L1, "fault"_L1, "happy"_L1}))
            continue;
        add(m_denialPattern, text, tokens, i, because + 1, findings);
        return;
    }
}
