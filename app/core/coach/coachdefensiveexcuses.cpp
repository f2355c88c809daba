// SPDX-License-Identifier: GPL-3.0-or-later
// Excuses made of the speaker's own state, for CoachHorsemen's defensiveness:
// "I was tired.", "I was driving, okay?", "I had a really long day, okay?";
// and the deed made a trifle: "it was only one drink", "it's just a scratch".
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
// Small things a deed is shrunk to: "only one drink", "just a scratch", "only a few likes".
constexpr QLatin1StringView trifles[] = {
    "scratch"_L1, "dent"_L1, "drink"_L1, "drinks"_L1, "beer"_L1, "beers"_L1, "pint"_L1, "glass"_L1, "text"_L1,
    "texts"_L1, "message"_L1, "comment"_L1, "likes"_L1, "minute"_L1, "minutes"_L1, "fiver"_L1,
    "tenner"_L1, "quid"_L1, "bucks"_L1, "cigarette"_L1, "smoke"_L1, "stain"_L1, "chip"_L1, "bump"_L1,
    "coffee"_L1, "game"_L1, "games"_L1, "once"_L1,
};

// The speaker's own lapse, put down to something else: "I was late because ...".
constexpr QLatin1StringView ownLapses[] = {"late"_L1, "forgot"_L1, "missed"_L1};
// Word not kept: "I didn't call because ...", "I couldn't come because ..." (not "I couldn't sleep").
constexpr QLatin1StringView keptWord[]
    = {"call"_L1, "ring"_L1, "text"_L1, "reply"_L1, "answer"_L1, "come"_L1};

// How much of a thing: "two drinks", "five minutes", "a few quid", "20 quid".
bool isQuantity(const QString &word)
{
    return isOneOf(word, {"one"_L1, "two"_L1, "three"_L1, "four"_L1, "five"_L1, "ten"_L1, "twenty"_L1, "a"_L1,
                          "few"_L1, "couple"_L1, "half"_L1})
           || (!word.isEmpty() && word.front().isDigit());
}

} // namespace

