// SPDX-License-Identifier: GPL-3.0-or-later
// Orders put as questions; part of CoachOrders. A question is most often a
// request ("Could you stop by the chemist?"), so coachdemands.cpp lets
// questions go; these shapes ask nothing the partner may say no to.
#include "coachorders.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// "..., or what?", "... or not?": the last words leave no answer but one.
bool endsOrWhat(const CoachTokens &tokens, qsizetype end)
{
    return end >= 2 && tokens.at(end - 2).word == "or"_L1 && isOneOf(tokens.at(end - 1).word, {"what"_L1, "not"_L1});
}

// "..., or do I have to drag you?", "..., or must I do it myself?": what the
// speaker will be driven to, as the other answer (not "..., or shall I?", an offer).
bool orElseTheSpeaker(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    for (qsizetype k = first + 1; k + 3 < end; ++k) {
        if (tokens.at(k).word == "or"_L1 && isOneOf(tokens.at(k + 1).word, {"do"_L1, "must"_L1})
            && tokens.at(k + 2).word == "i"_L1
            && (tokens.at(k + 1).word == "must"_L1 || isOneOf(tokens.at(k + 3).word, {"have"_L1, "need"_L1})))
            return true;
    }
    return false;
}

} // namespace

qsizetype CoachOrders::orderAskedAt(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    const qsizetype head = sentenceHead(tokens, first, end);
    // "Why don't you just go and fix it now?": a suggestion insisted on, "just" and "now" (not
    // "Why don't you just relax tonight?", nor "Why don't you go to bed now, you look shattered.").
    if (wordAt(tokens, head) == "why"_L1 && wordAt(tokens, head + 1) == "don't"_L1 && wordAt(tokens, head + 2) == "you"_L1
        && wordAt(tokens, head + 3) == "just"_L1 && head + 4 < end && isOrderVerb(tokens.at(head + 4).word)
        && !isKindnessAfter(tokens, head + 4) && tokens.at(end - 1).word == "now"_L1)
        return head + 5;
    if (head + 1 >= end || wordAt(tokens, head + 1) != "you"_L1 || !sameClause(tokens, head, head + 1))
        return -1;
    const QString &asking = tokens.at(head).word;
    // "Will you stop humming?", "Would you stop interrupting me?": asked to stop what
    // they are doing now (not "Would you stop at the bakery?", a stop on the way).
    if (isOneOf(asking, {"will"_L1, "would"_L1, "can"_L1})) {
        qsizetype k = head + 2;
        const bool just = wordAt(tokens, k) == "just"_L1;
        if (just)
            ++k;
        if (k >= end || !sameClause(tokens, head, k))
            return -1;
        const QString &word = tokens.at(k).word;
        if (isOneOf(word, {"stop"_L1, "quit"_L1}) && k + 1 < end && isGerund(tokens.at(k + 1))
            && !isOneOf(tokens.at(k + 1).word, {"worrying"_L1, "apologising"_L1, "apologizing"_L1}))
            return k + 2;
        // "can u not", "Can you just NOT, for five minutes?", "Can you not chew so loudly?"
        // ("Will you not stay for dinner?" invites; "Can you not come on Friday?" asks.)
        if (asking == "can"_L1 && word == "not"_L1
            && (just || k + 1 >= end || !sameClause(tokens, k, k + 1)
                || anyWordIn(tokens, k + 1, clauseEnd(tokens, k), {"so"_L1, "while"_L1, "when"_L1})))
            return k + 1;
        // "Will you just turn that off?", "Can you just do what I asked?": "just" says it
        // is no favour asked ("Could you just ..." still asks one).
        if (just && asking != "would"_L1 && isOrderVerb(word) && !isKindnessAfter(tokens, k))
            return k + 1;
        return -1;
    }
    // "Are you going to pick those up or what?", "Are you getting up, or do I have to drag you?"
    if (asking == "are"_L1 && (endsOrWhat(tokens, end) || orElseTheSpeaker(tokens, head, end))) {
        qsizetype k = head + 2;
        if (wordAt(tokens, k) == "going"_L1 && wordAt(tokens, k + 1) == "to"_L1)
            k += 2;
        else if (wordAt(tokens, k) == "gonna"_L1)
            ++k;
        if (k >= end || !sameClause(tokens, head, k))
            return -1;
        // (Not "Are you coming to the party or not?", which asks for plans.)
        const QString &verb = tokens.at(k).word;
        if ((k > head + 2 && isOrderVerb(verb) && verb != "come"_L1)
            || (k == head + 2 && isGerund(tokens.at(k)) && !isOneOf(verb, {"coming"_L1, "going"_L1, "staying"_L1})))
            return k + 1;
    }
    return -1;
}
