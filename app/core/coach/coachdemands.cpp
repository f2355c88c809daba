// SPDX-License-Identifier: GPL-3.0-or-later
// Demands: telling the partner what to do; part of Coach.
#include "coach.h"

#include "coachgrammar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

const QString &wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

// "You should try that café", "you have to treat yourself": a tip about
// something pleasant, not an order. Only verbs that name an enjoyment, and
// only with a thing after them ("try harder" stays an order).
bool isFriendlyTip(const CoachTokens &tokens, qsizetype verb)
{
    const QString &word = wordAt(tokens, verb);
    if (word == "treat"_L1)
        return isOneOf(wordAt(tokens, verb + 1), {"yourself"_L1, "you"_L1});
    // An invitation: "you should come with us", "you have to join us".
    if (word == "come"_L1 || word == "join"_L1)
        return isOneOf(wordAt(tokens, verb + 1), {"with"_L1, "along"_L1, "us"_L1, "me"_L1});
    if (!isOneOf(word, {"try"_L1, "taste"_L1, "watch"_L1, "read"_L1, "see"_L1, "visit"_L1, "hear"_L1, "check"_L1}))
        return false;
    qsizetype object = verb + 1;
    if (isOneOf(wordAt(tokens, object), {"out"_L1, "to"_L1}))
        ++object;
    return object < tokens.size() && sameClause(tokens, verb, object)
           && (tokens.at(object).classes & (Determiner | Article | Thing));
}

// Verbs people order each other with: "Call her.", "Put your phone away.",
// "Stop shouting." A closed list of common everyday verbs, so that a sentence
// opening with a noun ("Dinner at seven is fine") or a courtesy ("Thank you",
// "Enjoy", "Sleep well", "Have fun") is no order.
bool isOrderVerb(const QString &word)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (QLatin1StringView v : {"call"_L1, "ring"_L1, "phone"_L1, "text"_L1, "email"_L1, "stop"_L1, "quit"_L1,
                                    "get"_L1, "go"_L1, "put"_L1, "take"_L1, "give"_L1, "tell"_L1, "clean"_L1,
                                    "tidy"_L1, "pick"_L1, "come"_L1, "listen"_L1, "look"_L1, "answer"_L1, "move"_L1,
                                    "turn"_L1, "shut"_L1, "sit"_L1, "wait"_L1, "hurry"_L1, "keep"_L1, "make"_L1,
                                    "do"_L1, "fix"_L1, "find"_L1, "pay"_L1, "buy"_L1, "bring"_L1, "send"_L1,
                                    "wash"_L1, "cook"_L1, "pack"_L1, "check"_L1, "book"_L1, "sort"_L1, "deal"_L1,
                                    "cut"_L1, "stay"_L1, "ask"_L1, "say"_L1, "explain"_L1, "apologise"_L1,
                                    "admit"_L1, "learn"_L1, "start"_L1, "finish"_L1, "pull"_L1, "clear"_L1,
                                    "empty"_L1, "hang"_L1, "drive"_L1, "walk"_L1, "use"_L1, "read"_L1, "write"_L1,
                                    "show"_L1, "hand"_L1, "pass"_L1, "open"_L1, "close"_L1, "lock"_L1, "charge"_L1,
                                    "feed"_L1, "vacuum"_L1, "hoover"_L1, "mop"_L1, "change"_L1, "respond"_L1,
                                    "reply"_L1, "watch"_L1, "mind"_L1, "respect"_L1, "act"_L1, "behave"_L1, "be"_L1,
                                    "knock"_L1, "cancel"_L1, "return"_L1, "fill"_L1, "load"_L1, "unload"_L1,
                                    "fold"_L1, "iron"_L1, "sweep"_L1, "wipe"_L1, "rinse"_L1, "water"_L1, "mow"_L1,
                                    "decide"_L1, "choose"_L1, "focus"_L1, "leave"_L1, "let"_L1, "try"_L1,
                                    "help"_L1, "hold"_L1, "lower"_L1, "throw"_L1, "drop"_L1, "grab"_L1, "fetch"_L1,
                                    "wake"_L1, "eat"_L1, "fix"_L1, "set"_L1, "stand"_L1, "shout"_L1, "speak"_L1,
                                    "talk"_L1, "sign"_L1, "hide"_L1, "bin"_L1, "sell"_L1, "touch"_L1, "raise"_L1,
                                    "roll"_L1, "interrupt"_L1, "lie"_L1, "yell"_L1, "swear"_L1, "ignore"_L1,
                                    "spend"_L1, "invite"_L1, "waste"_L1, "mess"_L1, "slam"_L1, "smoke"_L1})
            set.insert(QString(v));
        return set;
    }();
    return verbs.contains(word);
}

