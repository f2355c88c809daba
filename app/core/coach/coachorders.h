// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

// What makes an imperative an order, or a tip, a kindness or a request
// instead: the demands' word knowledge (coachorders.cpp), kept apart from the
// grammar that finds the orders (coachdemands.cpp).
namespace CoachOrders {

// "You should try that café", "you have to treat yourself": a tip about
// something pleasant, not an order.
[[nodiscard]] bool isFriendlyTip(const CoachTokens &tokens, qsizetype verb);

// Verbs people order each other with: "Call her.", "Stop shouting."
[[nodiscard]] bool isOrderVerb(const QString &word);

// What an order verb takes that makes it kindness: "take care", "get some
// rest", "go ahead", "tell me about your day".
[[nodiscard]] bool isKindnessAfter(const CoachTokens &tokens, qsizetype verb);

// A sentence [first, end) made a request or a kindness by what is around the
// order: "please", "if you like", "I'll ...", warm words.
[[nodiscard]] bool softenedSentence(const CoachTokens &tokens, qsizetype first, qsizetype end);

// A verb no list holds, read as an imperative by its shape: an unknown word
// opening the sentence with its object right after it ("Unfollow her.",
// "Wear the blue shirt.", "Delete that app."): a determiner, an object
// pronoun or a particle. Not a word the lexicon knows as something else, not
// "-ing", "-ed", "-ly" or a plural ("Thanks", "Sunday the fifth").
[[nodiscard]] bool looksImperative(const CoachTokens &tokens, qsizetype verb, qsizetype end);

// The sentence [first, end) insists: "please just ...", "for the love of
// God", "... now.", "I'm not asking again". A "please" then softens nothing.
[[nodiscard]] bool insists(const CoachTokens &tokens, qsizetype first, qsizetype end);

// The sentence [first, end) closes the matter: "and that's final", "and
// that's that", "whether you like it or not", "end of discussion", "from now on".
[[nodiscard]] bool settlesIt(const CoachTokens &tokens, qsizetype first, qsizetype end);

// The question mark of [first, end) only tags a statement: "..., okay?",
// "..., all right?", "..., got it?". An order asked that way is still one.
[[nodiscard]] bool onlyTagged(const CoachTokens &tokens, qsizetype first, qsizetype end);

// An order put as a question in the sentence [first, end): "Will you stop
// humming?", "Can you just do what I asked?", "Can you not chew so loudly?",
// "Are you going to pick those up or what?". One past its last word, or -1.
// In coachquestionorders.cpp.
[[nodiscard]] qsizetype orderAskedAt(const CoachTokens &tokens, qsizetype first, qsizetype end);

// "I want you home by ten", "I want the garage cleared by Sunday", "I want
// you out of this room": what the speaker wants, after "want" at `object`, is
// the partner somewhere or a thing done by a time. One past the state's word,
// or -1. In coachwantedorders.cpp, as is the next.
[[nodiscard]] qsizetype wantedDoneAt(const CoachTokens &tokens, qsizetype object, qsizetype end);
// The state at `state` ("home", "cleared", "out") with a deadline after it
// ("by ten", "before I get back"), or leaving ("out of here", "gone"). One past
// it, or -1.
[[nodiscard]] qsizetype stateByDeadlineAt(const CoachTokens &tokens, qsizetype state, qsizetype end);

// "You're making the kids' lunches tomorrow", "You're doing the school run
// tomorrow, not me": a chore of the house given to the partner for a day, as
// what will happen. `you` is the "you're"; one past the chore's verb, or -1.
// In coachwantedorders.cpp.
[[nodiscard]] qsizetype choreAssignedAt(const CoachTokens &tokens, qsizetype you, qsizetype end);

// What "I want you to ..." or "I need you to ..." asks that is a wish for the
// partner or a need of the speaker's, not an order: "I want you to have this",
// "I want you to meet my parents", "I need you to listen".
[[nodiscard]] bool wishesForThePartner(const CoachTokens &tokens, qsizetype verb, bool need);

} // namespace CoachOrders
