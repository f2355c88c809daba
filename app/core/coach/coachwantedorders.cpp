// SPDX-License-Identifier: GPL-3.0-or-later
// Orders put as what the speaker wants done, or will have happen, by a time;
// part of CoachOrders.
#include "coachorders.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// A time it must be done by: "by Sunday", "before I get home", "tonight".
// ("Before you know it" is no deadline: "you'll be back before you know it".)
bool deadlineAt(const CoachTokens &tokens, qsizetype at, qsizetype end)
{
    if (at >= end)
        return false;
    const QString &word = tokens.at(at).word;
    if (word == "before"_L1)
        return !isOneOf(wordAt(tokens, at + 1), {"you"_L1, "long"_L1});
    return isOneOf(word, {"by"_L1, "tonight"_L1, "today"_L1, "now"_L1, "asap"_L1});
}

// Where the partner is to be, or the state a thing is to be left in: "home",
// "cleared", "sorted", "done".
bool wantedState(const CoachToken &token)
{
    const QString &word = token.word;
    if (isOneOf(word, {"home"_L1, "back"_L1, "done"_L1, "ready"_L1, "finished"_L1, "gone"_L1, "out"_L1}))
        return true;
    // A participle: "cleared", "sorted", "fixed", "cleaned" (not "red", "bed").
    return word.size() > 4 && word.endsWith(u"ed"_s) && !(token.classes & (Warm | Person));
}

} // namespace

qsizetype CoachOrders::wantedDoneAt(const CoachTokens &tokens, qsizetype object, qsizetype end)
{
    if (object >= end)
        return -1;
    const QString &first = tokens.at(object).word;
    // The partner ("I want you home by ten") or a thing named with a determiner ("I want
    // the garage cleared", "I want that sorted"), at most three words long.
    qsizetype k = object + 1;
    if (first != "you"_L1) {
        if (!isOneOf(first, {"the"_L1, "that"_L1, "this"_L1, "those"_L1, "these"_L1, "your"_L1, "it"_L1}))
            return -1;
        while (k < end && k < object + 3 && sameClause(tokens, object, k) && !wantedState(tokens.at(k)))
            ++k;
    }
    if (k >= end || !sameClause(tokens, object, k))
        return -1;
    // (A thing the speaker wants done for their own sake or for both of them is no order:
    // "I want the report finished by Friday, my boss is on my case", "..., so we can go away".)
    if (first != "you"_L1 && anyWordIn(tokens, k + 1, end, {"my"_L1, "we"_L1, "we're"_L1, "we've"_L1, "we'll"_L1,
                                                            "us"_L1, "our"_L1, "together"_L1}))
        return -1;
    return stateByDeadlineAt(tokens, k, end);
}

qsizetype CoachOrders::stateByDeadlineAt(const CoachTokens &tokens, qsizetype k, qsizetype end)
{
    if (k >= end || !wantedState(tokens.at(k)))
        return -1;
    const QString &state = tokens.at(k).word;
    // "I want you out of this room", "I want that junk gone": leaving needs no time.
    // ("I want you back" longs; "I want you home for dinner" sets the hour.)
    if ((state == "out"_L1 && (k + 1 >= end || !sameClause(tokens, k, k + 1) || tokens.at(k + 1).word == "of"_L1))
        || state == "gone"_L1 || (state == "home"_L1 && wordAt(tokens, k + 1) == "for"_L1))
        return k + 1;
    for (qsizetype d = k + 1; d < end && d <= k + 2 && sameClause(tokens, k, d); ++d) {
        if (deadlineAt(tokens, d, end))
            return k + 1;
    }
    return -1;
}

qsizetype CoachOrders::choreAssignedAt(const CoachTokens &tokens, qsizetype you, qsizetype end)
{
    if (tokens.at(you).word != "you're"_L1 || you + 2 >= end || !sameClause(tokens, you, you + 1))
        return -1;
    // A chore of the house, not going or coming ("You're coming to my mum's" is read elsewhere).
    if (!isOneOf(tokens.at(you + 1).word, {"doing"_L1, "making"_L1, "cooking"_L1, "cleaning"_L1, "taking"_L1,
                                           "picking"_L1, "washing"_L1, "paying"_L1, "sorting"_L1, "walking"_L1,
                                           "hoovering"_L1, "tidying"_L1, "ironing"_L1}))
        return -1;
    // Given a day: "tomorrow", "tonight", "this weekend" (not "You're making me anxious").
    const qsizetype stop = clauseEndWithin(tokens, you, 12);
    if (anyIn(tokens, you + 2, stop, Speaker | Shared)
        || !anyWordIn(tokens, you + 2, stop, {"tomorrow"_L1, "tonight"_L1, "today"_L1, "weekend"_L1}))
        return -1;
    return you + 2;
}