// What an order verb takes that makes it kindness, not an order: "take care",
// "get some rest", "go ahead", "come on", "let me help", "tell me about your day".
bool isKindnessAfter(const CoachTokens &tokens, qsizetype verb)
{
    const QString &word = tokens.at(verb).word;
    const QString &next = wordAt(tokens, verb + 1);
    const QString &after = wordAt(tokens, verb + 2);
    // Care for the partner: "don't be so hard on yourself", "be patient with yourself".
    for (qsizetype k = verb + 1; k < verb + 7 && k < tokens.size() && sameClause(tokens, verb, k); ++k) {
        if (tokens.at(k).word == "yourself"_L1 && isOneOf(wordAt(tokens, k - 1), {"on"_L1, "to"_L1, "with"_L1}))
            return true;
    }
    if (word == "take"_L1)
        return isOneOf(next, {"care"_L1, "your"_L1, "it"_L1, "a"_L1}) && (next != "your"_L1 || after == "time"_L1)
               && (next != "a"_L1 || isOneOf(after, {"break"_L1, "rest"_L1, "nap"_L1, "seat"_L1, "look"_L1}));
    if (word == "get"_L1)
        return isOneOf(next, {"some"_L1, "well"_L1, "better"_L1, "home"_L1, "comfy"_L1, "comfortable"_L1});
    if (word == "go"_L1)
        return isOneOf(next, {"ahead"_L1, "for"_L1, "easy"_L1, "on"_L1, "get"_L1, "have"_L1, "enjoy"_L1, "relax"_L1,
                              "rest"_L1}) || (next == "to"_L1 && isOneOf(after, {"bed"_L1, "sleep"_L1}));
    if (word == "come"_L1)
        return isOneOf(next, {"on"_L1, "in"_L1});
    if (word == "let"_L1)
        return !(next == "me"_L1 && isOneOf(after, {"finish"_L1, "speak"_L1, "talk"_L1, "explain"_L1}));
    if (word == "tell"_L1)
        return next == "me"_L1 && isOneOf(after, {"about"_L1, "more"_L1, "how"_L1, "if"_L1, "when"_L1, "what"_L1});
    if (word == "look"_L1)
        return next != "at"_L1 || after != "me"_L1; // "look at that sunset!"
    if (isOneOf(word, {"watch"_L1, "help"_L1, "turn"_L1, "keep"_L1, "sit"_L1, "stay"_L1, "drive"_L1, "hold"_L1})
        && isOneOf(next, {"out"_L1, "yourself"_L1, "left"_L1, "right"_L1, "going"_L1, "warm"_L1, "with"_L1, "for"_L1,
                          "over"_L1, "safe"_L1, "safely"_L1, "my"_L1}))
        return word != "hold"_L1 || after == "hand"_L1; // "watch out", "help yourself", "sit with me", "hold my hand"
    if (isOneOf(word, {"hold"_L1, "hang"_L1}))
        return next == "on"_L1;
    if (word == "wait"_L1) // "don't wait up", "wait for me"
        return next.isEmpty() || !sameClause(tokens, verb, verb + 1) || next == "up"_L1 || (next == "for"_L1 && after == "me"_L1);
    if (word == "keep"_L1 && (next == "it"_L1 || (next == "the"_L1 && after == "change"_L1)))
        return true; // a gift: "keep the change"
    if (word == "be"_L1)
        return isOneOf(next, {"careful"_L1, "safe"_L1, "yourself"_L1, "happy"_L1, "well"_L1, "gentle"_L1, "kind"_L1});
    if (word == "make"_L1)
        return isOneOf(next, {"yourself"_L1, "a"_L1});
    if (word == "put"_L1)
        return next == "your"_L1 && after == "feet"_L1;
    if (word == "give"_L1 && next == "it"_L1) // "give it a try"
        return after == "a"_L1 && isOneOf(wordAt(tokens, verb + 3), {"try"_L1, "go"_L1, "shot"_L1, "chance"_L1});
    if (word == "give"_L1)
        return next == "me"_L1 && isOneOf(after, {"a"_L1}) && isOneOf(wordAt(tokens, verb + 3), {"minute"_L1, "second"_L1,
                                                                                              "moment"_L1, "hug"_L1, "kiss"_L1});
    // A treat for the partner: "fix yourself a drink", "make yourself at home".
    if (isOneOf(word, {"fix"_L1, "make"_L1, "get"_L1, "pour"_L1, "grab"_L1, "treat"_L1, "buy"_L1}) && next == "yourself"_L1)
        return true;
    // "Call me crazy, but ..."
    if (word == "call"_L1 && next == "me"_L1 && isOneOf(after, {"crazy"_L1, "silly"_L1, "old-fashioned"_L1, "mad"_L1}))
        return true;
    // Sharing: "listen to this song".
    if (word == "listen"_L1 && next == "to"_L1 && isOneOf(after, {"this"_L1, "that"_L1, "the"_L1}))
        return true;
    if (word == "hand"_L1)
        return next == "in"_L1; // "hand in hand"
    if (word == "stop"_L1)
        return isOneOf(next, {"by"_L1, "in"_L1, "off"_L1, "worrying"_L1, "apologising"_L1});
    return isFriendlyTip(tokens, verb);
}

