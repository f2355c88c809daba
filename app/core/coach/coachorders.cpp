// SPDX-License-Identifier: GPL-3.0-or-later
// What makes an imperative an order or something kinder, for the demands
// (coachdemands.cpp): the verbs people order with, and the words that make
// one a tip, a kindness or a request.
#include "coachorders.h"

#include "coachgrammar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

// "You should try that café", "you have to treat yourself": a tip about
// something pleasant, not an order. Only verbs that name an enjoyment, and
// only with a thing after them ("try harder" stays an order).
bool CoachOrders::isFriendlyTip(const CoachTokens &tokens, qsizetype verb)
{
    const QString &word = wordAt(tokens, verb);
    if (word == "treat"_L1)
        return isOneOf(wordAt(tokens, verb + 1), {"yourself"_L1, "you"_L1});
    // An invitation: "you should come with us", "you have to join us".
    // "You should come to the pottery class with me sometime" too: the company later in the clause.
    if (word == "come"_L1 || word == "join"_L1) {
        if (isOneOf(wordAt(tokens, verb + 1), {"with"_L1, "along"_L1, "us"_L1, "me"_L1}))
            return true;
        for (qsizetype k = verb + 2; k + 1 < tokens.size() && k < verb + 8 && sameClause(tokens, verb, k + 1); ++k) {
            if (tokens.at(k).word == "with"_L1 && isOneOf(tokens.at(k + 1).word, {"us"_L1, "me"_L1}))
                return true;
        }
        return false;
    }
    if (!isOneOf(word, {"try"_L1, "taste"_L1, "watch"_L1, "read"_L1, "see"_L1, "visit"_L1, "hear"_L1, "check"_L1}))
        return false;
    qsizetype object = verb + 1;
    if (isOneOf(wordAt(tokens, object), {"out"_L1, "to"_L1}))
        ++object;
    // Seeing someone who mends is no treat: "you should see a therapist", "go and see someone".
    const QString &seen = wordAt(tokens, (tokens.value(object).classes & (Determiner | Article)) ? object + 1 : object);
    if (isOneOf(seen, {"therapist"_L1, "doctor"_L1, "counsellor"_L1, "counselor"_L1, "psychiatrist"_L1, "shrink"_L1,
                       "gp"_L1, "professional"_L1, "specialist"_L1, "someone"_L1, "somebody"_L1}))
        return false;
    return object < tokens.size() && sameClause(tokens, verb, object)
           && (tokens.at(object).classes & (Determiner | Article | Thing));
}

