// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;
class QSqlQuery;

// A deck of the couple's own, as stored: written in Hearth ("ours") or loaded
// from a pack file ("pack"). Ids are namespaced and never meet a built-in id:
// deck.id is "ours.<random>" or "pack.<pack id>", each card's id is
// "<deck id>.<card id>"; deck.cardIds and cards are in the deck's order.
struct StoredDeck
{
    Deck deck;
    QList<Card> cards;
    QString source; // "ours" or "pack"
    QDateTime created;
    QDateTime updated;
};

// What saveDeck() changed in a deck that was there before.
struct DeckChanges
{
    bool isNew = false; // the deck was not there
    int added = 0;
    int changed = 0;
    int removed = 0;
    bool reordered = false;
    bool detailsChanged = false; // title, description or mood

    [[nodiscard]] bool any() const
    {
        return isNew || added > 0 || changed > 0 || removed > 0 || reordered || detailsChanged;
    }
};

// Reads and writes the couple's own decks (tables decks and deck_cards).
// Every write is one transaction: what returned true is on disk; on false
// nothing changed and lastError() says why. Writes refuse a deck or card that
// breaks CardRules (lastError() gives the rules' messages); the section is not
// checked here, as the store does not know the guide: the editor and the pack
// reader check it.
class DeckStore
{
public:
    static inline const QString ours = QStringLiteral("ours");
    static inline const QString pack = QStringLiteral("pack");

    explicit DeckStore(Database &database);

    [[nodiscard]] QList<StoredDeck> decks() const; // oldest first
    [[nodiscard]] std::optional<StoredDeck> deck(const QString &id) const;
    // The deck a card belongs to and its place in it, or nothing.
    [[nodiscard]] std::optional<std::pair<QString, int>> placeOf(const QString &cardId) const;

    // A new, empty deck of the couple's own: its id ("ours.<random>"), or empty on failure.
    [[nodiscard]] QString createDeck(const QString &title, const QString &description, const QString &mood);
    // Title, description and mood of the deck with deck.id (its cards are left as they are).
    bool updateDeck(const Deck &deck);
    // The deck and all its cards. Favourites and history of its cards stay (they keep their words).
    bool removeDeck(const QString &deckId);

    // Adds `card` at the end of the deck: its new id ("<deck id>.<random>"), or empty on failure.
    [[nodiscard]] QString addCard(const QString &deckId, const Card &card);
    // Every field of the card with card.id, which stays the same (so do its favourites and history).
    bool updateCard(const Card &card);
    bool removeCard(const QString &cardId);
    // Puts `card` back with its own id at `position` (0 first; clamped), the
    // cards from there on moving down one: for undoing removeCard().
    bool insertCard(const QString &deckId, const Card &card, int position);
    // Moves a card to `toPosition` in its deck (0 first; clamped).
    bool moveCard(const QString &cardId, int toPosition);

    // Writes `deck` whole, as PackImport does: creates it, or changes what
    // differs (fields; cards added, changed, removed, moved: cards keep their
    // ids) and nothing else, in one transaction; an unchanged deck is not
    // written at all. `changes`, when given, says what changed. Cards are
    // checked as every write checks them.
    bool saveDeck(const StoredDeck &deck, DeckChanges *changes = nullptr);

    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] Database &database() const { return m_database; }

private:
    bool refuseInvalid(const Deck &deck);
    bool refuseInvalid(const Card &card);
    bool write(const std::function<bool()> &work);
    bool touch(const QString &deckId);
    // A deck that changes is no longer what a pack file gave (PackFileRecords).
    bool forgetPackFile(const QString &deckId);
    // Moves the cards at positions from..to (inclusive) of a deck by `by`.
    bool shift(const QString &deckId, int from, int to, int by);
    [[nodiscard]] int cardCount(const QString &deckId) const;
    bool insertRow(const QString &deckId, const Card &card, int position);
    bool insertRow(QSqlQuery &query, const QString &deckId, const Card &card, int position);
    bool updateRow(QSqlQuery &query, const Card &card, int position);
    bool refuseInvalid(const StoredDeck &deck);
    bool writeDeckRow(const StoredDeck &deck);
    [[nodiscard]] QString unusedId(const QString &prefix, const QString &table) const;

    Database &m_database;
    mutable QString m_lastError;
};
