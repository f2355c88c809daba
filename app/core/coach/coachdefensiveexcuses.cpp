// SPDX-License-Identifier: GPL-3.0-or-later
// Excuses made of the speaker's own state, for CoachHorsemen's defensiveness:
// "I was tired.", "I was driving, okay?", "I had a really long day, okay?".
#include "coachdefensiveclauses.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// What the speaker was, that excuses what was not done.
constexpr QLatin1StringView excusingStates[] = {
    "tired"_L1, "exhausted"_L1, "knackered"_L1, "shattered"_L1, "busy"_L1, "driving"_L1, "working"_L1,
    "stressed"_L1, "asleep"_L1, "hungry"_L1, "jetlagged"_L1, "swamped"_L1, "slammed"_L1, "distracted"_L1,
};
constexpr QLatin1StringView hardDays[] = {
    "long"_L1, "hard"_L1, "rough"_L1, "busy"_L1, "tough"_L1, "crazy"_L1, "awful"_L1, "horrible"_L1, "stressful"_L1,
    "terrible"_L1, "exhausting"_L1, "hellish"_L1,
};
// After the state, what keeps it an excuse: "I was tired, okay?", "..., that's all".
constexpr QLatin1StringView insisting[] = {"okay"_L1, "ok"_L1, "alright"_L1, "that's"_L1};

} // namespace

namespace DefensiveClauses {

qsizetype stateExcuseFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 8);
    qsizetype k = subject + 1;
    const QString &verb = wordAt(tokens, k);
    if (verb != "was"_L1 && verb != "had"_L1)
        return -1;
    ++k;
    while (k < end && (tokens.at(k).classes & Hedge))
        ++k;
    qsizetype state = -1;
    if (verb == "was"_L1 && k + 1 == end && isOneOf(tokens.at(k).word, excusingStates))
        state = k; // (not "I was tired of waiting", "I was busy with the kids' party")
    else if (verb == "had"_L1 && wordAt(tokens, k) == "a"_L1) {
        ++k;
        while (k < end && (tokens.at(k).classes & Hedge))
            ++k;
        if (k + 2 == end && isOneOf(tokens.at(k).word, hardDays)
            && isOneOf(tokens.at(k + 1).word, {"day"_L1, "week"_L1, "shift"_L1, "night"_L1, "morning"_L1}))
            state = k + 1;
    }
    // (Not a feeling put right: "I wasn't upset, I was just tired.")
    const qsizetype from = sentenceStartWithin(tokens, subject, 16);
    if (state < 0 || anyWordIn(tokens, from, subject, {"wasn't"_L1, "not"_L1}))
        return -1;
    // The whole reply, or insisted on: "I was driving." "I had a long day, okay?" (not "I had a
    // long day, can we order in?", "I was tired, thank you for waiting").
    const qsizetype sentenceEnds = sentenceEndWithin(tokens, subject, 24);
    const bool alone = end == tokens.size()
                       || (end == sentenceEnds && end < tokens.size() && !isOneOf(tokens.at(end).word, {"but"_L1, "sorry"_L1}));
    const bool insisted = end < tokens.size() && isOneOf(tokens.at(end).word, insisting);
    if (!(alone || insisted) || warmBetween(tokens, subject, std::min(tokens.size(), sentenceEnds + 12)))
        return -1;
    return state + 1;
}

} // namespace DefensiveClauses