// A sentence made a request or a kindness by what is around the order:
// "please", "if you like", "when you get a chance", "I'll ...", warm words.
bool softenedSentence(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    for (qsizetype i = first; i < end; ++i) {
        const CoachToken &t = tokens.at(i);
        // Affection: "come here and give me a hug".
        if (isOneOf(t.word, {"hug"_L1, "kiss"_L1, "cuddle"_L1}))
            return true;
        // A suggestion made together ("let's", "we'll manage") or with a condition ("if it makes you miserable").
        if ((t.classes & Warm) || isOneOf(t.word, {"please"_L1, "i'll"_L1, "free"_L1, "rush"_L1, "pressure"_L1,
                                                    "let's"_L1, "we'll"_L1, "if"_L1}))
            return true;
        if (isOneOf(t.word, {"when"_L1, "whenever"_L1})
            && isOneOf(wordAt(tokens, i + 1), {"you"_L1, "you're"_L1, "you've"_L1, "you'd"_L1}))
            return true;
        // An offer: "sit down and let me cook" (not "let me finish").
        if (t.word == "let"_L1 && wordAt(tokens, i + 1) == "me"_L1
            && !isOneOf(wordAt(tokens, i + 2), {"finish"_L1, "speak"_L1, "talk"_L1, "explain"_L1}))
            return true;
        // A choice left to the partner: "pick a film, anything you like".
        if (t.word == "you"_L1 && isOneOf(wordAt(tokens, i + 1), {"like"_L1, "want"_L1, "prefer"_L1, "fancy"_L1})
            && (i + 2 >= end || !sameClause(tokens, i + 1, i + 2)))
            return true;
    }
    return false;
}

} // namespace