namespace DefensiveClauses {

qsizetype onlySoMuchFrom(const QString &text, const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    const bool was = wordAt(tokens, k) == "was"_L1;
    if (was)
        ++k;
    if (wordAt(tokens, k) != "only"_L1)
        return -1;
    ++k;
    if (!was && !isOneOf(wordAt(tokens, k++), {"had"_L1, "spent"_L1, "drank"_L1, "took"_L1, "ate"_L1, "bought"_L1,
                                                "used"_L1, "went"_L1, "missed"_L1, "said"_L1, "looked"_L1,
                                                "played"_L1, "stayed"_L1, "chatted"_L1, "talked"_L1, "watched"_L1,
                                                "popped"_L1, "nipped"_L1, "stopped"_L1}))
        return -1;
    // "I was only gone half an hour", "i was only out for a couple of hours": an absence
    // measured small, as "I was only five minutes late" is.
    if (was && isOneOf(wordAt(tokens, k), {"gone"_L1, "out"_L1, "away"_L1}))
        ++k;
    const qsizetype end = clauseEndWithin(tokens, subject, 12);
    // "I only looked at her for a second": how long, after what the deed was done to.
    for (qsizetype j = k; j + 1 < end && j < k + 4; ++j) {
        if (tokens.at(j).word == "for"_L1) {
            k = j + 1;
            break;
        }
    }
    if (k >= end || !isQuantity(tokens.at(k).word) || asksQuestion(text, tokens, subject)
        || warmBetween(tokens, subject, std::min(tokens.size(), sentenceEndWithin(tokens, subject, 16) + 8)))
        return -1;
    return k + 1;
}

qsizetype circumstanceExcuseFrom(const QString &text, const CoachTokens &tokens, qsizetype subject)
{
    qsizetype lapse = -1;
    for (qsizetype k = subject + 1;
         k < subject + 5 && k < tokens.size() && sameClause(tokens, subject, k) && lapse < 0; ++k) {
        const QString &word = tokens.at(k).word;
        lapse = isOneOf(word, ownLapses)
                || (isOneOf(word, {"didn't"_L1, "couldn't"_L1}) && isOneOf(wordAt(tokens, k + 1), keptWord))
            ? k
            : -1;
    }
    // The cause in the same clause, said of neither partner: "because the traffic was insane",
    // "cos my boss kept me back" (not "because you took the keys", which blames, nor "because
    // I overslept", which owns it).
    qsizetype cause = lapse + 1;
    while (lapse > 0 && cause < lapse + 8 && cause < tokens.size() && sameClause(tokens, lapse, cause)
        && !isOneOf(tokens.at(cause).word, {"because"_L1, "cos"_L1}))
        ++cause;
    const QString &who = wordAt(tokens, cause + 1);
    const QString &then = wordAt(tokens, cause + 2);
    if (lapse < 0 || cause >= tokens.size() || !isOneOf(tokens.at(cause).word, {"because"_L1, "cos"_L1})
        || !(isOneOf(who, {"the"_L1, "my"_L1, "there"_L1, "it"_L1})
            || (who == "of"_L1 && isOneOf(then, {"the"_L1, "my"_L1, "work"_L1, "traffic"_L1})))
        || asksQuestion(text, tokens, subject)
        || warmBetween(tokens, subject, sentenceEndWithin(tokens, subject, 24)))
        return -1;
    // Only insisted on is it an excuse: "I was only late because ...", "..., okay?", "..., not
    // because I don't care" (a plain "I was late because the train broke down" reports).
    const qsizetype causeEnd = clauseEndWithin(tokens, cause, 16);
    const QString &tail = wordAt(tokens, causeEnd);
    const bool insisted = anyWordIn(tokens, subject + 1, lapse, {"only"_L1, "just"_L1})
        || (causeEnd < tokens.size()
            && (isOneOf(tail, {"okay"_L1, "ok"_L1, "alright"_L1})
                || (tail == "not"_L1 && wordAt(tokens, causeEnd + 1) == "because"_L1)
                || (tail == "that's"_L1 && wordAt(tokens, causeEnd + 1) == "all"_L1)));
    return insisted ? cause + 1 : -1;
}

qsizetype stateExcuseFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 8);
    qsizetype k = subject + 1;
    const QString &who = tokens.at(subject).word;
    const QString &verb = wordAt(tokens, k);
    // "I've been busy, okay?"; "I forgot, okay?" only when insisted on (below).
    const bool been = who == "i've"_L1 && verb == "been"_L1;
    const bool forgot = who == "i"_L1 && verb == "forgot"_L1 && end == k + 1;
    if (!been && !forgot && (who != "i"_L1 || (verb != "was"_L1 && verb != "had"_L1)))
        return -1;
    ++k;
    while (k < end && (tokens.at(k).classes & Hedge))
        ++k;
    qsizetype state = forgot ? k - 1 : -1;
    if ((verb == "was"_L1 || been) && k + 1 == end && isOneOf(tokens.at(k).word, excusingStates))
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
    if (!((alone && !forgot) || insisted) || warmBetween(tokens, subject, std::min(tokens.size(), sentenceEnds + 12)))
        return -1;
    return state + 1;
}

qsizetype trifleFrom(const QString &text, const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = at + 1;
    const QString &word = tokens.at(at).word;
    if (isOneOf(word, {"it"_L1, "that"_L1}) && isOneOf(wordAt(tokens, k), {"is"_L1, "was"_L1}))
        ++k;
    else if (!isOneOf(word, {"it's"_L1, "that's"_L1}))
        return -1;
    // "It was one time!" needs no "only".
    const bool once = wordAt(tokens, k) == "one"_L1 && wordAt(tokens, k + 1) == "time"_L1;
    if (!(once || isOneOf(wordAt(tokens, k), {"just"_L1, "only"_L1, "merely"_L1})) || !headsSentence(tokens, at)
        || asksQuestion(text, tokens, at))
        return -1;
    const qsizetype end = clauseEndWithin(tokens, at, 10);
    qsizetype small = once && end == k + 2 ? k + 1 : -1;
    for (qsizetype w = k + 1; w < end && w < k + 5 && small < 0 && !once; ++w)
        small = isOneOf(tokens.at(w).word, trifles) ? w : -1;
    // Not comfort about oneself or a kind word after: "It's just a scratch, I'm fine",
    // "it's only a little cake, I hope you like it".
    const qsizetype after = std::min(tokens.size(), sentenceEndWithin(tokens, at, 16) + 10);
    if (small < 0 || warmBetween(tokens, at, after)
        || anyWordIn(tokens, end, after, {"fine"_L1, "worry"_L1, "hurt"_L1, "hurts"_L1, "promise"_L1}))
        return -1;
    return small + 1;
}

} // namespace DefensiveClauses
