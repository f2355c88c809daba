// SPDX-License-Identifier: GPL-3.0-or-later
// Stonewalling: the speaker shutting the conversation; part of CoachHorsemen.
#include "coachhorsemen.h"

#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// The match opens its clause (after interjections) and ends it (before "then",
// "okay" and the like): "Fine. Do what you want." but not "I'll do what you want".
bool fillsClause(const CoachTokens &tokens, const PhraseMatch &match)
{
    qsizetype first = match.begin;
    while (first > 0 && sameClause(tokens, first - 1, match.begin) && isInterjection(tokens.at(first - 1).word))
        --first;
    if (first > 0 && sameClause(tokens, first - 1, match.begin))
        return false;
    qsizetype last = match.end;
    const qsizetype end = clauseEnd(tokens, match.begin);
    while (last < end && isOneOf(tokens.at(last).word, {"then"_L1, "okay"_L1, "ok"_L1, "anyway"_L1, "now"_L1,
                                                        "already"_L1, "alright"_L1, "anymore"_L1}))
        ++last;
    return last == end;
}

// A break with a return is the antidote, not the horseman: "I need twenty
// minutes, then I want to finish this", "once I've calmed down", "on Sunday".
bool promisesReturn(const CoachTokens &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Return))
            continue; // the words are in CoachHorsemen's constructor
        const QString &word = tokens.at(i).word;
        if (word != "then"_L1)
            return true;
        // "Then we can ...": what comes next, said with a subject.
        if (word == "then"_L1 && i + 1 < tokens.size() && sameClause(tokens, i, i + 1)
            && (tokens.at(i + 1).classes & (Speaker | Shared)))
            return true;
    }
    // A time to meet again: "see you at six", "talk soon", "back by 7".
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & MeetAgainCue))
            continue;
        const QString &word = tokens.at(i).word;
        const QString &next = tokens.at(i + 1).word;
        if ((word == "see"_L1 && next == "you"_L1) || (isOneOf(word, {"talk"_L1, "speak"_L1}) && next == "soon"_L1))
            return true;
        if (isOneOf(word, {"at"_L1, "by"_L1, "around"_L1}) && !next.isEmpty()
            && (next.front().isDigit() || isOneOf(next, {"two"_L1, "three"_L1, "four"_L1, "five"_L1, "six"_L1, "seven"_L1,
                                                         "eight"_L1, "nine"_L1, "ten"_L1, "eleven"_L1, "twelve"_L1,
                                                         "noon"_L1, "midnight"_L1})))
            return true;
    }
    return false;
}

// Affection says the partner is not being shut out: "Go away, you make me
// laugh", "I'm done, love, let's eat". (Not any pleasant feeling: "until you
// calm down" is no warmth.)
bool warmToward(const CoachTokens &tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const CoachToken &t) {
        return (t.classes & Warm) && isOneOf(t.word, {"love"_L1, "loved"_L1, "lovely"_L1, "laugh"_L1, "laughing"_L1,
                                                       "smile"_L1, "thank"_L1, "thanks"_L1, "sweet"_L1, "darling"_L1,
                                                       "sweetheart"_L1, "honey"_L1, "babe"_L1, "adore"_L1});
    });
}

