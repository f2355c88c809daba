// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"
#include "decks/deckcardsmodel.h"
#include "decks/decklistmodel.h"
#include "decks/packexchange.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

class ContentRepository;
class DeckStore;

// The deck editor: the couple's own decks, and the cards of the one open,
// written through DeckStore and checked as you type by the loader's own
// rules (CardRules), so a field shows the message the loader would give.
// Deleting a card can be undone; after every change `decksChanged` lets the
// rest of Hearth (Library, Together, Favourites) show the decks as they are.
class DeckEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The deck editor comes from App.deckEditor")

    Q_PROPERTY(DeckListModel *decks READ decks CONSTANT)
    Q_PROPERTY(DeckCardsModel *cards READ cards CONSTANT)
    Q_PROPERTY(PackExchange *packs READ packs CONSTANT)
    Q_PROPERTY(QString deckId READ deckId NOTIFY deckChanged)
    Q_PROPERTY(QString title READ title NOTIFY deckChanged)
    Q_PROPERTY(QString description READ description NOTIFY deckChanged)
    Q_PROPERTY(QString mood READ mood NOTIFY deckChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)

public:
    DeckEditor(DeckStore &store, const ContentRepository &content, QObject *parent = nullptr);

    [[nodiscard]] DeckListModel *decks() { return &m_decks; }
    [[nodiscard]] DeckCardsModel *cards() { return &m_cards; }
    [[nodiscard]] PackExchange *packs() { return &m_packs; }
    [[nodiscard]] QString deckId() const { return m_deckId; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] QString mood() const;
    [[nodiscard]] bool canUndo() const { return m_undo.has_value(); }
    [[nodiscard]] QString undoText() const;

    // Reads the decks again (at start, after an import, a restore or Delete all).
    void reload();

    Q_INVOKABLE void openDeck(const QString &deckId);
    // A new deck, opened; ok false with the loader's message when a field is not right.
    Q_INVOKABLE ActionResult createDeck(const QString &title, const QString &description, const QString &mood);
    Q_INVOKABLE ActionResult updateDeck(const QString &title, const QString &description, const QString &mood);
    Q_INVOKABLE ActionResult removeDeck(const QString &deckId);

    // What is wrong with a deck's fields or a card's, as the loader says it:
    // {field: message} for each field with a problem (title, description,
    // mood; section, depth, kind, answeredBy, text, followUps, listenerHint).
    Q_INVOKABLE QVariantMap checkDeck(const QString &title, const QString &description, const QString &mood) const;
    Q_INVOKABLE QVariantMap checkCard(const QVariantMap &fields) const;

    // A card is {section, depth, kind, answeredBy, text, followUps: [..], listenerHint}.
    Q_INVOKABLE ActionResult addCard(const QVariantMap &fields);
    Q_INVOKABLE ActionResult updateCard(int row, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap cardAt(int row) const;
    Q_INVOKABLE bool removeCard(int row);
    // Moves the card by one place up (-1) or down (+1); its new row, or -1.
    Q_INVOKABLE int moveCard(int row, int by);
    Q_INVOKABLE bool undo();

signals:
    void deckChanged();
    void undoChanged();
    // The own decks changed in the database: the content should read them again.
    void decksChanged();
    void problem(const QString &message);

private:
    struct DeletedCard
    {
        QString deckId;
        Card card;
        int position = 0;
    };

    [[nodiscard]] Card cardFrom(const QVariantMap &fields) const;
    [[nodiscard]] const StoredDeck *openDeckData() const { return m_decks.deck(m_deckId); }
    // Reads the open deck's cards from the store, after a change.
    void readDecks();
    void setUndo(std::optional<DeletedCard> step);
    [[nodiscard]] ActionResult storeFailed(const QString &what) const;

    DeckStore &m_store;
    const ContentRepository &m_content;
    DeckListModel m_decks;
    DeckCardsModel m_cards;
    PackExchange m_packs;
    QString m_deckId;
    std::optional<DeletedCard> m_undo;
};
