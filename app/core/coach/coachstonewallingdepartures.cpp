// SPDX-License-Identifier: GPL-3.0-or-later
// The speaker leaving with no word of when the talk comes back ("I'll be in
// the shed.", "I'm going out. Don't wait up."), read for findStonewallingShapes
// (coachstonewalling.cpp). Leaving is only a shutting when it is all that is
// said: a reason, a question or an offer beside it makes it an errand.
#include "coachstonewallingclauses.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachGrammar;

namespace {

// Where the speaker goes to be alone: "upstairs", "out", "to bed".
bool isAway(const CoachTokens &tokens, qsizetype at, qsizetype &end)
{
    const QString &word = wordAt(tokens, at);
    if (isOneOf(word, {"out"_L1, "upstairs"_L1, "downstairs"_L1, "off"_L1})) {
        end = at + 1;
        return true;
    }
    // "to bed": the caller takes it only after a refusal ("Not my problem. I'm going to bed.").
    if (word == "to"_L1 && wordAt(tokens, at + 1) == "bed"_L1) {
        end = at + 2;
        return true;
    }
    // "for a drive", "for a walk": with nothing after to say why or till when.
    if (word == "for"_L1 && wordAt(tokens, at + 1) == "a"_L1
        && isOneOf(wordAt(tokens, at + 2), {"drive"_L1, "walk"_L1, "spin"_L1})) {
        end = at + 3;
        return true;
    }
    return false;
}

// "on the couch", "on the sofa", "in the spare room": a night apart.
bool isBedApart(const CoachTokens &tokens, qsizetype at, qsizetype &end)
{
    const QString &where = wordAt(tokens, at);
    if (wordAt(tokens, at + 1) != "the"_L1 || !isOneOf(where, {"on"_L1, "in"_L1}))
        return false;
    const QString &what = wordAt(tokens, at + 2);
    if (isOneOf(what, {"couch"_L1, "sofa"_L1, "settee"_L1})) {
        end = at + 3;
        return true;
    }
    if (what == "spare"_L1 && wordAt(tokens, at + 3) == "room"_L1) {
        end = at + 4;
        return true;
    }
    return false;
}

} // namespace

namespace StonewallingClauses {

qsizetype departureFrom(const CoachTokens &tokens, qsizetype subject)
{
    const QString &who = tokens.at(subject).word;
    qsizetype i = subject + 1;
    if (who == "i"_L1 && wordAt(tokens, i) == "am"_L1)
        ++i;
    else if (who == "i'll"_L1 && wordAt(tokens, i) == "be"_L1)
        ++i;
    else if (who != "i'm"_L1 && who != "im"_L1)
        return -1;
    const QString &verb = wordAt(tokens, i);
    qsizetype end = -1;
    bool away = false;
    if (who == "i'll"_L1 && verb == "in"_L1 && wordAt(tokens, i + 1) == "the"_L1 && i + 2 < tokens.size()) {
        end = i + 3; // "I'll be in the shed.": somewhere else, no time given
        away = true;
    } else if (who == "i'll"_L1) {
        away = isAway(tokens, i, end);
    } else if (isOneOf(verb, {"going"_L1, "heading"_L1})) {
        away = isAway(tokens, i + 1, end);
    } else if (verb == "sleeping"_L1) {
        away = isBedApart(tokens, i + 1, end);
    }
    if (!away)
        return -1;
    if (wordAt(tokens, end) == "tonight"_L1)
        ++end;
    // "I'm going out. Don't know when I'll be back.", "..., and no idea when I'll be home": the
    // return refused in the words that close the statement.
    const qsizetype last = tokens.size() - 1;
    const bool refusedReturn = last > end && last - end <= 10
        && isOneOf(tokens.at(last).word, {"back"_L1, "home"_L1, "whenever"_L1}) && returnRefusedAt(tokens, last);
    // The clause ends at the place: "I'm going out for milk" has an errand after it.
    if (clauseEndWithin(tokens, end - 1, 2) != end && !(refusedReturn && wordAt(tokens, end) == "and"_L1))
        return -1;
    if (refusedReturn)
        return tokens.size();
    // "Don't wait up.": the door shut for the night, said as a courtesy.
    if (wordAt(tokens, end) == "don't"_L1 && wordAt(tokens, end + 1) == "wait"_L1
        && wordAt(tokens, end + 2) == "up"_L1)
        return end + 3;
    return end;
}

bool returnRefusedAt(const CoachTokens &tokens, qsizetype back)
{
    if (tokens.at(back).word == "whenever"_L1)
        return wordAt(tokens, back - 1) == "back"_L1; // "I'll be back whenever."
    if (wordAt(tokens, back + 1) == "whenever"_L1)
        return true;
    // "when" a few words before, and before it a knowing denied: "don't know", "not sure",
    // "no idea", "dunno", "who knows".
    for (qsizetype w = back - 1; w >= 0 && w >= back - 4; --w) {
        if (tokens.at(w).word != "when"_L1)
            continue;
        const QString &known = wordAt(tokens, w - 1);
        const QString &denied = wordAt(tokens, w - 2);
        if (known == "dunno"_L1)
            return true;
        if (known == "idea"_L1 || known == "knows"_L1)
            return isOneOf(denied, {"no"_L1, "who"_L1});
        return isOneOf(known, {"know"_L1, "sure"_L1}) && isOneOf(denied, {"don't"_L1, "dont"_L1, "not"_L1});
    }
    return false;
}

} // namespace StonewallingClauses