// Verbs of talking: what a refusal refuses.
bool isTalkVerb(const QString &word)
{
    return isOneOf(word, {"talk"_L1, "talking"_L1, "discuss"_L1, "discussing"_L1, "listen"_L1, "listening"_L1,
                          "hear"_L1, "hearing"_L1, "answer"_L1, "answering"_L1, "explain"_L1, "explaining"_L1,
                          "speak"_L1, "speaking"_L1, "respond"_L1, "responding"_L1, "reply"_L1, "replying"_L1,
                          "deal"_L1, "dealing"_L1, "repeat"_L1, "repeating"_L1, "continue"_L1, "continuing"_L1,
                          "engage"_L1, "do"_L1, "doing"_L1, "go"_L1, "going"_L1, "get"_L1, "getting"_L1,
                          "justify"_L1, "dignify"_L1, "dignifying"_L1,
                          "have"_L1, "having"_L1, "say"_L1, "saying"_L1});
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
            return then.isEmpty() || isOneOf(then, {"anymore"_L1, "again"_L1, "now"_L1, "right"_L1, "any"_L1,
                                                    "conversation"_L1, "discussion"_L1, "with"_L1, "argument"_L1});
        }
        // "We are not discussing my mother": a person or thing of theirs, unless someone else is to hear it
        // ("I won't discuss your salary with my parents").
        if (isOneOf(w, {"my"_L1, "your"_L1, "our"_L1}))
            return !anyWordIn(tokens, verb + 1, end, {"with"_L1, "front"_L1, "to"_L1, "anyone"_L1});
        return isOneOf(w, {"you"_L1, "anything"_L1, "any"_L1, "anymore"_L1, "again"_L1, "now"_L1,
                           "conversation"_L1, "discussion"_L1, "argument"_L1, "fight"_L1, "myself"_L1});
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
        if (isOneOf(token.word, {"not"_L1, "don't"_L1, "won't"_L1, "can't"_L1, "cannot"_L1, "refuse"_L1,
                                 "refusing"_L1, "aren't"_L1, "ain't"_L1})) {
            refused = true;
            canNot = canNot || token.word == "can't"_L1 || token.word == "cannot"_L1;
        }
        else if (token.word == "no"_L1 && i + 1 < end && tokens.at(i + 1).word == "longer"_L1)
            refused = true;
        else if (refused && isTalkVerb(token.word) && refusesTheTalk(tokens, i, canNot))
            return i + 1;
        else if (!(token.classes & (Auxiliary | Hedge | Frequency | Reporting | NeedVerb | Negator))
                 && !isOneOf(token.word, {"going"_L1, "gonna"_L1, "longer"_L1, "even"_L1, "willing"_L1,
                                          "able"_L1, "bother"_L1, "bothering"_L1, "any"_L1, "more"_L1}))
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
    if (isOneOf(who, {"i'd"_L1, "i'll"_L1, "we'd"_L1, "we'll"_L1, "let's"_L1, "our"_L1})
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
    const auto restIs = [&](qsizetype from, std::initializer_list<QLatin1StringView> words) {
        qsizetype k = from;
        while (k < end && isOneOf(tokens.at(k).word, words))
            ++k;
        return k == end;
    };
    if (isOneOf(word, {"out"_L1, "leaving"_L1, "off"_L1}) && !(who == "we"_L1 || who == "we're"_L1))
        return restIs(i + 1, {"of"_L1, "here"_L1, "now"_L1, "then"_L1}) ? end : -1;
    if (isOneOf(word, {"done"_L1, "through"_L1, "finished"_L1})) {
        if (restIs(i + 1, {"here"_L1, "now"_L1, "then"_L1, "talking"_L1, "discussing"_L1, "arguing"_L1}))
            return end;
        return tokens.at(i + 1 < end ? i + 1 : i).word == "with"_L1
                       && restIs(i + 2, {"this"_L1, "you"_L1, "it"_L1, "that"_L1, "us"_L1, "conversation"_L1,
                                         "discussion"_L1, "talking"_L1, "the"_L1, "all"_L1, "of"_L1})
                   ? end : -1;
    }
    if (word == "had"_L1 && i + 1 < end && isOneOf(tokens.at(i + 1).word, {"enough"_L1, "it"_L1}))
        return restIs(i + 2, {"of"_L1, "with"_L1, "this"_L1, "you"_L1, "it"_L1, "now"_L1}) ? end : -1;
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
        && (head + 2 == clause || isOneOf(word(head + 2), {"explaining"_L1, "apologising"_L1, "trying"_L1,
                                                           "talking"_L1, "asking"_L1, "calling"_L1, "answering"_L1,
                                                           "replying"_L1, "pretending"_L1, "coming"_L1})))
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

const QString &wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

} // namespace

