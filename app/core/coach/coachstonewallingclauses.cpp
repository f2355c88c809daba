// SPDX-License-Identifier: GPL-3.0-or-later
// The clauses that shut the talk, read one at a time for findStonewallingShapes
// (coachstonewalling.cpp): refusals, endings, dismissing orders, lone replies.
#include "coachstonewallingclauses.h"

#include "coachgrammar.h"
#include "coachstonewallingwords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace StonewallingWords;

namespace {

const QString &wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

// Verbs of talking: what a refusal refuses.
bool isTalkVerb(const QString &word)
{
    return isOneOf(word, talkVerbs);
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
        if (isOneOf(w, {"my"_L1, "your"_L1, "our"_L1}))
            return !anyWordIn(tokens, verb + 1, end, {"with"_L1, "front"_L1, "to"_L1, "anyone"_L1});
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
        return !canNot;
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

// "I'm out.", "I'm leaving.", "I'm done with this.", "I've had enough.": the
// speaker ending the talk, the clause ending there. Returns its end, or -1.
qsizetype endingFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 10);
    qsizetype i = subject + 1;
    const QString &who = tokens.at(subject).word;
    if (isOneOf(who, notEndings)
        || (isOneOf(who, {"i've"_L1, "we've"_L1}) && !(i < end && tokens.at(i).word == "had"_L1)))
        return -1;
    if (who == "i"_L1 || who == "we"_L1) {
        if (i < end && isOneOf(tokens.at(i).word, {"am"_L1, "are"_L1}))
            ++i;
        else if (i + 1 < end && isOneOf(tokens.at(i).word, {"have"_L1, "'ve"_L1}) && tokens.at(i + 1).word == "had"_L1)
            ++i;
        else
            return -1;
    }
    while (i < end && (tokens.at(i).classes & Hedge))
        ++i;
    if (i >= end)
        return -1;
    const QString &word = tokens.at(i).word;
    const auto restIs = [&](qsizetype from, WordList words) {
        qsizetype k = from;
        while (k < end && isOneOf(tokens.at(k).word, words))
            ++k;
        return k == end;
    };
    if (isOneOf(word, {"out"_L1, "leaving"_L1, "off"_L1}) && !(who == "we"_L1 || who == "we're"_L1))
        return restIs(i + 1, outTails) ? end : -1;
    if (isOneOf(word, {"done"_L1, "through"_L1, "finished"_L1})) {
        if (restIs(i + 1, doneTails))
            return end;
        return tokens.at(i + 1 < end ? i + 1 : i).word == "with"_L1
                       && restIs(i + 2, doneWithWhat)
                   ? end : -1;
    }
    if (word == "had"_L1 && i + 1 < end && isOneOf(tokens.at(i + 1).word, {"enough"_L1, "it"_L1}))
        return restIs(i + 2, enoughOfWhat) ? end : -1;
    if (word == "walking"_L1 && i + 1 < end && isOneOf(tokens.at(i + 1).word, {"away"_L1, "out"_L1}))
        return end;
    return -1;
}

// Dismissals said alone, as the whole reply: "Whatever.", "K.", "Sure.",
// "Noted.", "Nothing.", "Never mind.", "Who cares?", "Not now.".
bool isLoneDismissal(const QString &text, const CoachTokens &tokens)
{
    if (tokens.isEmpty() || tokens.size() > 4 || tokens.constLast().sentence != tokens.constFirst().sentence)
        return false;
    // Said with its end mark: a bare "fine" is the word talked about, not a reply.
    const qsizetype after = tokens.constLast().end;
    if (after >= text.size() || !(text.at(after) == u'.' || text.at(after) == u'!' || text.at(after) == u'?'
                                  || text.at(after) == u'\u2026'))
        return false;
    static const std::initializer_list<QLatin1StringView> dismissals = {
        "whatever"_L1, "k"_L1, "kk"_L1, "sure"_L1, "noted"_L1, "nothing"_L1, "fine"_L1, "mhm"_L1, "meh"_L1};
    const QString &last = tokens.constLast().word;
    if (last == "sure"_L1 && text.at(after) == u'!')
        return false; // "Sure!" agrees gladly
    if (isOneOf(last, dismissals)) {
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (!isInterjection(tokens.at(i).word) && !isOneOf(tokens.at(i).word, dismissals))
                return false;
        }
        return true;
    }
    const qsizetype n = tokens.size();
    const QString &first = tokens.at(n - 2 >= 0 ? n - 2 : 0).word;
    if (n == 2 || (n == 3 && isInterjection(tokens.constFirst().word))) {
        return (first == "never"_L1 && last == "mind"_L1) || (first == "who"_L1 && last == "cares"_L1)
               || (first == "not"_L1 && last == "now"_L1) || (first == "uh"_L1 && last == "huh"_L1)
               || (first == "yeah"_L1 && last == "yeah"_L1);
    }
    return false; // ("It doesn't matter." forgives as often as it dismisses.)
}

