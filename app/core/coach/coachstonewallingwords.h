// SPDX-License-Identifier: GPL-3.0-or-later
// The words coachstonewalling.cpp's rules look for, kept here as data so that the rules
// read in one sitting. Each list is all lower case, as the tokenizer gives words.
#pragma once

#include <QLatin1StringView>

namespace StonewallingWords {

using namespace Qt::StringLiterals;

// Words that may end a shutting clause: "Fine then.", "I'm done now."
inline constexpr QLatin1StringView clauseTails[] = {
    "then"_L1, "okay"_L1, "ok"_L1, "anyway"_L1, "now"_L1, "already"_L1, "alright"_L1, "anymore"_L1
};

// "Back at six": a time to meet again.
inline constexpr QLatin1StringView clockWords[] = {
    "two"_L1, "three"_L1, "four"_L1, "five"_L1, "six"_L1, "seven"_L1, "eight"_L1, "nine"_L1, "ten"_L1, "eleven"_L1,
    "twelve"_L1, "noon"_L1, "midnight"_L1
};

// Times of day that may say when the talk resumes (see promisesReturn).
inline constexpr QLatin1StringView timesOfDay[] = {
    "tonight"_L1, "morning"_L1, "evening"_L1, "afternoon"_L1, "weekend"_L1, "monday"_L1, "tuesday"_L1,
    "wednesday"_L1, "thursday"_L1, "friday"_L1, "saturday"_L1, "sunday"_L1
};

// Verbs that take the talk up again at such a time: "let's sort it tonight".
inline constexpr QLatin1StringView resumeVerbs[] = {
    "talk"_L1, "discuss"_L1, "finish"_L1, "continue"_L1, "sort"_L1, "chat"_L1, "doing"_L1
};

// Affection that says the partner is not shut out.
inline constexpr QLatin1StringView affection[] = {
    "love"_L1, "loved"_L1, "lovely"_L1, "laugh"_L1, "laughing"_L1, "smile"_L1, "thank"_L1, "thanks"_L1, "sweet"_L1,
    "darling"_L1, "sweetheart"_L1, "honey"_L1, "babe"_L1, "adore"_L1
};

// Verbs of talking: what a refusal refuses.
inline constexpr QLatin1StringView talkVerbs[] = {
    "talk"_L1, "talking"_L1, "discuss"_L1, "discussing"_L1, "listen"_L1, "listening"_L1, "hear"_L1, "hearing"_L1,
    "answer"_L1, "answering"_L1, "explain"_L1, "explaining"_L1, "speak"_L1, "speaking"_L1, "respond"_L1,
    "responding"_L1, "reply"_L1, "replying"_L1, "deal"_L1, "dealing"_L1, "repeat"_L1, "repeating"_L1, "continue"_L1,
    "continuing"_L1, "engage"_L1, "engaging"_L1, "do"_L1, "doing"_L1, "go"_L1, "going"_L1, "get"_L1, "getting"_L1, "justify"_L1,
    "dignify"_L1, "dignifying"_L1, "have"_L1, "having"_L1, "say"_L1, "saying"_L1
};

// Verbs of quarrelling: a refusal of them refuses the talk only with what it
// is about ("I'm not arguing with you"; "I'm not arguing, I just think ..." concedes).
inline constexpr QLatin1StringView quarrelVerbs[] = {"argue"_L1, "arguing"_L1, "fight"_L1, "fighting"_L1,
    "debate"_L1, "debating"_L1, "bicker"_L1, "bickering"_L1};

// After "this"/"that": the talk itself, not another thing.
inline constexpr QLatin1StringView afterTheTalk[] = {
    "anymore"_L1, "again"_L1, "now"_L1, "right"_L1, "any"_L1, "conversation"_L1, "discussion"_L1, "with"_L1,
    "argument"_L1
};

// Words that name the talk itself: "not discussing it", "not listening to you".
inline constexpr QLatin1StringView theTalk[] = {
    "you"_L1, "anything"_L1, "any"_L1, "anymore"_L1, "again"_L1, "now"_L1, "conversation"_L1, "discussion"_L1,
    "argument"_L1, "fight"_L1, "myself"_L1
};

// A refusal now, not a habit or the past.
inline constexpr QLatin1StringView refusals[] = {
    "not"_L1, "don't"_L1, "won't"_L1, "can't"_L1, "cannot"_L1, "refuse"_L1, "refusing"_L1, "aren't"_L1, "ain't"_L1
};

// Words a refusal may hold: "I'm not going to", "no longer willing to".
inline constexpr QLatin1StringView refusalFillers[] = {
    "going"_L1, "gonna"_L1, "longer"_L1, "even"_L1, "willing"_L1, "able"_L1, "bother"_L1, "bothering"_L1, "any"_L1,
    "more"_L1
};

// Subjects that plan rather than end: "I'd", "let's".
inline constexpr QLatin1StringView notEndings[] = {
    "i'd"_L1, "i'll"_L1, "we'd"_L1, "we'll"_L1, "let's"_L1, "our"_L1
};

// "I'm out of here."
inline constexpr QLatin1StringView outTails[] = {"of"_L1, "here"_L1, "now"_L1, "then"_L1};

// "I'm done talking.", "we're done talking about this."
inline constexpr QLatin1StringView doneTails[]
    = {"here"_L1, "now"_L1, "then"_L1, "talking"_L1, "discussing"_L1, "arguing"_L1, "about"_L1, "this"_L1,
        "it"_L1, "listening"_L1, "explaining"_L1, "myself"_L1, "to"_L1, "you"_L1};

// "I'm done with this conversation."
inline constexpr QLatin1StringView doneWithWhat[] = {
    "this"_L1, "you"_L1, "it"_L1, "that"_L1, "us"_L1, "conversation"_L1, "discussion"_L1, "talking"_L1, "the"_L1,
    "all"_L1, "of"_L1, "topic"_L1, "subject"_L1
};

// After "nothing (more) to say": the partner or the talk itself.
inline constexpr QLatin1StringView theTalkAfterSay[] = {"to"_L1, "you"_L1, "about"_L1, "this"_L1, "it"_L1,
    "that"_L1, "anymore"_L1, "now"_L1, "on"_L1, "the"_L1, "matter"_L1, "subject"_L1};

// "I've had enough of this."
inline constexpr QLatin1StringView enoughOfWhat[] = {
    "of"_L1, "with"_L1, "this"_L1, "you"_L1, "it"_L1, "now"_L1
};

// "Don't bother explaining."
inline constexpr QLatin1StringView notBotherWhat[] = {"explaining"_L1, "apologising"_L1, "trying"_L1,
    "talking"_L1, "asking"_L1, "calling"_L1, "answering"_L1, "replying"_L1, "pretending"_L1, "coming"_L1,
    "messaging"_L1, "texting"_L1, "ringing"_L1, "contacting"_L1, "emailing"_L1, "following"_L1, "waiting"_L1};

// Ways to reach the speaker, closed by "Don't contact me.", "Don't text."
inline constexpr QLatin1StringView contactVerbs[] = {
    "call"_L1, "text"_L1, "ring"_L1, "message"_L1, "contact"_L1, "email"_L1, "phone"_L1, "dm"_L1, "reply"_L1};

// What the partner must not expect back: "Don't expect a reply."
inline constexpr QLatin1StringView repliesExpected[]
    = {"reply"_L1, "answer"_L1, "response"_L1, "call"_L1, "text"_L1, "message"_L1};

// "Not in the mood for this."
inline constexpr QLatin1StringView moodForWhat[] = {
    "this"_L1, "it"_L1, "that"_L1, "talking"_L1, "your"_L1, "another"_L1
};

// Replies that say only "heard": "mhm", "k" (see isLoneDismissal).
inline constexpr QLatin1StringView grunts[] = {"k"_L1, "kk"_L1, "mm"_L1, "mhm"_L1, "noted"_L1, "whatever"_L1};

// One-word replies that agree flatly: "Sure. Cool. Great."
inline constexpr QLatin1StringView flatReplies[] = {
    "ok"_L1, "okay"_L1, "sure"_L1, "cool"_L1, "great"_L1, "fine"_L1, "right"_L1, "yeah"_L1, "yep"_L1, "alright"_L1
};

// What shuts the partner's words out: "I'm putting my headphones in."
inline constexpr QLatin1StringView earphones[] = {"headphones"_L1, "earphones"_L1, "earbuds"_L1, "airpods"_L1};
inline constexpr QLatin1StringView earphonesTails[] = {"in"_L1, "on"_L1, "now"_L1};

// "I'm muting this chat.", "I'm blocking you."
inline constexpr QLatin1StringView mutedWhat[] = {"this"_L1, "you"_L1, "the"_L1, "chat"_L1, "now"_L1};

// Speaker words that are not a subject.
inline constexpr QLatin1StringView notSubjects[] = {
    "me"_L1, "us"_L1, "myself"_L1, "ourselves"_L1, "let's"_L1, "mine"_L1
};

} // namespace StonewallingWords
