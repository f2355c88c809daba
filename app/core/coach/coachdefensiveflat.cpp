// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as a flat denial: the speaker or the thing not even part of
// it ("I wasn't even in the room when it broke.", "The bill wasn't even in my
// name.", "It wasn't even that much money.") and the charge called untrue
// before the speaker's account ("Not true. I texted you at six."). Part of
// CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// "wasn't even", "weren't even" after the speaker or a thing, not the partner ("you weren't
// even ready" hands it back) nor someone else ("she wasn't even there"). The end, or -1.
qsizetype notEvenFrom(const CoachTokens &tokens, qsizetype i)
{
    if (!isOneOf(tokens.at(i).word, {"wasn't"_L1, "weren't"_L1}) || wordAt(tokens, i + 1) != "even"_L1
        || !sameClause(tokens, i, i + 1) || i == 0)
        return -1;
    // The subject opens its clause part: "I", "it", or a thing named with "the", "this" or "my"
    // (not a name: "Maya wasn't even at the party").
    const qsizetype subject = segmentStart(tokens, i);
    if (subject >= i || !isOneOf(tokens.at(subject).word, {"i"_L1, "it"_L1, "that"_L1, "this"_L1, "the"_L1, "my"_L1})
        || anyIn(tokens, subject, i, Partner | Other | Shared))
        return -1;
    // (Not surprise or warmth, "It wasn't even raining, what a lovely day!", nor a plan for both,
    // "The film wasn't even that long, we should watch it.")
    if (warmBetween(tokens, 0, tokens.size()) || anyIn(tokens, i + 2, tokens.size(), Shared))
        return -1;
    return i + 2;
}

} // namespace

void CoachHorsemen::findFlatDenials(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Negator))
            continue; // "wasn't", "weren't", "not": every other word is passed at a glance
        const qsizetype notEven = notEvenFrom(tokens, i);
        if (notEven > 0) {
            add(m_denialPattern, text, tokens, sentenceStartWithin(tokens, i, 8), notEven, findings);
            return;
        }
        // "Not true. I texted you at six.": the charge called untrue, a sentence of its own, then
        // the speaker's account (not "Not true, you're a wonderful cook.").
        if (tokens.at(i).word == "not"_L1 && tokens.at(i + 1).word == "true"_L1 && headsSentence(tokens, i)
            && sentenceEndWithin(tokens, i, 3) == i + 2 && wordAt(tokens, i + 2) == "i"_L1
            && !warmBetween(tokens, i, tokens.size()) && !asksQuestion(text, tokens, i)) {
            add(m_denialPattern, text, tokens, i, i + 2, findings);
            return;
        }
    }
}