// Verbs people order each other with: "Call her.", "Put your phone away.",
// "Stop shouting." A closed list of common everyday verbs, so that a sentence
// opening with a noun ("Dinner at seven is fine") or a courtesy ("Thank you",
// "Enjoy", "Sleep well", "Have fun") is no order.
bool CoachOrders::isOrderVerb(const QString &word)
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
bool CoachOrders::isKindnessAfter(const CoachTokens &tokens, qsizetype verb)
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
    // "Stay out of my office.", "stay out of the kitchen while I'm cooking": kept out of a place of
    // the speaker's, which "stay out of trouble" or "stay out late" is not.
    if (isOneOf(word, {"stay"_L1, "keep"_L1}) && next == "out"_L1 && after == "of"_L1
        && (wordAt(tokens, verb + 3) == "my"_L1
            || (wordAt(tokens, verb + 3) == "the"_L1
                && isOneOf(wordAt(tokens, verb + 4), {"kitchen"_L1, "office"_L1, "bedroom"_L1, "room"_L1, "garage"_L1,
                                                      "bathroom"_L1, "study"_L1, "shed"_L1}))))
        return false;
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
    // Asking for time before talking: "give me till the morning", "give us until tea".
    if (word == "give"_L1 && isOneOf(next, {"me"_L1, "us"_L1}) && isOneOf(after, {"till"_L1, "until"_L1}))
        return true;
    if (word == "give"_L1)
        return isOneOf(next, {"me"_L1, "us"_L1}) && isOneOf(after, {"a"_L1}) && isOneOf(wordAt(tokens, verb + 3), {"minute"_L1, "second"_L1,
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
    // A wish, not an order: "Never change.", "Don't ever change"; "mind how you go".
    if (word == "change"_L1)
        return next.isEmpty() || !sameClause(tokens, verb, verb + 1);
    if (word == "mind"_L1)
        return next == "how"_L1 && after == "you"_L1;
    // Charm scolded in play: "Stop being so cute, I'm trying to work."
    if (word == "stop"_L1 && next == "being"_L1) {
        const QString &trait = after == "so"_L1 ? wordAt(tokens, verb + 3) : after;
        return isOneOf(trait, {"cute"_L1, "sweet"_L1, "adorable"_L1, "lovely"_L1, "charming"_L1, "nice"_L1, "funny"_L1});
    }
    if (word == "stop"_L1)
        return isOneOf(next, {"by"_L1, "in"_L1, "off"_L1, "worrying"_L1, "apologising"_L1});
    // "Come here, you. Give us a cuddle.": called over for a hug.
    if (word == "come"_L1 && next == "here"_L1)
        return anyWordIn(tokens, verb + 2, std::min(tokens.size(), verb + 12), {"cuddle"_L1, "hug"_L1, "kiss"_L1, "snuggle"_L1});
    return isFriendlyTip(tokens, verb);
}

// A sentence made a request or a kindness by what is around the order:
// "please", "if you like", "when you get a chance", "I'll ...", warm words.
bool CoachOrders::softenedSentence(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    const bool insisting = insists(tokens, first, end);
    for (qsizetype i = first; i < end; ++i) {
        const CoachToken &t = tokens.at(i);
        // Affection: "come here and give me a hug"; play: "Stop, that tickles!", "stop it haha".
        if (isOneOf(t.word, {"hug"_L1, "kiss"_L1, "cuddle"_L1}) || isLaughter(t.word))
            return true;
        // A suggestion made together ("let's", "we'll manage") or with a condition ("if it makes you miserable").
        if (isOneOf(t.word, {"i'll"_L1, "free"_L1, "rush"_L1, "pressure"_L1, "let's"_L1, "we'll"_L1, "if"_L1}))
            return true;
        // (Insisting takes back what "please" and warm words would soften: "for the love of God".)
        if (((t.classes & Warm) || t.word == "please"_L1) && !insisting)
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

bool CoachOrders::looksImperative(const CoachTokens &tokens, qsizetype verb, qsizetype end)
{
    if (verb + 1 >= end || !sameClause(tokens, verb, verb + 1))
        return false;
    const CoachToken &token = tokens.at(verb);
    const QString &word = token.word;
    // Known words are something else (pronouns, auxiliaries, feelings, courtesies) or listed already.
    if ((token.classes & ~quint32(Negative)) != 0 || word.size() < 3 || isInterjection(word) || isLaughter(word))
        return false;
    if (word.endsWith("ing"_L1) || word.endsWith("ed"_L1) || word.endsWith("ly"_L1) || word.contains(u'\'')
        || (word.endsWith(u's') && !word.endsWith("ss"_L1)))
        return false;
    if (isOneOf(word, {"enjoy"_L1, "imagine"_L1, "guess"_L1, "remember"_L1, "bless"_L1, "excuse"_L1, "pardon"_L1,
                       "meet"_L1, "welcome"_L1, "happy"_L1, "congrats"_L1, "cheers"_L1, "what"_L1, "how"_L1,
                       "who"_L1, "why"_L1, "where"_L1, "which"_L1, "best"_L1, "same"_L1, "good"_L1, "nice"_L1}))
        return false;
    // A past told without its "I" ("Heard that one before", "Saw the news?"), a count ("Ten out of ten",
    // "twice this week") or a hedge ("maybe the blue one").
    if (isOneOf(word, {"heard"_L1, "told"_L1, "said"_L1, "knew"_L1, "thought"_L1, "saw"_L1, "got"_L1, "felt"_L1,
                       "came"_L1, "went"_L1, "found"_L1, "left"_L1, "took"_L1, "gave"_L1, "ran"_L1, "one"_L1,
                       "two"_L1, "three"_L1, "four"_L1, "five"_L1, "six"_L1, "seven"_L1, "eight"_L1, "nine"_L1,
                       "ten"_L1, "eleven"_L1, "twelve"_L1, "twenty"_L1, "hundred"_L1, "once"_L1, "twice"_L1,
                       "thrice"_L1, "half"_L1, "maybe"_L1, "perhaps"_L1, "almost"_L1, "nearly"_L1, "only"_L1}))
        return false;
    const CoachToken &object = tokens.at(verb + 1);
    return (object.classes & (Article | Determiner))
           || isOneOf(object.word, {"her"_L1, "him"_L1, "them"_L1, "it"_L1, "me"_L1, "us"_L1, "up"_L1, "down"_L1,
                                    "out"_L1, "off"_L1, "away"_L1, "back"_L1});
}

bool CoachOrders::insists(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    for (qsizetype i = first; i < end; ++i) {
        const QString &word = tokens.at(i).word;
        if (word == "please"_L1 && i + 1 < end && tokens.at(i + 1).word == "just"_L1)
            return true;
        if (word == "love"_L1 && wordAt(tokens, i + 1) == "of"_L1 && isOneOf(wordAt(tokens, i + 2), {"god"_L1, "christ"_L1}))
            return true;
        if (word == "asking"_L1 && isOneOf(wordAt(tokens, i + 1), {"again"_L1, "twice"_L1}))
            return true; // "I'm not asking again"
        if (i + 1 == end && i > first && isOneOf(word, {"now"_L1, "already"_L1, "immediately"_L1}))
            return true;
    }
    return false;
}

bool CoachOrders::settlesIt(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    for (qsizetype i = first; i + 1 < end; ++i) {
        const QString &word = tokens.at(i).word;
        const QString &next = tokens.at(i + 1).word;
        if (word == "that's"_L1 && (next == "final"_L1 || (next == "that"_L1 && clauseEndWithin(tokens, i, 3) == i + 2)))
            return true;
        if (word == "whether"_L1 && isOneOf(next, {"you"_L1, "u"_L1}) && isOneOf(wordAt(tokens, i + 2), {"like"_L1, "want"_L1}))
            return true;
        if (word == "end"_L1 && next == "of"_L1 && isOneOf(wordAt(tokens, i + 2), {"discussion"_L1, "story"_L1}))
            return true;
        // "You're coming to the wedding, end of.", "..., no excuses", "..., no arguments".
        if (word == "end"_L1 && next == "of"_L1 && (i + 2 == end || !sameClause(tokens, i + 1, i + 2)))
            return true;
        if (word == "no"_L1 && isOneOf(next, {"excuses"_L1, "arguments"_L1, "buts"_L1, "arguing"_L1})
            && (i + 2 == end || !sameClause(tokens, i + 1, i + 2)))
            return true;
        if (word == "from"_L1 && next == "now"_L1 && wordAt(tokens, i + 2) == "on"_L1)
            return true;
    }
    return false;
}

bool CoachOrders::onlyTagged(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    // The tag is the sentence's last clause, a word or two long.
    if (end - first < 3)
        return false;
    const QString &last = tokens.at(end - 1).word;
    const qsizetype tagStart = isOneOf(last, {"right"_L1, "it"_L1}) && isOneOf(tokens.at(end - 2).word, {"all"_L1, "got"_L1})
                                   ? end - 2 : end - 1;
    return !sameClause(tokens, tagStart - 1, tagStart)
           && isOneOf(last, {"okay"_L1, "ok"_L1, "alright"_L1, "right"_L1, "understood"_L1, "it"_L1, "yeah"_L1,
                             "clear"_L1});
}

bool CoachOrders::wishesForThePartner(const CoachTokens &tokens, qsizetype verb, bool need)
{
    const QString &word = tokens.at(verb).word;
    if (need && isOneOf(word, {"listen"_L1, "hear"_L1, "hold"_L1, "understand"_L1, "know"_L1, "trust"_L1,
                               "believe"_L1, "be"_L1}))
        return true;
    return (tokens.at(verb).classes & Warm) || isKindnessAfter(tokens, verb)
           || isOneOf(word, {"be"_L1, "come"_L1, "stay"_L1, "try"_L1, "let"_L1, "help"_L1, "take"_L1, "keep"_L1,
                             "pick"_L1, "choose"_L1, "decide"_L1, "make"_L1, "find"_L1, "do"_L1, "read"_L1,
                             "watch"_L1, "know"_L1, "have"_L1, "feel"_L1, "enjoy"_L1, "relax"_L1, "rest"_L1,
                             "meet"_L1, "see"_L1, "like"_L1, "love"_L1, "win"_L1, "get"_L1, "go"_L1, "smile"_L1,
                             "laugh"_L1, "sleep"_L1, "think"_L1, "remember"_L1});
}
