// SPDX-License-Identifier: GPL-3.0-or-later
// CoachGrammar's reading of who does what: clauses, subjects, negation, the
// speaker's own state. Look-ups of words and sentence edges are in
// coachgrammarwords.cpp.
#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;

namespace {

quint32 personOf(const CoachToken &token)
{
    return token.classes & Person;
}

} // namespace

bool CoachGrammar::sameClause(const CoachTokens &tokens, qsizetype a, qsizetype b)
{
    return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size() && tokens.at(a).clause == tokens.at(b).clause;
}

qsizetype CoachGrammar::segmentStart(const CoachTokens &tokens, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && sameClause(tokens, start - 1, at) && !(tokens.at(start - 1).classes & Joiner))
        --start;
    return start;
}

quint32 CoachGrammar::subjectBefore(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = segmentStart(tokens, at); i < at; ++i) {
        if (const quint32 person = personOf(tokens.at(i)))
            return person;
    }
    return 0;
}

quint32 CoachGrammar::actorBefore(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype start = segmentStart(tokens, at);
    quint32 owner = 0;
    for (qsizetype i = at - 1; i >= start; --i) {
        const CoachToken &token = tokens.at(i);
        const quint32 person = personOf(token);
        if (!person)
            continue;
        const bool object = token.word == "me"_L1 || token.word == "us"_L1 || token.word == "them"_L1
                            || token.word == "him"_L1 || token.word == "myself"_L1 || token.word == "yourself"_L1
                            || (token.word == "you"_L1 && !isPartnerSubject(tokens, i)); // "I'll pick you up"
        if (token.classes & Determiner)
            owner = person; // the earliest possessive wins: "your phone ... my"
        else if (!object)
            return person;
    }
    return owner;
}

quint32 CoachGrammar::nearestPersonBefore(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype start = segmentStart(tokens, at);
    for (qsizetype i = at - 1; i >= start; --i) {
        if (const quint32 person = personOf(tokens.at(i)))
            return person;
    }
    return 0;
}

// "Don't you think you're overreacting?", "Aren't you being a bit dramatic?":
// a negative question put to the partner asserts what it seems to deny.
static bool isRhetoricalQuestion(const CoachTokens &tokens, qsizetype negator)
{
    const CoachToken &token = tokens.at(negator);
    if (!token.word.endsWith(u"n't"_s) || negator + 1 >= tokens.size())
        return false;
    const CoachToken &next = tokens.at(negator + 1);
    if (next.word != "you"_L1 || !CoachGrammar::sameClause(tokens, negator, negator + 1))
        return false;
    return negator == 0 || !CoachGrammar::sameClause(tokens, negator - 1, negator)
           || (tokens.at(negator - 1).classes & Joiner); // "why don't you ..."
}

bool CoachGrammar::negatedBefore(const CoachTokens &tokens, qsizetype at)
{
    constexpr quint32 letsThrough = Person | Reporting | Auxiliary | Hedge | Frequency | Article | StateVerb;
    constexpr int reach = 6;
    for (qsizetype i = at - 1; i >= 0 && i >= at - reach && sameClause(tokens, i, at); --i) {
        const quint32 classes = tokens.at(i).classes;
        if (classes & Negator)
            return !isRhetoricalQuestion(tokens, i);
        // "Nobody thinks you're a bad mum": no one holds the view.
        if (isOneOf(tokens.at(i).word, {"nobody"_L1, "noone"_L1}) || (tokens.at(i).word == "one"_L1 && i > 0
                                                                      && tokens.at(i - 1).word == "no"_L1))
            return i + 1 < at && (tokens.at(i + 1).classes & Reporting);
        if (!(classes & letsThrough))
            return false;
    }
    return false;
}

bool CoachGrammar::isPartnerSubject(const CoachTokens &tokens, qsizetype i)
{
    const CoachToken &token = tokens.at(i);
    if (!(token.classes & Partner))
        return false;
    if (token.word == "you're"_L1 || token.word == "you've"_L1 || token.word == "you'd"_L1
        || token.word == "you'll"_L1)
        return true;
    if (token.word != "you"_L1)
        return false;
    if (i == 0 || !sameClause(tokens, i - 1, i))
        return true;
    // "Well you always do it too!": an interjection opening the sentence, with no comma after it.
    if (headsSentence(tokens, i - 1) && isInterjection(tokens.at(i - 1).word))
        return true;
    return tokens.at(i - 1).classes & (Joiner | Auxiliary | Hedge | Frequency | Negator);
}

qsizetype CoachGrammar::sentenceStart(const CoachTokens &tokens, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && tokens.at(start - 1).sentence == tokens.at(at).sentence)
        --start;
    return start;
}

