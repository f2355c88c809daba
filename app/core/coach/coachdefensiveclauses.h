// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

// Readers of the clauses of a defensive reply, for CoachHorsemen's
// defensiveness: each looks at one clause and says where it ends, or -1.
namespace DefensiveClauses {

// The speaker's clause denying what it is charged with: "I didn't do
// anything", "I never said that", "I did not!", "I wasn't even there", "I'm
// not being unreasonable". Returns the end of the denial, or -1.
[[nodiscard]] qsizetype denialFrom(const CoachTokens &tokens, qsizetype subject);

// The innocent victim: "I'm always the bad guy", "why is it always me",
// "nothing I do is good enough", "after everything I've done", "I can't
// please you", "sorry for caring". Returns the end of it at `i`, or -1.
[[nodiscard]] qsizetype victimFrom(const CoachTokens &tokens, qsizetype i);

// "I was only joking", "I was just trying to help", "I was merely being
// honest": the deed excused by its intent, the clause ending there (not "I was
// just teasing the dog when you called"). `subject` is "I". Returns the end, or -1.
[[nodiscard]] qsizetype excuseFrom(const CoachTokens &tokens, qsizetype subject);

// "Nobody told me", "no one told ME", "you never told me." said as the reply:
// the miss put down to not being told. `told` is the word "told".
[[nodiscard]] qsizetype notToldFrom(const QString &text, const CoachTokens &tokens, qsizetype told);

// "How was I meant to know?", "how would I have known that?": not knowing,
// put back on the partner (not "how would I know if the avocado is ripe?").
[[nodiscard]] qsizetype howWasIToKnowFrom(const CoachTokens &tokens, qsizetype how);

// coachdefensiveretorts.cpp: replies that recast or shrink what was done.

// "I didn't yell. I was talking loudly.", "I wasn't flirting, I was being
// polite": the deed denied and recast in the next breath (not a feeling made
// plain: "I wasn't angry, I was hurt"). `subject` is "I"; returns the end, or -1.
[[nodiscard]] qsizetype reframeFrom(const CoachTokens &tokens, qsizetype subject);

// "I was only gone ten minutes, it's not a big deal", "it's hardly a crime",
// "it's not that deep, I was tired": the speaker's own deed made small (not
// "it's not a big deal" said of the partner's). `at` is the "it's"/"that's";
// returns the end, or -1.
[[nodiscard]] qsizetype minimisedFrom(const CoachTokens &tokens, qsizetype at);

// "It's a few dishes, not a crime scene.", "God, it was ten minutes, not ten
// hours.": the speaker's deed measured small and set against what it is said
// not to be (not "It's your birthday, not a funeral"). `at` is the
// "it's"/"that's"; returns the end, or -1. In coachdefensivecontrast.cpp, as is
// the next.
[[nodiscard]] qsizetype contrastedFrom(const CoachTokens &tokens, qsizetype at);
// "It wasn't that late.", "it's not that expensive": how much it was shrunk
// by a measure of the deed, the clause nothing else (not "it wasn't that good").
[[nodiscard]] qsizetype notThatFrom(const CoachTokens &tokens, qsizetype at);

// "I literally did what you asked", "I did everything you said": the
// complaint answered with compliance (not "..., thank you for the list").
// `subject` is "I"; returns the end, or -1.
[[nodiscard]] qsizetype didAsAskedFrom(const CoachTokens &tokens, qsizetype subject);

// "I can't be expected to remember everything", "so I'm not allowed to have
// friends now?": the speaker as wronged by what is asked. `subject` is "I" or
// "I'm"; returns the end, or -1.
[[nodiscard]] qsizetype wrongedFrom(const CoachTokens &tokens, qsizetype subject);

// "Yes, but I was exhausted", "yeah but that's different": a point granted
// in a word, then excused by the speaker or waved aside (not "yes, but I'd
// love to", "ok, but I was thinking we could ..."); or the thing made cheap or
// bound to happen: "yes, but it was on sale", "yes, I left the gate open, but
// the cat would've got out anyway". `but` is the "but"; returns the end of the
// excuse, or -1.
[[nodiscard]] qsizetype grantedExcuseFrom(const QString &text, const CoachTokens &tokens, qsizetype but);

// coachdefensiveexcuses.cpp: "I was tired.", "I was driving, okay?", "I had a
// really long day, okay?", "I've been busy, okay?", "I forgot, okay?": the
// speaker's own state as the excuse, the whole reply or insisted on (not "I
// was tired of waiting", "I had a long day, can we order in?", a bare "I
// forgot."). `subject` is "I" or "I've"; returns the end, or -1.
[[nodiscard]] qsizetype stateExcuseFrom(const CoachTokens &tokens, qsizetype subject);

// Also there: "I was late because the traffic was insane", "I missed it cos my
// boss kept me back": the speaker's lapse put down to a circumstance (not to
// the partner, which blames, nor to the speaker, which owns it). `subject` is
// "I"; returns the end of the "because", or -1.
[[nodiscard]] qsizetype circumstanceExcuseFrom(
    const QString &text, const CoachTokens &tokens, qsizetype subject);

// Also there: "It was only one drink.", "it's just a scratch, nobody will
// notice": the deed shrunk to a trifle, heading its sentence (not "It's just
// a scratch, I'm fine", nor asked). `at` is the "it"/"it's"/"that's"; returns
// the end, or -1.
[[nodiscard]] qsizetype trifleFrom(const QString &text, const CoachTokens &tokens, qsizetype at);

// Also there: "I only had two drinks", "I was only five minutes late": the
// deed shrunk to how little of it there was (not asked, nor said warmly).
// `subject` is "I"; returns the end, or -1.
[[nodiscard]] qsizetype onlySoMuchFrom(const QString &text, const CoachTokens &tokens, qsizetype subject);

// The word at `i` and the next two in its clause (empty past it), which each
// defensive reader tests first.
struct WordsAt
{
    const QString &word;
    const QString &next;
    const QString &after;
};
[[nodiscard]] WordsAt wordsAt(const CoachTokens &tokens, qsizetype i);

// A "but" after `from` that turns to the partner: "I'm sorry, but you ...".
[[nodiscard]] bool turnsOnPartnerAfter(const CoachTokens &tokens, qsizetype from);

} // namespace DefensiveClauses
