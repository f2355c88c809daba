// SPDX-License-Identifier: GPL-3.0-or-later
// The clauses that refuse the talk, read one at a time for findStonewallingShapes
// (coachstonewalling.cpp): refusals, nothing left to say, no longer caring.
// Endings, dismissing orders and lone replies are in coachstonewallingdismissals.cpp.
#include "coachstonewallingclauses.h"

#include "coachgrammar.h"
#include "coachstonewallingwords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace StonewallingWords;

namespace {

// Verbs of talking: what a refusal refuses.
bool isTalkVerb(const QString &word)
{
    return isOneOf(word, talkVerbs) || isOneOf(word, quarrelVerbs);
}

// What follows a verb of talking when the talk itself is refused: "talk about
// this", "listen to you", "discuss it", "hear it", or nothing at all. Not
// another subject ("discuss money with your parents", "I'm not saying you're wrong").
bool refusesTheTalk(const CoachTokens &tokens, qsizetype verb, bool canNot)
{
    const QString &word = tokens.at(verb).word;
    const qsizetype end = clauseEndWithin(tokens, verb, 8);
    const auto at = [&](qsizetype i) -> const QString & {
        static const QString none;
        return i < end ? tokens.at(i).word : none;
    };
    const QString &next = at(verb + 1);
    // "This", "that" and "it" are the talk itself only when nothing names another thing after
    // them: "I'm not listening to this", not "to that podcast".
    const auto isTheTalk = [&](const QString &w) {
        if (isOneOf(w, {"this"_L1, "that"_L1, "it"_L1})) {
            qsizetype k = verb + 1;
            while (k < end && tokens.at(k).word != w)
                ++k;
            const QString &then = at(k + 1);
            return then.isEmpty() || isOneOf(then, afterTheTalk);
        }
        // "We are not discussing my mother": a person or thing of theirs, unless someone else is to hear it
        // ("I won't discuss your salary with my parents").
        // (Someone else, not the partner: "I'm not discussing my family with you" refuses the partner.)
        if (isOneOf(w, {"my"_L1, "your"_L1, "our"_L1})) {
            for (qsizetype k = verb + 1; k < end; ++k) {
                if (isOneOf(tokens.at(k).word, {"with"_L1, "to"_L1}) && !isOneOf(at(k + 1), {"you"_L1, "u"_L1}))
                    return false;
                if (isOneOf(tokens.at(k).word, {"front"_L1, "anyone"_L1}))
                    return false;
            }
            return true;
        }
        return isOneOf(w, theTalk);
    };
    if (isOneOf(word, {"do"_L1, "doing"_L1}))
        return next == "this"_L1 && at(verb + 2) != "to"_L1;
    if (isOneOf(word, {"go"_L1, "going"_L1}))
        return next == "there"_L1;
    if (isOneOf(word, {"get"_L1, "getting"_L1}))
        return next == "into"_L1 && isTheTalk(at(verb + 2));
    if (isOneOf(word, {"have"_L1, "having"_L1}))
        return isOneOf(next, {"this"_L1, "that"_L1}) && isTheTalk(at(verb + 2));
    if (isOneOf(word, {"say"_L1, "saying"_L1}))
        return isOneOf(next, {"anything"_L1, "another"_L1, "nothing"_L1, "any"_L1});
    // "I'm not listening.", but "I can't talk, I'm driving" is a reason, not a refusal.
    if (verb + 1 >= end)
        return !canNot && !isOneOf(word, quarrelVerbs);
    if (isTheTalk(next) && !(canNot && isOneOf(next, {"my"_L1, "your"_L1, "our"_L1})))
        return true;
    if (isOneOf(next, {"about"_L1, "to"_L1, "with"_L1})) // not "talk over you"
        return isTheTalk(at(verb + 2)) || at(verb + 2) == "your"_L1 || at(verb + 2) == "any"_L1;
    return false;
}

} // namespace

namespace StonewallingClauses {

// "I'm not going to talk about this", "I refuse to discuss it", "we're not
// having this conversation", "I won't listen to you": the speaker, a refusal,
// then the talk. Returns the end of the refusal, or -1.
qsizetype refusalFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 9);
    bool refused = false;
    bool canNot = false;
    for (qsizetype i = subject + 1; i < end; ++i) {
        const CoachToken &token = tokens.at(i);
        // A refusal now, not a habit or the past: "I won't listen", not "I never listen", "I didn't answer".
        if (isOneOf(token.word, refusals)) {
            refused = true;
            canNot = canNot || token.word == "can't"_L1 || token.word == "cannot"_L1;
        }
        else if (token.word == "no"_L1 && i + 1 < end && tokens.at(i + 1).word == "longer"_L1)
            refused = true;
        else if (refused && isTalkVerb(token.word) && refusesTheTalk(tokens, i, canNot))
            return i + 1;
        else if (!(token.classes & (Auxiliary | Hedge | Frequency | Reporting | NeedVerb | Negator))
                 && !isOneOf(token.word, refusalFillers))
            return -1;
    }
    return -1;
}

