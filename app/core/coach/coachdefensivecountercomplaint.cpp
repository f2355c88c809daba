// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as a counter-complaint with no "but" or "what about" to mark
// it: the partner's own lapse laid beside the charge ("You don't exactly help
// with the washing either.", "Well, you left the gas on last week.") and the
// speaker's toil set against what the partner did ("I've been grafting all
// day, what have you done?"). Part of CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// "You don't exactly help with the washing either.": the partner failing at a share of the
// work too, the sentence ending on "either" (not leave given, "You don't have to come either,
// it's fine.", nor a taste shared, "You don't like mushrooms either.").
qsizetype failingToo(const CoachTokens &tokens, qsizetype you)
{
    if (!isOneOf(wordAt(tokens, you + 1), {"don't"_L1, "didn't"_L1, "never"_L1}) || !headsSentence(tokens, you))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, you, 16);
    if (tokens.at(end - 1).word != "either"_L1 || !sameClause(tokens, you, end - 1)
        || anyWordIn(tokens, you + 2, end, {"have"_L1, "need"_L1, "worry"_L1, "mind"_L1})
        || !anyWordIn(tokens, you + 2, end, {"exactly"_L1, "help"_L1, "do"_L1, "clean"_L1, "cook"_L1, "tidy"_L1,
                                            "pay"_L1, "remember"_L1, "call"_L1, "text"_L1, "listen"_L1, "try"_L1,
                                            "lift"_L1, "bother"_L1, "wash"_L1}))
        return -1;
    return end;
}

// "Well, you left the gas on last week.": the partner's deed of the other day, opened with
// "well" (not "Well, you cooked last week, so it's my turn.", which takes a turn).
qsizetype lapseOfTheirs(const CoachTokens &tokens, qsizetype you)
{
    if (you == 0 || tokens.at(you - 1).word != "well"_L1 || !headsSentence(tokens, you))
        return -1;
    const QString &verb = wordAt(tokens, you + 1);
    if (!verb.endsWith("ed"_L1) && !isOneOf(verb, {"left"_L1, "forgot"_L1, "lost"_L1, "broke"_L1, "spent"_L1}))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, you, 16);
    bool before = false;
    for (qsizetype k = you + 2; k < end; ++k)
        before = before || tokens.at(k).word == "yesterday"_L1
                 || (tokens.at(k).word == "last"_L1 && isOneOf(wordAt(tokens, k + 1), {"week"_L1, "time"_L1, "night"_L1, "month"_L1}));
    return before && !anyIn(tokens, you + 2, tokens.size(), Speaker | Warm) ? end : -1;
}

// "I've been grafting all day, what have you done?": the speaker's toil, then the question of
// the partner's (not "What have you done to your hair?").
qsizetype toilAgainst(const CoachTokens &tokens, qsizetype what)
{
    if (wordAt(tokens, what + 1) != "have"_L1 || wordAt(tokens, what + 2) != "you"_L1 || wordAt(tokens, what + 3) != "done"_L1
        || clauseEndWithin(tokens, what, 6) != what + 4 || what == 0 || sameClause(tokens, what - 1, what))
        return -1;
    const qsizetype from = sentenceStartWithin(tokens, what - 1, 16);
    return isOneOf(wordAt(tokens, from), {"i've"_L1, "i"_L1}) && anyWordIn(tokens, from, what, {"all"_L1, "been"_L1, "work"_L1})
        ? what + 4 : -1;
}

} // namespace

void CoachHorsemen::findCounterComplaints(const QString &text, const CoachTokens &tokens,
                                          QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        qsizetype end = -1;
        qsizetype from = i;
        if (word == "you"_L1) {
            end = std::max(failingToo(tokens, i), lapseOfTheirs(tokens, i));
        } else if (word == "what"_L1) {
            end = toilAgainst(tokens, i);
            from = sentenceStartWithin(tokens, i - 1, 16);
        }
        if (end > i) {
            add(m_counterPattern, text, tokens, from, end, findings);
            return;
        }
    }
}
