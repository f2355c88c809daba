// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

// Readers of the clauses that shut the talk, for CoachHorsemen's stonewalling:
// each looks at one clause and says where the shutting ends, or -1. Refusals
// are read in coachstonewallingclauses.cpp, endings and dismissals in
// coachstonewallingdismissals.cpp.
namespace StonewallingClauses {

// "I'm not going to talk about this", "I refuse to discuss it", "we're not
// having this conversation", "I won't listen to you": the speaker, a refusal,
// then the talk. Returns the end of the refusal, or -1.
[[nodiscard]] qsizetype refusalFrom(const CoachTokens &tokens, qsizetype subject);

// "I'm out.", "I'm leaving.", "I'm done with this.", "I've had enough.": the
// speaker ending the talk, the clause ending there. Returns its end, or -1.
[[nodiscard]] qsizetype endingFrom(const CoachTokens &tokens, qsizetype subject);
// "..., I'm staying out of it.", "..., I'm not getting involved.", "..., I'm washing my hands of
// it.": the speaker stepping aside from what the partner was just left to do ("Book whatever
// holiday you like, ..."), the clause ending there. Returns its end, or -1.
[[nodiscard]] qsizetype steppingAsideFrom(const CoachTokens &tokens, qsizetype subject);
// The same with the subject left out: "Done here.", "Hanging up now." (at the first word).
[[nodiscard]] qsizetype endingWithoutSubject(const CoachTokens &tokens, qsizetype at);

// "I'm going out.", "I'll be in the shed.", "I'm sleeping on the couch
// tonight.": the speaker leaving, the clause ending at the place
// (coachstonewallingdepartures.cpp). Returns its end, or -1.
[[nodiscard]] qsizetype departureFrom(const CoachTokens &tokens, qsizetype subject);
// True when the "back", "home" or "whenever" at `back` ends a return refused: "don't know when
// I'll be back", "no idea when I'll be home", "I'll be back whenever".
[[nodiscard]] bool returnRefusedAt(const CoachTokens &tokens, qsizetype back);

// Dismissals said alone, as the whole reply: "Whatever.", "K.", "Sure.",
// "Noted.", "Nothing.", "Never mind.", "Who cares?", "Not now.".
[[nodiscard]] bool isLoneDismissal(const QString &text, const CoachTokens &tokens);

// "Don't bother, I'll get it", "just leave it, I'll do it": the speaker offers
// to take it on (not "I'll do it myself", which is said in resentment).
[[nodiscard]] bool offersToDoIt(const CoachTokens &tokens, qsizetype from, qsizetype end);

// Orders that end the talk: "Don't bother.", "Go away.", "Get away from me.",
// "Don't talk to me.", "Save it.", "Talk to the wall."
[[nodiscard]] qsizetype dismissingOrderAt(const CoachTokens &tokens, qsizetype head, qsizetype end);

// True when the sentence [first, end) ends in a clause of nothing but a
// question tag ("..., all right?", "..., OK?", "..., yeah?") after another clause.
[[nodiscard]] bool endsInTag(const CoachTokens &tokens, qsizetype first, qsizetype end);

// "Nothing (more) to say/discuss/add", "no point (in) talking/discussing/trying",
// said of the talk by the speaker or of it ("there's"). Returns the end, or -1.
[[nodiscard]] qsizetype nothingToSay(const CoachTokens &tokens, qsizetype at);

// "Not talking about this again.", "not discussing it": a clause opened by
// "not" that refuses the talk (not "not talking about you, I meant ...").
[[nodiscard]] qsizetype notTalkingAt(const CoachTokens &tokens, qsizetype at);

// "I stopped listening ages ago", "I don't care anymore", "I couldn't care
// less what you think": the speaker no longer in the talk. `subject` is "I".
[[nodiscard]] qsizetype stoppedCaringFrom(const CoachTokens &tokens, qsizetype subject);

} // namespace StonewallingClauses
