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

} // namespace CoachOrders
