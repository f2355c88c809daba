// SPDX-License-Identifier: GPL-3.0-or-later
// The words coachdefensiveness.cpp's rules look for, kept here as data so that the rules
// read in one sitting. Each list is all lower case, as the tokenizer gives words.
#pragma once

#include <QLatin1StringView>

namespace DefensivenessWords {

using namespace Qt::StringLiterals;

// Before "sorry", words that make it no apology: "I said sorry", "well, sorry".
inline constexpr QLatin1StringView notOwningBeforeSorry[] = {
    "said"_L1, "say"_L1, "already"_L1, "not"_L1, "well"_L1, "oh"_L1
};

// "Sorry for breathing": apologies for what needs none, said in reproach.
inline constexpr QLatin1StringView mockApologyReasons[] = {
    "breathing"_L1, "existing"_L1, "living"_L1, "caring"_L1, "trying"_L1, "helping"_L1, "asking"_L1
};

// After "but I'd": a step toward the partner ("but I'd like to try"); after
// "but I": the hurt taken in ("I didn't mean it that way, but I get why it stung").
inline constexpr QLatin1StringView stepTowardAfterBut[] = {
    "like"_L1, "try"_L1, "will"_L1, "can"_L1, "me"_L1, "do"_L1, "make"_L1, "see"_L1, "get"_L1, "understand"_L1
};

// Charges the speaker denies: "I'm not late", "I wasn't shouting".
inline constexpr QLatin1StringView chargesDenied[] = {"late"_L1, "shouting"_L1, "yelling"_L1, "nagging"_L1,
    "lying"_L1, "wrong"_L1, "problem"_L1, "overreacting"_L1, "exaggerating"_L1, "rude"_L1, "mean"_L1,
    "unreasonable"_L1, "dramatic"_L1, "paranoid"_L1, "jealous"_L1, "controlling"_L1, "needy"_L1,
    "defensive"_L1, "cheating"_L1, "flirting"_L1, "lazy"_L1, "selfish"_L1, "stubborn"_L1, "difficult"_L1};

// Modals: "you should be the one ..." says who ought to act, not whose fault it was.
inline constexpr QLatin1StringView modals[]
    = {"should"_L1, "could"_L1, "would"_L1, "will"_L1, "can"_L1, "might"_L1, "must"_L1, "shall"_L1};

// Before "there", verbs of going or being somewhere: "I'll be there at six" is a
// place to be, not the proof pointed to ("it's right there").
inline constexpr QLatin1StringView goingBeforeThere[] = {
    "be"_L1, "been"_L1, "being"_L1, "get"_L1, "got"_L1, "go"_L1, "going"_L1, "went"_L1, "come"_L1, "am"_L1};

// Deeds the speaker denies doing: "I never said", "I didn't touch".
inline constexpr QLatin1StringView deedsDenied[] = {
    "do"_L1, "did"_L1, "done"_L1, "say"_L1, "said"_L1, "touch"_L1, "touched"_L1, "take"_L1, "took"_L1, "break"_L1,
    "broke"_L1, "lie"_L1, "lied"_L1, "promise"_L1, "promised"_L1, "agree"_L1, "agreed"_L1, "mean"_L1, "spend"_L1,
    "spent"_L1
};

// Deeds denied with nothing after them: "I never promised!"
inline constexpr QLatin1StringView wordsGivenDenied[] = {
    "lie"_L1, "lied"_L1, "promise"_L1, "promised"_L1, "agree"_L1, "agreed"_L1
};

// What a denied deed was done to: "I didn't do anything", "I never said I'd ...".
inline constexpr QLatin1StringView deniedObjects[] = {
    "anything"_L1, "nothing"_L1, "any"_L1, "a"_L1, "to"_L1, "you"_L1, "those"_L1, "i'd"_L1, "i'll"_L1, "i'm"_L1
};

// Words between "I'm" and the victim's part: "I'm always the bad guy".
inline constexpr QLatin1StringView victimMarks[] = {
    "always"_L1, "just"_L1, "the"_L1, "a"_L1, "such"_L1, "so"_L1, "now"_L1, "apparently"_L1, "again"_L1, "never"_L1,
    "obviously"_L1, "clearly"_L1, "only"_L1
};

// The part an innocent victim claims: "why am I always the one to blame?"
inline constexpr QLatin1StringView victimParts[] = {
    "villain"_L1, "blamed"_L1, "blame"_L1, "fault"_L1, "wrong"_L1, "problem"_L1, "only"_L1, "one"_L1, "me"_L1,
    "apologise"_L1, "guy"_L1
};

// "Not my fault", "not my job": a part denied.
inline constexpr QLatin1StringView dutiesDenied[] = {
    "fault"_L1, "problem"_L1, "responsibility"_L1, "doing"_L1, "job"_L1, "idea"_L1
};

// "That's ridiculous": the charge waved away.
inline constexpr QLatin1StringView dismissedCharges[] = {
    "ridiculous"_L1, "absurd"_L1, "nonsense"_L1, "rubbish"_L1, "untrue"_L1, "false"_L1, "unfair"_L1, "bull"_L1
};

// "You're exaggerating": the complaint recast as a distortion.
inline constexpr QLatin1StringView distortionVerbs[] = {
    "exaggerating"_L1, "overreacting"_L1, "imagining"_L1, "twisting"_L1, "twist"_L1, "twists"_L1
};

// "If you'd told me": telling the partner did not do.
inline constexpr QLatin1StringView tellingVerbs[] = {
    "told"_L1, "asked"_L1, "said"_L1, "reminded"_L1, "mentioned"_L1, "explained"_L1
};

// "Sorry you feel that way": the apology is for the partner's feeling.
inline constexpr QLatin1StringView partnerFeelingVerbs[] = {
    "feel"_L1, "felt"_L1, "think"_L1, "took"_L1, "are"_L1, "were"_L1, "got"_L1
};

// Words that grant a point before a "but" turns it on the partner.
inline constexpr QLatin1StringView grantingWords[] = {
    "yes"_L1, "yeah"_L1, "ok"_L1, "okay"_L1, "sure"_L1, "fine"_L1, "alright"_L1, "maybe"_L1, "true"_L1, "sorry"_L1,
    "admit"_L1, "agree"_L1, "know"_L1, "might"_L1, "may"_L1, "aye"_L1, "ya"_L1, "yep"_L1, "yup"_L1, "hear"_L1
};

// "At least I got to see you": gladness, not comparison.
inline constexpr QLatin1StringView gladAfterAtLeast[] = {
    "got"_L1, "get"_L1, "had"_L1, "think"_L1, "hope"_L1, "guess"_L1, "believe"_L1, "suppose"_L1, "know"_L1
};

// "I was only joking": the words that shrink a deed to its intent.
inline constexpr QLatin1StringView excuseHedges[] = {"only"_L1, "just"_L1, "merely"_L1, "simply"_L1};
// What the speaker was "only" doing: "joking", "being honest", "trying to be nice".
inline constexpr QLatin1StringView excusedDeeds[] = {
    "joking"_L1, "kidding"_L1, "teasing"_L1, "messing"_L1, "saying"_L1, "asking"_L1, "trying"_L1, "being"_L1
};
inline constexpr QLatin1StringView excusedManners[] = {
    "honest"_L1, "nice"_L1, "helpful"_L1, "friendly"_L1, "truthful"_L1, "funny"_L1, "playful"_L1, "realistic"_L1,
    "kind"_L1, "practical"_L1
};
// Past deeds that do not end in "-ed": "you hit me first", "you said it first".
inline constexpr QLatin1StringView pastDeeds[] = {
    "did"_L1, "said"_L1, "hit"_L1, "began"_L1, "hung"_L1, "threw"_L1, "swore"_L1, "took"_L1, "went"_L1, "got"_L1,
    "broke"_L1, "lied"_L1, "made"_L1, "told"_L1
};

// Qualities the speaker owns lacking, not a charge turned back: "I'm not
// organised like you", "I'm not patient like you".
inline constexpr QLatin1StringView ownedLacks[]
    = {"organised"_L1, "organized"_L1, "patient"_L1, "tidy"_L1, "calm"_L1, "brave"_L1, "good"_L1, "clever"_L1,
        "smart"_L1, "strong"_L1, "confident"_L1, "sporty"_L1, "creative"_L1, "practical"_L1, "generous"_L1};

// Lapses the partner is told they commit too: "you were late too", "you
// forget things too".
inline constexpr QLatin1StringView handedBackLapses[]
    = {"late"_L1, "forgot"_L1, "forget"_L1, "lied"_L1, "lie"_L1, "shouted"_L1, "shout"_L1, "yelled"_L1,
        "yell"_L1, "swore"_L1, "swear"_L1, "moody"_L1, "rude"_L1, "messy"_L1, "snapped"_L1};

} // namespace DefensivenessWords
