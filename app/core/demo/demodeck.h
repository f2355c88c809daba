// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Robin and Sam's own deck in the demo: a few cards they wrote themselves,
// one of them naming the other with {partner}, so the deck editor, the
// Library's "Ours" and Together's choices have something of theirs to show.
namespace DemoDeck {

[[nodiscard]] QString title();
// The card that says {partner}, as written.
[[nodiscard]] QString partnerCardText();

// Writes the deck through DeckStore. False, with `error` set, when it could not.
bool add(Database &database, QString *error);

} // namespace DemoDeck
