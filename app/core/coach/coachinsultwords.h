// SPDX-License-Identifier: GPL-3.0-or-later
// The words coachinsultshapes.cpp weighs when it recognises an insult by the
// shape of the sentence rather than by the word: not insults (no list can hold
// them all) but what is not one, what makes one worse, and how compound
// insults are built. All lower case, as the tokenizer gives words.
#pragma once

#include <QLatin1StringView>

namespace InsultWords {

using namespace Qt::StringLiterals;

// Nouns said fondly in the very shapes insults take: "you absolute legend",
// "you're such a sweetheart", "you big softie", "such a dork".
inline constexpr QLatin1StringView fond[] = {
    "legend"_L1, "star"_L1, "sweetheart"_L1, "angel"_L1, "gem"_L1, "darling"_L1, "genius"_L1, "hero"_L1,
    "treasure"_L1, "sweetie"_L1, "softie"_L1, "softy"_L1, "sap"_L1, "cutie"_L1, "babe"_L1, "doll"_L1,
    "saint"_L1, "superstar"_L1, "rockstar"_L1, "lifesaver"_L1, "keeper"_L1, "catch"_L1, "dork"_L1, "nerd"_L1,
    "goof"_L1, "goofball"_L1, "sweetpea"_L1, "muffin"_L1, "pumpkin"_L1, "bean"_L1, "honey"_L1, "love"_L1,
    "dear"_L1, "champ"_L1, "beauty"_L1, "icon"_L1, "queen"_L1, "king"_L1, "boss"_L1, "pro"_L1, "natural"_L1,
    "romantic"_L1, "charmer"_L1, "sweet"_L1, "menace"_L1, "rascal"_L1, "monkey"_L1, "beast"_L1, "machine"_L1,
    "unit"_L1, "hun"_L1, "hon"_L1, "mate"_L1, "pal"_L1, "wizard"_L1, "marvel"_L1, "wonder"_L1, "sunshine"_L1,
    "delight"_L1, "dreamboat"_L1, "hottie"_L1, "stud"_L1, "fox"_L1, "bae"_L1, "boo"_L1, "teddy"_L1, "cuddle"_L1,
    "snuggle"_L1, "goofy"_L1, "weirdo"_L1, "dreamer"_L1, "sucker"_L1, "fan"_L1, "foodie"_L1, "thing"_L1,
    "lamb"_L1, "duck"_L1, "pet"_L1, "chick"_L1, "peach"_L1, "mensch"_L1, "diamond"_L1, "rock"_L1,
    "goose"_L1, "billy"_L1, "sausage"_L1, "flatterer"_L1, "expert"_L1, "elephant"_L1, "owl"_L1,
};

// Nouns for a moment or a state of things, not a person: "such a shame",
// "what a day", "such a relief".
inline constexpr QLatin1StringView situations[] = {
    "day"_L1, "night"_L1, "week"_L1, "summer"_L1, "winter"_L1, "spring"_L1, "autumn"_L1, "weather"_L1,
    "traffic"_L1, "monday"_L1, "luck"_L1, "weekend"_L1, "morning"_L1, "evening"_L1, "afternoon"_L1, "year"_L1,
    "shock"_L1, "surprise"_L1, "relief"_L1, "shame"_L1, "pity"_L1, "mess"_L1, "nightmare"_L1, "view"_L1,
    "idea"_L1, "mood"_L1, "time"_L1, "way"_L1, "place"_L1, "life"_L1, "bummer"_L1, "drag"_L1, "treat"_L1,
    "result"_L1, "story"_L1, "game"_L1, "film"_L1, "movie"_L1, "show"_L1, "song"_L1, "meal"_L1, "party"_L1,
    "trip"_L1, "holiday"_L1, "vibe"_L1, "journey"_L1, "coincidence"_L1, "question"_L1, "change"_L1, "sunday"_L1,
    "saturday"_L1, "friday"_L1, "hassle"_L1, "faff"_L1, "palaver"_L1, "waste"_L1, "pain"_L1, "blessing"_L1,
    "gift"_L1, "honour"_L1, "pleasure"_L1, "compliment"_L1, "difference"_L1, "lot"_L1, "thing"_L1,
};

// Words that make a name called at someone harsher: "you absolute walnut",
// "you utter wazzock", "you great lump", "you dozy pillock".
inline constexpr QLatin1StringView harsheners[] = {
    "absolute"_L1, "utter"_L1, "total"_L1, "complete"_L1, "proper"_L1, "right"_L1, "bloody"_L1,
    "big"_L1, "little"_L1, "old"_L1, "fat"_L1, "massive"_L1, "stupid"_L1, "dozy"_L1, "daft"_L1,
    "sad"_L1, "pathetic"_L1, "lazy"_L1, "useless"_L1, "gormless"_L1, "spineless"_L1, "brainless"_L1,
    "selfish"_L1, "grumpy"_L1, "typical"_L1, "spoilt"_L1, "spoiled"_L1, "sorry"_L1, "overgrown"_L1,
};

// Praise before a noun: "you're such a good listener", "such a hard worker".
inline constexpr QLatin1StringView praise[] = {
    "good"_L1, "great"_L1, "hard"_L1, "kind"_L1, "sweet"_L1, "nice"_L1, "lovely"_L1, "brilliant"_L1,
    "wonderful"_L1, "amazing"_L1, "fantastic"_L1, "talented"_L1, "patient"_L1, "generous"_L1, "caring"_L1,
    "thoughtful"_L1, "loving"_L1, "fun"_L1, "funny"_L1, "smart"_L1, "clever"_L1, "strong"_L1, "brave"_L1,
    "beautiful"_L1, "gorgeous"_L1, "handsome"_L1, "cute"_L1, "devoted"_L1, "loyal"_L1, "gifted"_L1, "decent"_L1,
    "honest"_L1, "excellent"_L1, "fab"_L1, "fabulous"_L1, "super"_L1, "silly"_L1, "proud"_L1, "perfect"_L1,
    "best"_L1,
};

// Words before a name that scorn the whole person, not a habit: "you're an
// absolute ...", "a sad little ...", "a useless ...".
inline constexpr QLatin1StringView scornful[] = {
    "absolute"_L1, "utter"_L1, "sad"_L1, "pathetic"_L1, "useless"_L1, "sorry"_L1, "stupid"_L1, "brainless"_L1,
    "gormless"_L1, "spineless"_L1, "dozy"_L1, "worthless"_L1,
};

// Character words that, before a noun said alone, make it a verdict on
// someone: "Selfish git.", "Typical narcissist." (not "Lazy Sunday.", whose
// noun is a time).
inline constexpr QLatin1StringView characterWords[] = {
    "selfish"_L1, "brainless"_L1, "gormless"_L1, "grumpy"_L1, "spineless"_L1, "heartless"_L1, "thoughtless"_L1,
    "clueless"_L1, "typical"_L1, "spoilt"_L1, "spoiled"_L1, "lazy"_L1, "arrogant"_L1, "greedy"_L1, "sneaky"_L1,
    "nosy"_L1, "useless"_L1, "pathetic"_L1, "stupid"_L1, "dozy"_L1, "ignorant"_L1, "sad"_L1, "miserable"_L1,
};

// How compound insults end: "dimwit", "bonehead", "birdbrain", "numbskull",
// "scumbag", "smart-arse", "gobshite".
inline constexpr QLatin1StringView insultEndings[] = {
    "wit"_L1, "head"_L1, "brain"_L1, "skull"_L1, "arse"_L1, "shite"_L1, "bag"_L1, "face"_L1, "tard"_L1,
};

// Words with those endings that are no insult: "forehead", "handbag", "surface".
inline constexpr QLatin1StringView notCompoundInsults[] = {
    "outwit"_L1, "forehead"_L1, "ahead"_L1, "overhead"_L1, "figurehead"_L1, "godhead"_L1, "letterhead"_L1,
    "bedhead"_L1, "handbag"_L1, "teabag"_L1, "sandbag"_L1, "airbag"_L1, "beanbag"_L1, "schoolbag"_L1,
    "surface"_L1, "interface"_L1, "preface"_L1, "typeface"_L1, "about-face"_L1, "retard"_L1, "custard"_L1,
    "mustard"_L1, "bastard"_L1, "spearhead"_L1, "bulkhead"_L1, "masthead"_L1, "warhead"_L1, "headbag"_L1,
};

// What a name called at someone must not be: a verb or a reply ("You win.",
// "You wish.", "You too.").
inline constexpr QLatin1StringView notNames[] = {
    "win"_L1, "wish"_L1, "bet"_L1, "rock"_L1, "rule"_L1, "too"_L1, "again"_L1, "first"_L1, "next"_L1, "okay"_L1,
    "ok"_L1, "alright"_L1, "sure"_L1, "there"_L1, "here"_L1, "guys"_L1, "lot"_L1, "two"_L1, "both"_L1, "all"_L1,
    "know"_L1, "see"_L1, "mean"_L1, "serious"_L1, "kidding"_L1, "joking"_L1, "lie"_L1, "did"_L1, "do"_L1,
    "won"_L1, "lost"_L1, "left"_L1, "promise"_L1, "swear"_L1, "decide"_L1, "choose"_L1, "pick"_L1, "go"_L1,
    "lead"_L1, "drive"_L1, "cook"_L1, "snore"_L1, "forgot"_L1, "came"_L1, "went"_L1, "ready"_L1, "home"_L1,
    "back"_L1, "up"_L1, "out"_L1, "in"_L1, "off"_L1, "on"_L1, "now"_L1, "then"_L1, "though"_L1, "included"_L1,
    "yourself"_L1, "people"_L1, "folks"_L1, "lucky"_L1, "tell"_L1, "say"_L1, "awake"_L1, "asleep"_L1, "free"_L1,
    "busy"_L1, "done"_L1, "eat"_L1, "ate"_L1, "pay"_L1, "paid"_L1, "owe"_L1, "try"_L1, "really"_L1, "either"_L1,
    "mine"_L1, "alone"_L1, "wait"_L1, "sit"_L1, "stay"_L1, "watch"_L1, "listen"_L1, "behave"_L1, "relax"_L1,
    "breathe"_L1, "matter"_L1, "count"_L1, "belong"_L1, "shine"_L1, "care"_L1, "understand"_L1, "deserve"_L1,
    "sleep"_L1, "agree"_L1, "apologise"_L1, "apologize"_L1, "help"_L1, "laugh"_L1, "smile"_L1, "worry"_L1,
    "dance"_L1, "sing"_L1, "work"_L1, "lose"_L1, "hear"_L1, "remember"_L1, "forget"_L1, "inspire"_L1,
    "amaze"_L1, "glow"_L1, "sparkle"_L1,
};

// What the partner is said to have no more of than a thing or an animal:
// "you've got the brains of a goldfish", "the emotional range of a teaspoon"
// (not "the patience of a saint", whose noun is fond).
inline constexpr QLatin1StringView faculties[] = {
    "brains"_L1, "brain"_L1, "memory"_L1, "span"_L1, "range"_L1, "personality"_L1, "charm"_L1, "manners"_L1,
    "intelligence"_L1, "iq"_L1, "sense"_L1, "spine"_L1, "backbone"_L1, "empathy"_L1, "tact"_L1, "wit"_L1,
};

// Dullness compared with a thing: "thick as two short planks", "dumb as a rock".
inline constexpr QLatin1StringView dullness[] = {
    "thick"_L1, "dumb"_L1, "stupid"_L1, "daft"_L1, "dense"_L1, "dim"_L1, "useless"_L1, "slow"_L1,
};

// Signs that a name is said fondly: kisses and laughter written out.
inline constexpr QLatin1StringView fondSigns[] = {
    "xx"_L1, "xxx"_L1, "x"_L1, "xo"_L1, "xoxo"_L1, "hehe"_L1, "lol"_L1, "haha"_L1, "hahaha"_L1, "lmao"_L1,
};

} // namespace InsultWords