// Telling the partner what they must do; not a condition ("when you need to
// recharge"), a question ("do you have to go?"), a guess ("you must be
// tired") or wonder ("you should have seen it!").
void Coach::findDemands(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_demands.findAll(tokens, Hedge)) {
        if (negatedBefore(tokens, match.begin))
            continue;
        const CoachToken &first = tokens.at(match.begin);
        if (first.classes & Partner) {
            const qsizetype before = skipBack(tokens, match.begin, Hedge, 2);
            if (before >= 0 && (tokens.at(before).classes & (Subordinator | Auxiliary))) {
                // ... except "what you need to understand is ...", an order in other words.
                const bool cleft = tokens.at(before).word == "what"_L1
                                   && std::any_of(tokens.cbegin() + match.end, tokens.cbegin() + clauseEnd(tokens, match.begin),
                                                  [](const CoachToken &t) { return t.word == "is"_L1; });
                if (!cleft)
                    continue;
            }
        } else if (!(first.classes & Speaker)) {
            // "Calm down" said to the partner ("I need you to calm down"), not "I need to calm down".
            // "... until you calm down" is a condition, not an order.
            if (match.begin >= 2 && wordAt(tokens, match.begin - 1) == "you"_L1
                && (tokens.at(match.begin - 2).classes & Subordinator))
                continue;
            const bool toPartner = match.begin >= 2 && wordAt(tokens, match.begin - 1) == "to"_L1
                                   && wordAt(tokens, match.begin - 2) == "you"_L1
                                   && sameClause(tokens, match.begin - 2, match.begin);
            if (!toPartner && (subjectBefore(tokens, match.begin) & (Speaker | Shared | Other | Thing)))
                continue;
        }
        // "You need to know how much I love you" is no order; "you need to be
        // more affectionate" is, however warm the word it asks for.
        const bool asksForChange = wordAt(tokens, match.end) == "be"_L1
                                   && isOneOf(wordAt(tokens, match.end + 1), {"more"_L1, "less"_L1});
        if (!asksForChange && warmBetween(tokens, match.end, clauseEnd(tokens, match.begin)))
            continue;
        if (isFriendlyTip(tokens, skipForward(tokens, match.end - 1, Hedge, 2)))
            continue;
        if (match.end < tokens.size() && sameClause(tokens, match.end, match.begin)) {
            const QString &last = tokens.at(match.end - 1).word;
            const QString &next = tokens.at(match.end).word;
            if (last == "must"_L1 && isOneOf(next, {"be"_L1, "have"_L1, "feel"_L1, "know"_L1}))
                continue;
            if (isOneOf(last, {"have"_L1, "should've"_L1}) && isOneOf(next, {"seen"_L1, "heard"_L1}))
                continue;
        }
        findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
    findDemandShapes(text, tokens, findings);
}