void CoachHorsemen::findStonewalling(const QString &text, const CoachTokens &tokens,
                                     QList<CoachFinding> &findings) const
{
    if (tokens.isEmpty() || promisesReturn(tokens) || warmToward(tokens))
        return;
    for (const PhraseMatch &match : m_stonewalling.findAll(tokens, Hedge)) {
        // A lone "Fine." or "Whatever!" is said with its full stop; a quoted
        // "fine" (what a partner answers) is only reported.
        const qsizetype after = tokens.at(match.begin).end;
        const bool said = after < text.size() && (text.at(after) == u'.' || text.at(after) == u'!' || text.at(after) == u'\u2026');
        const bool fits = match.end - match.begin == 1
                              ? said && wholeClause(tokens, match.begin, match.end) && opensSentence(tokens, match.begin)
                              : fillsClause(tokens, match);
        if (fits)
            add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    findStonewallingShapes(text, tokens, findings);
}

void CoachHorsemen::findStonewallingShapes(const QString &text, const CoachTokens &tokens,
                                           QList<CoachFinding> &findings) const
{
    if (isLoneDismissal(text, tokens)) {
        add(m_stonewallingPattern, text, tokens, 0, tokens.size(), findings);
        return;
    }
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        // (A question asks; it shuts nothing. Asked only of a sentence that could shut the talk.)
        const qsizetype head = sentenceHead(tokens, first, end);
        int asks = -1;
        const auto question = [&] {
            if (asks < 0)
                asks = asksQuestion(text, tokens, first) ? 1 : 0;
            return asks == 1;
        };
        for (qsizetype i = first; i < end; ++i) {
            const CoachToken &token = tokens.at(i);
            // An order that ends the talk opens a clause: "Go away.", "You know what, forget I said anything."
            if (i == head || (i > first && !sameClause(tokens, i - 1, i))) {
                const qsizetype order = dismissingOrderAt(tokens, i, end);
                if (order > 0 && !question() && !offersToDoIt(tokens, order, end))
                    add(m_stonewallingPattern, text, tokens, i, order, findings);
            }
            // "This is over.", "it's over.": the talk declared ended, the clause ending there.
            const bool cue = token.classes & StonewallingCue;
            if (cue && token.word == "over"_L1 && i + 1 == clauseEndWithin(tokens, i, 2) && i > first
                && (isOneOf(wordAt(tokens, i - 1), {"it's"_L1, "we're"_L1, "that's"_L1})
                    || (wordAt(tokens, i - 1) == "is"_L1 && isOneOf(wordAt(tokens, i - 2), {"this"_L1, "it"_L1})))
                && headsSentence(tokens, wordAt(tokens, i - 1) == "is"_L1 ? i - 2 : i - 1) && !question()) {
                add(m_stonewallingPattern, text, tokens, wordAt(tokens, i - 1) == "is"_L1 ? i - 2 : i - 1, i + 1, findings);
                continue;
            }
            // "I'm not in the mood for this": the talk put off with no return.
            if (cue && token.word == "mood"_L1 && anyWordBefore(tokens, i, 3, {"not"_L1}) && wordAt(tokens, i - 1) == "the"_L1) {
                const QString &forWhat = wordAt(tokens, i + 2);
                const bool ends = i + 1 >= end || !sameClause(tokens, i, i + 1);
                if (ends || (wordAt(tokens, i + 1) == "for"_L1 && isOneOf(forWhat, {"this"_L1, "it"_L1, "that"_L1, "talking"_L1,
                                                                                   "your"_L1, "another"_L1})))
                    add(m_stonewallingPattern, text, tokens, i, ends ? i + 1 : i + 3, findings);
                continue;
            }
            // "I have nothing more to say", "there's no point talking to you": no more talk.
            if (cue && (token.word == "nothing"_L1 || (token.word == "no"_L1 && wordAt(tokens, i + 1) == "point"_L1))) {
                const qsizetype stop = nothingToSay(tokens, i);
                if (stop > 0 && !question())
                    add(m_stonewallingPattern, text, tokens, i, stop, findings);
                continue;
            }
            if (!(token.classes & (Speaker | Shared)) || (token.classes & Determiner)
                || isOneOf(token.word, {"me"_L1, "us"_L1, "myself"_L1, "ourselves"_L1, "let's"_L1, "mine"_L1}))
                continue;
            // Only the clause's own subject: "I'm not going to talk about this",
            // not "you said I'm not listening" (a report of the partner's words).
            const qsizetype refusal = refusalFrom(tokens, i);
            const qsizetype ending = refusal > 0 ? refusal : endingFrom(tokens, i);
            if (ending > 0 && !negatedBefore(tokens, i) && !question())
                add(m_stonewallingPattern, text, tokens, i, ending, findings);
        }
        first = end;
    }
}
