// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct StoredDeck;

// A stored deck out to a pack file (content/README.md "Packs") that
// PackReader reads back as the same deck: fields, cards, their order.
namespace PackExport {

// A pack's own id again ("pack.evenings" gives "evenings"); for a deck of
// the couple's own, its title as an id ("Sunday walks" gives "sunday-walks"),
// or its random part when the title has no letters a-z or digits.
[[nodiscard]] QString packIdFor(const StoredDeck &deck);
// Each card keeps the part of its id after the deck's ("ours.k3j9.x7p2q"
// gives "x7p2q"): stable, so a friend importing a newer export of the same
// deck keeps their favourites and history of each card.
[[nodiscard]] QString localCardId(const QString &deckId, const QString &cardId, int index);

// The pack file's text: UTF-8 JSON, fields in the documented order.
[[nodiscard]] QByteArray toJson(const StoredDeck &deck);
// Writes toJson() to `path` atomically (a crash leaves the old file whole).
bool exportFile(const StoredDeck &deck, const QString &path, QString *error);

} // namespace PackExport
