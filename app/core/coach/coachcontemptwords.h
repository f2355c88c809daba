// SPDX-License-Identifier: GPL-3.0-or-later
// The words coachcontempt.cpp's rules look for, kept here as data so that the rules
// read in one sitting. Each list is all lower case, as the tokenizer gives words.
#pragma once

#include <QLatin1StringView>

namespace ContemptWords {

using namespace Qt::StringLiterals;

// Sarcastic nicknames: "genius", "Einstein", "your highness", "tough guy",
// "oh wise one" (any word of the phrase; none of them praise a deed, as "nice
// one" does).
inline constexpr QLatin1StringView mockingNames[] = {"genius"_L1, "einstein"_L1, "sherlock"_L1, "smarty"_L1,
    "captain"_L1, "princess"_L1, "highness"_L1, "majesty"_L1, "hotshot"_L1, "mastermind"_L1, "champ"_L1,
    "professor"_L1, "lordship"_L1, "ladyship"_L1, "tough"_L1, "wise"_L1, "clogs"_L1, "shot"_L1};

// Titles of rank that in a couple's talk are only ever mockery, said to the
// partner or of them: "his lordship", "her ladyship" (not "her majesty", the queen).
inline constexpr QLatin1StringView mockRanks[] = {"lordship"_L1, "ladyship"_L1};

// Praise that irony turns round: "Great.", "Perfect, just perfect."
inline constexpr QLatin1StringView praiseWords[] = {
    "great"_L1, "brilliant"_L1, "wonderful"_L1, "perfect"_L1, "lovely"_L1, "fantastic"_L1, "marvellous"_L1,
    "terrific"_L1, "super"_L1, "excellent"_L1, "nice"_L1, "fabulous"_L1, "awesome"_L1, "amazing"_L1, "splendid"_L1,
    "thanks"_L1, "bravo"_L1, "congratulations"_L1, "congrats"_L1, "impressive"_L1, "smooth"_L1, "charming"_L1,
    "classy"_L1, "good"_L1, "well"_L1
};

// "lol ok", "haha sure": the flat yes a laugh turns into a brush-off.
inline constexpr QLatin1StringView laughedOffReplies[] = {
    "ok"_L1, "okay"_L1, "k"_L1, "kk"_L1, "sure"_L1, "right"_L1, "whatever"_L1, "cool"_L1
};

// "Oh, great.": praise after "oh" that is ironic alone.
inline constexpr QLatin1StringView ohPraise[] = {
    "great"_L1, "brilliant"_L1, "wonderful"_L1, "perfect"_L1, "lovely"_L1, "fantastic"_L1, "marvellous"_L1,
    "sure"_L1
};

// "Do you even listen?": verbs of thought, care or effort the partner is doubted in.
inline constexpr QLatin1StringView effortVerbs[] = {
    "listen"_L1, "listening"_L1, "think"_L1, "thinking"_L1, "care"_L1, "try"_L1, "tried"_L1, "know"_L1,
    "remember"_L1, "notice"_L1, "noticed"_L1, "read"_L1, "look"_L1, "looked"_L1, "hear"_L1, "heard"_L1,
    "understand"_L1, "bother"_L1, "bothered"_L1, "realise"_L1, "want"_L1, "have"_L1, "check"_L1, "checked"_L1,
    "ask"_L1, "asked"_L1, "own"_L1, "work"_L1, "pay"_L1, "lift"_L1, "clean"_L1, "help"_L1
};

// "Are you five?": the partner as a child.
inline constexpr QLatin1StringView childishness[] = {
    "five"_L1, "twelve"_L1, "child"_L1, "toddler"_L1, "baby"_L1, "raised"_L1, "born"_L1
};

// "What kind of person ...": the partner's worth questioned.
inline constexpr QLatin1StringView kindsOfPerson[] = {
    "person"_L1, "partner"_L1, "adult"_L1, "grown"_L1, "idiot"_L1, "human"_L1, "parent"_L1, "man"_L1, "woman"_L1,
    "friend"_L1
};

// "Like you said": reports, not dismissals.
inline constexpr QLatin1StringView reportingVerbs[] = {
    "said"_L1, "asked"_L1, "suggested"_L1, "mentioned"_L1, "wanted"_L1, "want"_L1, "like"_L1
};

// "You think you're so clever": self-regard mocked.
inline constexpr QLatin1StringView selfImportance[] = {
    "something"_L1, "so"_L1, "such"_L1, "better"_L1, "special"_L1, "clever"_L1, "smart"_L1, "funny"_L1, "perfect"_L1,
    "always"_L1, "never"_L1
};

// "Who even does that?"
inline constexpr QLatin1StringView behaviourVerbs[] = {
    "does"_L1, "says"_L1, "thinks"_L1, "acts"_L1, "talks"_L1, "behaves"_L1
};

// "How hard is it to put the lid back?": chores so simple that failing them is mocked.
inline constexpr QLatin1StringView choreVerbs[] = {
    "put"_L1, "close"_L1, "shut"_L1, "pick"_L1, "clean"_L1, "remember"_L1, "turn"_L1, "text"_L1, "call"_L1,
    "replace"_L1, "wipe"_L1, "rinse"_L1, "hang"_L1, "empty"_L1, "flush"_L1, "tidy"_L1, "lift"_L1, "answer"_L1,
    "reply"_L1, "listen"_L1, "help"_L1, "say"_L1, "wash"_L1, "load"_L1, "take"_L1
};

// "Some of us have to work": the speaker's burdens against the partner's.
inline constexpr QLatin1StringView burdensOfUs[] = {
    "have"_L1, "actually"_L1, "work"_L1, "care"_L1, "bother"_L1, "try"_L1, "pay"_L1, "clean"_L1, "cook"_L1,
    "remember"_L1, "need"_L1, "can"_L1, "still"_L1, "do"_L1
};

// "Of course you did.": the failure expected.
inline constexpr QLatin1StringView expectedFailures[] = {
    "did"_L1, "would"_L1, "didn't"_L1, "wouldn't"_L1, "had"_L1, "hadn't"_L1, "couldn't"_L1, "weren't"_L1,
    "forgot"_L1, "don't"_L1
};

// "Look who finally showed up."
inline constexpr QLatin1StringView lateArrivals[] = {
    "finally"_L1, "decided"_L1, "showed"_L1, "remembered"_L1, "woke"_L1, "bothered"_L1, "turned"_L1
};

// Scoffs written out: "pfft", "*scoffs*".
inline constexpr QLatin1StringView scoffs[] = {
    "pfft"_L1, "pff"_L1, "psh"_L1, "pssh"_L1, "tsk"_L1, "scoffs"_L1, "smirks"_L1, "sneers"_L1, "eyeroll"_L1,
    "eye-roll"_L1, "snort"_L1, "snorts"_L1
};

// Sounds of disgust: "Ew, don't touch me.", "Gross. You're gross."
inline constexpr QLatin1StringView disgustSounds[] = {"ew"_L1, "eww"_L1, "ewww"_L1, "yuck"_L1, "gross"_L1};

// Care after "poor you" that makes it sympathy: "that sounds awful", "want me to ...".
inline constexpr QLatin1StringView sympathy[] = {
    "sounds"_L1, "sound"_L1, "want"_L1, "let"_L1, "hope"_L1, "okay"_L1, "ok"_L1, "alright"_L1, "hug"_L1, "still"_L1,
    "sorry"_L1, "awful"_L1, "rough"_L1, "sore"_L1
};

// Labels that also deny the partner's worth (Gottman's contempt, not only a
// word for a habit): "you're useless", "such a loser", "you're an idiot".
// Insults of worth the contempt list holds ("pathetic", "a joke") are labels too.
inline constexpr QLatin1StringView worthInsults[] = {
    "useless"_L1, "loser"_L1, "idiot"_L1, "stupid"_L1, "clueless"_L1, "moron"_L1, "imbecile"_L1, "dumb"_L1,
    "failure"_L1, "disgrace"_L1, "disgusting"_L1, "embarrassment"_L1,
};

// Insults of worth only when said of the whole person, ending the clause:
// "You're hopeless." (not "hopeless with directions", a skill; nor "you're
// embarrassing me", a deed).
inline constexpr QLatin1StringView worthInsultsAlone[] = {"hopeless"_L1, "embarrassing"_L1, "disaster"_L1};

// Adjectives that only make an insult bigger: "a complete disgrace", "you absolute moron".
inline constexpr QLatin1StringView intensifiers[] = {"complete"_L1, "total"_L1, "absolute"_L1, "utter"_L1};

// What the partner did wrong, told after "Oh, great": "you forgot the
// tickets", "you broke it", "you lost the keys" (not "you remembered!").
inline constexpr QLatin1StringView partnerFailures[] = {
    "forgot"_L1, "lost"_L1, "broke"_L1, "missed"_L1, "spilt"_L1, "spilled"_L1, "ruined"_L1, "dropped"_L1,
    "burnt"_L1, "burned"_L1, "locked"_L1, "left"_L1, "messed"_L1, "screwed"_L1
};

// Disgust at how the partner does something: "the way you chew is disgusting".
inline constexpr QLatin1StringView disgustWords[] = {
    "disgusting"_L1, "revolting"_L1, "repulsive"_L1, "gross"_L1, "vile"_L1, "nauseating"_L1, "sickening"_L1
};

// Beings thought less able, met or seen doing better: "I've met houseplants with more ambition".
inline constexpr QLatin1StringView lesserBeings[] = {
    "toddlers"_L1, "toddler"_L1, "children"_L1, "kids"_L1, "houseplants"_L1, "houseplant"_L1, "goldfish"_L1,
    "potatoes"_L1, "rocks"_L1, "monkeys"_L1, "dogs"_L1, "five-year-olds"_L1
};

// Beings the partner is found to do worse than, when one is the subject of a
// "... than you": "the dog listens better than you", "a goldfish has a better
// memory than you", "my nan texts back faster than you" (and any "-year-old").
inline constexpr QLatin1StringView outdoers[] = {
    "dog"_L1, "cat"_L1, "goldfish"_L1, "hamster"_L1, "houseplant"_L1, "child"_L1, "kid"_L1, "toddler"_L1,
    "baby"_L1, "nephew"_L1, "niece"_L1, "nan"_L1, "gran"_L1, "grandma"_L1, "granny"_L1, "monkey"_L1};

// Everyday chores whose doing is praised only in mockery: "What a hero. You took the
// bins out.", "My hero. You changed a lightbulb."
inline constexpr QLatin1StringView everydayChores[] = {
    "bin"_L1, "bins"_L1, "rubbish"_L1, "lightbulb"_L1, "bulb"_L1, "shopping"_L1, "dishes"_L1, "dishwasher"_L1,
    "towel"_L1, "towels"_L1, "bed"_L1, "washing"_L1, "laundry"_L1, "hoover"_L1, "hoovering"_L1, "kettle"_L1,
    "socks"_L1, "sock"_L1, "plate"_L1, "mug"_L1, "cup"_L1, "lid"_L1, "seat"_L1, "recycling"_L1, "toilet"_L1};

// Openers of a pat on the head: "Aw bless, you tried."
inline constexpr QLatin1StringView pats[] = {"aw"_L1, "aww"_L1, "awww"_L1, "bless"_L1};

// Baby talk at the partner after such an opener: "did someone get their wittle feelings hurt?"
inline constexpr QLatin1StringView babyTalk[] = {
    "someone"_L1, "somebody"_L1, "wittle"_L1, "ickle"_L1, "grown-up"_L1, "diddums"_L1
};

// "The big strong man", "the big boy": the partner as a child told he is big.
inline constexpr QLatin1StringView bigPeople[] = {
    "man"_L1, "boy"_L1, "girl"_L1, "strong"_L1, "tough"_L1, "grown-up"_L1, "brave"_L1
};

// Titles made of self-regard: "Mr Perfect", "the expert has spoken".
inline constexpr QLatin1StringView mockTitles[] = {
    "perfect"_L1, "big"_L1, "know-it-all"_L1, "important"_L1, "right"_L1, "clever"_L1, "smart"_L1, "sensible"_L1,
    "responsible"_L1, "organised"_L1, "busy"_L1, "popular"_L1, "expert"_L1, "genius"_L1, "mastermind"_L1,
    "martyr"_L1, "professor"_L1, "fix-it"_L1, "victim"_L1
};

// Trifles a partner's effort is magnified to, in mockery: "a whole text message".
inline constexpr QLatin1StringView magnifiedTrifles[] = {"text"_L1, "texts"_L1, "message"_L1, "minute"_L1,
    "minutes"_L1, "fiver"_L1, "article"_L1, "phone"_L1, "call"_L1, "email"_L1, "sentence"_L1, "word"_L1,
    "words"_L1, "dish"_L1, "plate"_L1, "sock"_L1, "seconds"_L1};

// After "the martyr", "the great chef": the entrance announced, in mockery.
inline constexpr QLatin1StringView entrances[]
    = {"spoken"_L1, "back"_L1, "arrived"_L1, "returns"_L1, "speaks"_L1};

} // namespace ContemptWords
