// SPDX-License-Identifier: GPL-3.0-or-later
// The speaker's deed made small by measure, for CoachHorsemen's defensiveness:
// "It's a few dishes, not a crime scene.", "it was ten minutes, not ten hours",
// "It wasn't that late." Part of DefensiveClauses.
#include "coachdefensiveclauses.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// A measure of how much: "ten minutes", "a few dishes", "one drink", "a scratch".
bool isMeasure(const QString &word)
{
    return isOneOf(word, {"one"_L1, "two"_L1, "three"_L1, "five"_L1, "ten"_L1, "twenty"_L1, "few"_L1, "couple"_L1,
                          "scratch"_L1, "dent"_L1, "bump"_L1, "drink"_L1, "text"_L1, "mark"_L1})
           || (!word.isEmpty() && word.front().isDigit());
}

// After "it"/"that" at `at`, the word after "is"/"was" ("It was ten minutes"), or -1.
qsizetype afterCopula(const CoachTokens &tokens, qsizetype at)
{
    const QString &word = tokens.at(at).word;
    if (isOneOf(word, {"it's"_L1, "that's"_L1}))
        return at + 1;
    if (isOneOf(word, {"it"_L1, "that"_L1}) && isOneOf(wordAt(tokens, at + 1), {"is"_L1, "was"_L1, "wasn't"_L1, "isn't"_L1}))
        return at + 1 + !(tokens.at(at + 1).classes & Negator);
    return -1;
}

} // namespace

namespace DefensiveClauses {

qsizetype contrastedFrom(const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = afterCopula(tokens, at);
    if (k < 0 || k >= tokens.size() || !headsSentence(tokens, at) || (tokens.at(k).classes & Negator))
        return -1;
    while (k < tokens.size() && isOneOf(tokens.at(k).word, {"just"_L1, "only"_L1, "literally"_L1}))
        ++k;
    const qsizetype stop = clauseEndWithin(tokens, at, 8);
    bool measured = false;
    for (qsizetype w = k; w < stop && !measured; ++w) {
        if (tokens.at(w).classes & Person)
            return -1; // "It's your birthday, not a funeral": no deed of the speaker's
        measured = isMeasure(tokens.at(w).word);
    }
    // What it is said not to be, in the next clause: "not a crime scene", "not ten hours".
    if (!measured || stop + 1 >= tokens.size() || tokens.at(stop).word != "not"_L1
        || tokens.at(stop).sentence != tokens.at(at).sentence
        || !(isOneOf(tokens.at(stop + 1).word, {"a"_L1, "an"_L1, "the"_L1}) || isMeasure(tokens.at(stop + 1).word)))
        return -1;
    // (Not a plan measured for both: "It's ten minutes, not twenty, so we'll make the train.")
    const qsizetype end = clauseEndWithin(tokens, stop, 6);
    return warmBetween(tokens, at, tokens.size()) || anyIn(tokens, end, tokens.size(), Shared) ? -1 : end;
}

qsizetype notThatFrom(const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = afterCopula(tokens, at);
    if (k < 0 || !headsSentence(tokens, at))
        return -1;
    if (wordAt(tokens, k) == "not"_L1 || (k < tokens.size() && (tokens.at(k).classes & Negator)))
        ++k;
    else
        return -1;
    // How bad it was, by a measure of the deed (not "it wasn't that good", of a film).
    if (wordAt(tokens, k) != "that"_L1
        || !isOneOf(wordAt(tokens, k + 1), {"late"_L1, "expensive"_L1, "long"_L1, "loud"_L1, "far"_L1, "much"_L1,
                                            "serious"_L1, "often"_L1, "messy"_L1, "rude"_L1})
        || clauseEndWithin(tokens, at, 8) != k + 2 || warmBetween(tokens, at, tokens.size())
        || anyIn(tokens, k + 2, tokens.size(), Shared)) // ("It isn't that far, we can walk.")
        return -1;
    return k + 2;
}

} // namespace DefensiveClauses