// "Don't bother, I'll get it", "just leave it, I'll do it": the speaker offers
// to take it on (not "I'll do it myself", which is said in resentment).
bool offersToDoIt(const CoachTokens &tokens, qsizetype from, qsizetype end)
{
    for (qsizetype i = from; i < end && i < from + 8; ++i) {
        if (tokens.at(i).word == "i'll"_L1 || (tokens.at(i).word == "let"_L1 && i + 1 < end && tokens.at(i + 1).word == "me"_L1))
            return !anyWordIn(tokens, i, std::min(end, i + 6), {"myself"_L1});
    }
    return false;
}

// Orders that end the talk: "Don't bother.", "Go away.", "Get away from me.",
// "Don't talk to me.", "Save it.", "Talk to the wall."
qsizetype dismissingOrderAt(const CoachTokens &tokens, qsizetype head, qsizetype end)
{
    const auto word = [&](qsizetype i) -> const QString & {
        static const QString none;
        return i < end && sameClause(tokens, head, i) ? tokens.at(i).word : none;
    };
    const qsizetype clause = clauseEnd(tokens, head);
    const QString &verb = word(head);
    // "Don't bother." or "don't bother explaining", not "don't bother getting up, I'll get it".
    if (verb == "don't"_L1 && word(head + 1) == "bother"_L1
        && (head + 2 == clause || isOneOf(word(head + 2), notBotherWhat)))
        return head + 2;
    if ((verb == "go"_L1 && word(head + 1) == "away"_L1) || (verb == "save"_L1 && word(head + 1) == "it"_L1))
        return head + 2 == clause ? head + 2 : -1;
    if (verb == "get"_L1 && word(head + 1) == "away"_L1 && word(head + 2) == "from"_L1 && word(head + 3) == "me"_L1)
        return head + 4;
    if (verb == "get"_L1 && word(head + 1) == "out"_L1 && head + 2 == clause)
        return head + 2;
    if (verb == "don't"_L1 && isOneOf(word(head + 1), {"talk"_L1, "speak"_L1}) && word(head + 2) == "to"_L1
        && word(head + 3) == "me"_L1)
        return head + 4;
    if (verb == "don't"_L1 && word(head + 1) == "follow"_L1 && word(head + 2) == "me"_L1)
        return head + 3; // "don't follow me" ("don't wait up" is a courtesy)
    if (isOneOf(verb, {"drop"_L1, "leave"_L1}) && word(head + 1) == "it"_L1 && head + 2 == clause)
        return head + 2; // "Drop it.", "Just leave it." (not "leave it on the side")
    if (verb == "forget"_L1 && word(head + 1) == "i"_L1 && isOneOf(word(head + 2), {"said"_L1, "asked"_L1, "mentioned"_L1}))
        return head + 3; // "forget I said anything"
    // "Think what you like.", "do as you please", "say whatever you want": the
    // partner left to it, the clause ending there (not "do what you like with the room").
    if (isOneOf(verb, {"think"_L1, "believe"_L1, "say"_L1, "do"_L1}) && isOneOf(word(head + 1), {"what"_L1, "whatever"_L1, "as"_L1})
        && word(head + 2) == "you"_L1 && isOneOf(word(head + 3), {"like"_L1, "want"_L1, "wish"_L1, "please"_L1})
        && head + 4 == clause)
        return head + 4;
    if (verb == "talk"_L1 && word(head + 1) == "to"_L1 && word(head + 2) == "the"_L1
        && isOneOf(word(head + 3), {"wall"_L1, "hand"_L1}))
        return head + 4;
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
    if (k + 1 < end && tokens.at(k).word == "to"_L1
        && isOneOf(tokens.at(k + 1).word, {"say"_L1, "discuss"_L1, "add"_L1, "talk"_L1, "explain"_L1}))
        return k + 2;
    return -1;
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

} // namespace StonewallingClauses
