// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenterror.h"
#include "deckstore.h"
#include "packreader.h"

#include <QSet>
#include <QString>

// A checked pack into the database, as the deck "pack.<pack id>" with cards
// "pack.<pack id>.<card id>", in one transaction. Importing the same pack id
// again updates that deck (fields, cards added, changed, removed, reordered)
// rather than adding a second: a card that keeps its id keeps its favourites
// and history, which refer to it by id. The couple's own decks ("ours.*")
// are never touched.
namespace PackImport {

struct Result
{
    bool saved = false;
    ContentErrors errors; // why nothing was saved; empty when saved
    QString deckId;       // "pack.<pack id>"
    QString title;
    int cards = 0;
    DeckChanges changes;

    // What happened, for a person: "“Evenings”: 12 cards, 2 new, 1 removed",
    // or every error on its own line.
    [[nodiscard]] QString summary() const;
};

// The id a pack's deck gets in the database.
[[nodiscard]] QString deckIdFor(const QString &packId);

// The deck a pack becomes, with namespaced ids, as importPack() stores it.
[[nodiscard]] StoredDeck toStoredDeck(const Pack &pack);

[[nodiscard]] Result importPack(const Pack &pack, DeckStore &store);
// Reads `path` with PackReader::readFile() (errors name it `file`), then importPack().
[[nodiscard]] Result importFile(const QString &path, const QString &file, const QSet<QString> &sections,
                                DeckStore &store);

} // namespace PackImport
