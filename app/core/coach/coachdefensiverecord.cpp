// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as the speaker's record held up against the charge: what
// the speaker did the other day ("I did the dishes yesterday, so don't
// start"), a promise that is supposedly enough ("I said I'd do it later") and
// a lapse that everyone has ("Everyone forgets things sometimes"). Part of
// CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// "I did the dishes yesterday, so don't start", "i literally did the dishes
// yesterday wtf", "But I paid for dinner last time!", "I paid the gas bill
// last month so don't talk to me about money": a deed of the speaker's, of
// the other day, held up (not "I cooked yesterday, so tonight's your turn?",
// which asks, nor "I paid for dinner last time, it was lovely"). `subject`
// is a sentence-heading "I"; returns the end of the deed, or -1.
qsizetype deedHeldUpFrom(const QString &text, const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    const bool literally = wordAt(tokens, k) == "literally"_L1;
    if (literally)
        ++k;
    if (!isOneOf(wordAt(tokens, k),
            {"did"_L1, "paid"_L1, "cooked"_L1, "cleaned"_L1, "washed"_L1, "bought"_L1, "told"_L1, "hoovered"_L1,
                "tidied"_L1, "made"_L1, "picked"_L1, "walked"_L1, "emptied"_L1}))
        return -1;
    const qsizetype clause = clauseEndWithin(tokens, subject, 12);
    const qsizetype end = sentenceEndWithin(tokens, subject, 24);
    const qsizetype reach = std::min(tokens.size(), end + 12);
    if (warmBetween(tokens, subject, reach) || laughsBetween(tokens, subject, reach))
        return -1;
    // "I literally did nothing", "i literally told u id be late so idk why ur upset": insisted on.
    if (literally)
        return k + 1;
    bool before = false; // the other day: "yesterday", "last week", "last time"
    for (qsizetype j = k + 1; j < clause; ++j)
        before = before || tokens.at(j).word == "yesterday"_L1
            || (tokens.at(j).word == "last"_L1 && isOneOf(wordAt(tokens, j + 1), {"time"_L1, "week"_L1, "month"_L1, "night"_L1}));
    // What makes it a retort: "so don't ...", "wtf", "didn't I?", or an exclaimed "But I ...!".
    const bool shout = wordAt(tokens, subject - 1) == "but"_L1 && tokens.at(end - 1).end < text.size()
        && text.at(tokens.at(end - 1).end) == u'!';
    const bool dontStart = wordAt(tokens, clause) == "so"_L1 && isOneOf(wordAt(tokens, clause + 1), {"don't"_L1, "idk"_L1, "stop"_L1});
    const bool tagged = wordAt(tokens, clause) == "didn't"_L1 && wordAt(tokens, clause + 1) == "i"_L1;
    const bool retort = shout || dontStart || tagged || (clause < end && isOneOf(wordAt(tokens, clause), {"wtf"_L1}));
    // "I paid for dinner, so don't start.", "I did the hoovering, didn't I?": the retort says it
    // is held up even with no day named; not a lapse ("I made a mess, didn't I?"), news checked
    // ("I told you about the party, didn't I?"), reassurance ("..., so don't worry about that"),
    // nor an offer after it ("I made a lasagne, didn't I? Want some?").
    const bool hushed = dontStart && isOneOf(wordAt(tokens, clause + 2), {"start"_L1, "talk"_L1, "lecture"_L1, "moan"_L1,
                                                                         "nag"_L1, "go"_L1, "tell"_L1});
    const bool offered = end < tokens.size() && asksQuestion(text, tokens, end);
    if (!(before || ((hushed || (tagged && !offered)) && tokens.at(k).word != "told"_L1
                     && !anyIn(tokens, k + 1, clause, Negative))))
        return -1;
    return retort ? clause : -1;
}

// "I said I'd do it later", "I already said I'd do it, so what's the
// problem?", "I said I'd do it, didn't I?": a promise held up as enough, the
// reply to being asked again (not "I said I'd do it tonight and I will",
// which keeps it, nor with an apology). `subject` is a sentence-heading "I";
// returns the end of the promise, or -1.
qsizetype promiseHeldUpFrom(const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    if (wordAt(tokens, k) == "already"_L1)
        ++k;
    if (wordAt(tokens, k) != "said"_L1 || !isOneOf(wordAt(tokens, k + 1), {"i'd"_L1, "i'll"_L1, "id"_L1})
        || wordAt(tokens, k + 2) != "do"_L1 || !isOneOf(wordAt(tokens, k + 3), {"it"_L1, "that"_L1}))
        return -1;
    const qsizetype end = k + 4;
    const qsizetype reach = std::min(tokens.size(), end + 12);
    if (warmBetween(tokens, subject, reach) || anyWordIn(tokens, end, reach, {"will"_L1, "sorry"_L1, "promise"_L1}))
        return -1;
    return end;
}

// "Everyone forgets things sometimes", "Everybody leaves their shoes there,
// it's not a big deal": the lapse made everyone's (not to console the
// partner, "everybody gets nervous, you'll be fine", nor praise).
// `everyone` heads its sentence; returns the end, or -1.
qsizetype everyoneDoesFrom(const CoachTokens &tokens, qsizetype everyone)
{
    if (!isOneOf(wordAt(tokens, everyone + 1),
            {"forgets"_L1, "leaves"_L1, "makes"_L1, "loses"_L1, "misses"_L1, "drops"_L1, "breaks"_L1, "slips"_L1,
                "messes"_L1, "snaps"_L1}))
        return -1;
    const qsizetype from = everyone;
    const qsizetype to = std::min(tokens.size(), sentenceEndWithin(tokens, everyone, 16) + 12);
    if (anyIn(tokens, from, to, Partner) || warmBetween(tokens, from, to))
        return -1;
    return everyone + 2;
}

} // namespace

void CoachHorsemen::findHeldUpRecord(const QString &text, const CoachTokens &tokens,
                                     QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        qsizetype end = -1;
        if (word == "i"_L1 && (headsSentence(tokens, i) || wordAt(tokens, i - 1) == "but"_L1))
            end = std::max(deedHeldUpFrom(text, tokens, i), promiseHeldUpFrom(tokens, i));
        else if (isOneOf(word, {"everyone"_L1, "everybody"_L1}) && headsSentence(tokens, i))
            end = everyoneDoesFrom(tokens, i);
        if (end > 0) {
            add(m_denialPattern, text, tokens, i, end, findings);
            return; // one is enough to name
        }
    }
}
