// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// What still stands between the setup and the first card, so the screen can
// say exactly that and nothing else.
namespace SetupCheck {

enum class Missing { Nothing, BothNames, FirstName, SecondName, Decks, Sections };

// `by` is "surprise", "escalating", "decks" or "sections"; `ids` the decks or parts ticked.
[[nodiscard]] Missing missing(const QString &firstName, const QString &secondName, const QString &by,
                              const QStringList &ids);

// A deck's description cut to its first sentence, to fit one line under its name.
[[nodiscard]] QString firstSentence(const QString &description);

} // namespace SetupCheck