// "Nothing (more) to say/discuss/add", "no point (in) talking/discussing/trying",
// said of the talk by the speaker or of it ("there's"). Returns the end, or -1.
qsizetype nothingToSay(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype end = clauseEndWithin(tokens, at, 8);
    const bool saidByTheSpeaker = at > 0 && sameClause(tokens, at - 1, at)
                                  && (anyWordBefore(tokens, at, 3, {"i"_L1, "i've"_L1, "there's"_L1, "there"_L1}));
    qsizetype k = at + 1;
    if (tokens.at(at).word == "no"_L1) {
        k = at + 2; // past "point"
        if (k < end && tokens.at(k).word == "in"_L1)
            ++k;
        return k < end && isOneOf(tokens.at(k).word, {"talking"_L1, "discussing"_L1, "arguing"_L1, "explaining"_L1,
                                                      "trying"_L1})
                   ? k + 1 : -1;
    }
    if (!saidByTheSpeaker)
        return -1;
    if (k < end && isOneOf(tokens.at(k).word, {"more"_L1, "else"_L1, "left"_L1, "further"_L1}))
        ++k;
    if (!(k + 1 < end && tokens.at(k).word == "to"_L1
            && isOneOf(tokens.at(k + 1).word, {"say"_L1, "discuss"_L1, "add"_L1, "talk"_L1, "explain"_L1})))
        return -1;
    // Only the talk or the partner after it: "nothing to say to you", "about this" (not "nothing
    // to say about the paint, you choose", which leaves a choice).
    for (qsizetype rest = k + 2; rest < end; ++rest) {
        if (!isOneOf(tokens.at(rest).word, theTalkAfterSay))
            return -1;
    }
    return k + 2;
}


// "Not talking about this again.", "not discussing it": a clause opened by
// "not" that refuses the talk (not "not talking about you, I meant ...").
qsizetype notTalkingAt(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype verb = at + 1;
    if (tokens.at(at).word != "not"_L1 || verb >= tokens.size() || !sameClause(tokens, at, verb)
        || !isTalkVerb(tokens.at(verb).word) || isOneOf(tokens.at(verb).word, {"do"_L1, "get"_L1, "have"_L1, "say"_L1}))
        return -1;
    if (wordAt(tokens, verb + 1) == "about"_L1 && wordAt(tokens, verb + 2) == "you"_L1)
        return -1;
    if (isOneOf(tokens.at(verb).word, {"go"_L1, "going"_L1}) && clauseEndWithin(tokens, verb, 3) != verb + 2)
        return -1;
    return refusesTheTalk(tokens, verb, false) ? clauseEndWithin(tokens, verb, 4) : -1;
}

// "I stopped listening ages ago", "I don't care anymore", "I couldn't care
// less what you think": the speaker no longer in the talk. `subject` is "I".
qsizetype stoppedCaringFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 10);
    bool negated = false;
    for (qsizetype k = subject + 1; k < end && k < subject + 5; ++k) {
        const QString &word = tokens.at(k).word;
        if (isOneOf(word, {"stopped"_L1, "quit"_L1}) && wordAt(tokens, k + 1) == "listening"_L1)
            return !isOneOf(wordAt(tokens, k + 2), {"to"_L1}) || wordAt(tokens, k + 3) == "you"_L1 ? k + 2 : -1;
        negated = negated || (tokens.at(k).classes & Negator);
        if (word != "care"_L1 || !negated)
            continue;
        const QString &then = k + 1 < end ? tokens.at(k + 1).word : wordAt(tokens, -1);
        if (then == "anymore"_L1 || (then == "any"_L1 && wordAt(tokens, k + 2) == "more"_L1))
            return k + 2;
        if (then == "less"_L1 && (k + 2 == end || (isOneOf(wordAt(tokens, k + 2), {"what"_L1, "about"_L1})
                                                   && isOneOf(wordAt(tokens, k + 3), {"you"_L1, "this"_L1, "it"_L1, "that"_L1}))))
            return k + 2;
        return -1;
    }
    return -1;
}

// True when the sentence [first, end) ends in a clause of nothing but a
// question tag ("..., all right?", "..., OK?", "..., yeah?") after another clause.
bool endsInTag(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    qsizetype tag = end;
    while (tag > first && sameClause(tokens, tag - 1, end - 1))
        --tag;
    if (tag == first || end - tag > 2)
        return false;
    for (qsizetype k = tag; k < end; ++k) {
        if (!isOneOf(tokens.at(k).word, {"all"_L1, "right"_L1, "alright"_L1, "ok"_L1, "okay"_L1, "yeah"_L1, "yes"_L1,
                                         "understood"_L1, "got"_L1, "it"_L1, "clear"_L1}))
            return false;
    }
    return true;
}

} // namespace StonewallingClauses