// Orders by their shape: a sentence opening with an order verb ("Call her.",
// "Stop shouting.", "Don't touch my things.", "Never do that again."), and
// obligation frames ("you're going to apologise", "I want you to call her").
// Not a question, not softened ("please", "if you like", "I'll ..."), not a
// kindness ("take care", "get some rest", "don't worry").
void Coach::findDemandShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    const int orderPattern = m_imperativePattern >= 0 ? m_imperativePattern : m_mustPattern;
    // "If you're going to call her, ...": a condition, not an order.
    const auto conditional = [&](qsizetype at) {
        const qsizetype before = skipBack(tokens, at, Hedge, 2);
        return before >= 0 && (tokens.at(before).classes & (Subordinator | Joiner));
    };
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        QList<CoachFinding> orders; // kept unless the sentence turns out a question or softened
        const qsizetype head = sentenceHead(tokens, first, end);
        // Another finding already says what this sentence does ("Go away." ends the talk).
        const bool taken = head < end && std::any_of(findings.cbegin(), findings.cend(), [&](const CoachFinding &f) {
            return f.start <= tokens.at(head).start && f.end > tokens.at(head).start;
        });
        if (head < end && !taken && orderPattern >= 0) {
            qsizetype verb = head;
            const QString &opener = tokens.at(head).word;
            if (isOneOf(opener, {"don't"_L1, "never"_L1}) && head + 1 < end)
                verb = head + 1;
            if (verb > head && verb + 1 < end && isOneOf(wordAt(tokens, verb), {"ever"_L1, "you"_L1}) && opener == "don't"_L1)
                verb = verb + 1; // "Don't ever speak to me like that"
            if (opener == "never"_L1 && wordAt(tokens, verb) == "mind"_L1)
                verb = end; // "Never mind."
            const QString &word = wordAt(tokens, verb);
            // Reassurance: "don't be silly", "don't apologise".
            const bool excused = verb > head && ((word == "be"_L1 && isOneOf(wordAt(tokens, verb + 1),
                {"sorry"_L1, "silly"_L1, "afraid"_L1, "scared"_L1, "shy"_L1, "nervous"_L1, "a"_L1, "too"_L1}))
                || word == "apologise"_L1);
            if (verb < end && isOrderVerb(tokens.at(verb).word) && sameClause(tokens, head, verb) && !excused && !isKindnessAfter(tokens, verb)
                && (verb == head || opener == "don't"_L1 || opener == "never"_L1))
                orders.append(fromPattern(text, tokens, head, verb + 1, orderPattern));
        }
        for (qsizetype i = first; i < end && m_mustPattern >= 0; ++i) {
            if (!(tokens.at(i).classes & (Partner | Speaker)))
                continue;
            const QString &word = tokens.at(i).word;
            // "You're going to apologise", "you will call her": an order put as what will happen.
            if (isPartnerSubject(tokens, i) && (word == "you"_L1 || word == "you're"_L1 || word == "you'll"_L1)) {
                qsizetype k = i + 1;
                if (word == "you"_L1 && isOneOf(wordAt(tokens, k), {"will"_L1, "are"_L1, "won't"_L1}))
                    ++k;
                // "You will not speak to me like that": a prohibition is an order too.
                const bool forbids = wordAt(tokens, k - 1) == "won't"_L1 || (wordAt(tokens, k - 1) == "will"_L1
                                                                             && wordAt(tokens, k) == "not"_L1);
                if (forbids && wordAt(tokens, k) == "not"_L1)
                    ++k;
                if (word != "you'll"_L1 && wordAt(tokens, k) == "going"_L1 && wordAt(tokens, k + 1) == "to"_L1)
                    k += 2;
                else if (word != "you'll"_L1 && wordAt(tokens, k) == "gonna"_L1)
                    ++k;
                else if (word != "you'll"_L1 && wordAt(tokens, k - 1) != "will"_L1 && !forbids)
                    continue;
                const qsizetype verb = k;
                if (verb < end && sameClause(tokens, i, verb) && isOrderVerb(tokens.at(verb).word)
                    && !isOneOf(tokens.at(verb).word, {"be"_L1, "get"_L1, "see"_L1, "love"_L1, "find"_L1, "look"_L1,
                                                        "try"_L1, "learn"_L1, "start"_L1, "make"_L1, "do"_L1,
                                                        "keep"_L1, "pass"_L1, "stay"_L1, "help"_L1})
                    && !conditional(i) && !negatedBefore(tokens, i)
                    && (!forbids || isOneOf(tokens.at(verb).word, {"speak"_L1, "talk"_L1, "go"_L1, "leave"_L1,
                                                                   "touch"_L1, "call"_L1, "yell"_L1, "shout"_L1})))
                    orders.append(fromPattern(text, tokens, i, verb, m_mustPattern));
                continue;
            }
            // "I want you to call her", "I demand you to stop" ("I need you to listen" says a need).
            if (word == "i"_L1 && i + 4 < end + 1) {
                qsizetype k = skipForward(tokens, i, Hedge, 2);
                if (k < 0 || !isOneOf(tokens.at(k).word, {"want"_L1, "demand"_L1, "insist"_L1}))
                    continue;
                if (wordAt(tokens, k + 1) != "you"_L1 || wordAt(tokens, k + 2) != "to"_L1 || k + 3 >= end
                    || !sameClause(tokens, i, k + 3))
                    continue;
                const QString &verb = tokens.at(k + 3).word;
                // (Not an offer or a wish for the partner: "I want you to take the bigger room", "... to have this".)
                if (isOrderVerb(verb) && !isOneOf(verb, {"be"_L1, "come"_L1, "stay"_L1, "try"_L1, "let"_L1, "help"_L1,
                                                         "take"_L1, "keep"_L1, "pick"_L1, "choose"_L1, "decide"_L1,
                                                         "make"_L1, "find"_L1, "do"_L1, "read"_L1, "watch"_L1})
                    && !isKindnessAfter(tokens, k + 3)
                    && !negatedBefore(tokens, i + 1))
                    orders.append(fromPattern(text, tokens, i, k + 3, m_mustPattern));
            }
        }
        if (!orders.isEmpty() && !asksQuestion(text, tokens, first) && !softenedSentence(tokens, first, end))
            findings.append(orders);
        first = end;
    }
}