qsizetype CoachGrammar::sentenceEnd(const CoachTokens &tokens, qsizetype at)
{
    qsizetype end = at;
    while (end < tokens.size() && tokens.at(end).sentence == tokens.at(at).sentence)
        ++end;
    return end;
}

qsizetype CoachGrammar::clauseEnd(const CoachTokens &tokens, qsizetype at)
{
    qsizetype end = at;
    while (end < tokens.size() && tokens.at(end).clause == tokens.at(at).clause)
        ++end;
    return end;
}

bool CoachGrammar::partnerSubjectInSentence(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = sentenceStart(tokens, at), end = sentenceEnd(tokens, at); i < end; ++i) {
        if (isPartnerSubject(tokens, i))
            return true;
    }
    return false;
}

bool CoachGrammar::partnerInClause(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = at; i >= 0 && sameClause(tokens, i, at); --i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    for (qsizetype i = at + 1; i < tokens.size() && sameClause(tokens, i, at); ++i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    return false;
}

bool CoachGrammar::partnerInSentence(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = sentenceStart(tokens, at), end = sentenceEnd(tokens, at); i < end; ++i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    return false;
}

bool CoachGrammar::warmBetween(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Warm))
            continue;
        bool takenBack = false;
        for (qsizetype j = i - 1; j >= 0 && j >= i - 3 && sameClause(tokens, j, i) && !takenBack; --j)
            takenBack = tokens.at(j).classes & Negator;
        if (!takenBack)
            return true;
    }
    return false;
}

qsizetype CoachGrammar::skipBack(const CoachTokens &tokens, qsizetype at, quint32 classes, int max)
{
    qsizetype i = at - 1;
    int skipped = 0;
    while (i >= 0 && sameClause(tokens, i, at) && (tokens.at(i).classes & classes) && skipped < max) {
        --i;
        ++skipped;
    }
    return i >= 0 && sameClause(tokens, i, at) ? i : -1;
}

qsizetype CoachGrammar::skipForward(const CoachTokens &tokens, qsizetype after, quint32 classes, int max)
{
    qsizetype i = after + 1;
    int skipped = 0;
    while (i < tokens.size() && sameClause(tokens, i, after) && (tokens.at(i).classes & classes) && skipped < max) {
        ++i;
        ++skipped;
    }
    return i < tokens.size() && sameClause(tokens, i, after) ? i : -1;
}

bool CoachGrammar::speakerStateBefore(const CoachTokens &tokens, qsizetype at, bool plainPast)
{
    qsizetype k = at - 1;
    int skipped = 0;
    bool being = false;
    while (k >= 0 && sameClause(tokens, k, at) && skipped < 3
           && ((tokens.at(k).classes & Hedge) || isOneOf(tokens.at(k).word, {"being"_L1, "much"_L1}))) {
        being = being || tokens.at(k).word == "being"_L1;
        --k;
        ++skipped;
    }
    if (k < 0 || !sameClause(tokens, k, at))
        return false;
    const CoachToken &verb = tokens.at(k);
    // ("Feeling pretty criticised tbh": a text that drops the "I" opens with the verb.)
    if (verb.classes & FeelVerb)
        return ((nearestPersonBefore(tokens, k) & Speaker) || opensSentence(tokens, k)) && !negatedBefore(tokens, k);
    if (verb.classes & StateVerb) {
        if (verb.word == "was"_L1 && skipped == 0 && !plainPast)
            return false;
        const quint32 who = (verb.classes & Speaker) ? quint32(Speaker) : nearestPersonBefore(tokens, k);
        return (who & Speaker) && !negatedBefore(tokens, k);
    }
    // "I'm tired of being taken for granted".
    if (being && verb.word == "of"_L1)
        return (nearestPersonBefore(tokens, k) & Speaker) && !negatedBefore(tokens, k);
    // "It makes me happy", "you make me so angry".
    if (verb.word == "me"_L1 && k > 0 && sameClause(tokens, k - 1, k) && (tokens.at(k - 1).classes & Causative))
        return !negatedBefore(tokens, k - 1);
    return false;
}

bool CoachGrammar::kindnessToThePartner(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    if (warmBetween(tokens, from, to))
        return true;
    for (qsizetype k = from + 1; k + 1 < to; ++k) {
        // "you" received the deed: a thing after it ("baked you a cake"), "up" ("picked you up") or
        // where it took you ("driven you there"); or done gladly ("I would have happily ...").
        if (tokens.at(k).word == "you"_L1 && !(tokens.at(k - 1).classes & (Auxiliary | Preposition | Person))
            && ((tokens.at(k + 1).classes & (Article | Determiner))
                || isOneOf(tokens.at(k + 1).word, {"up"_L1, "something"_L1, "there"_L1, "home"_L1})))
            return true;
        if (isOneOf(tokens.at(k).word, {"happily"_L1, "gladly"_L1}))
            return true;
    }
    return false;
}
