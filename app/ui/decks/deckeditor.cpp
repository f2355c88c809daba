// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckeditor.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"
#include "deckfieldcheck.h"
#include "decks/deckstore.h"

using namespace Qt::StringLiterals;

DeckEditor::DeckEditor(DeckStore &store, const ContentRepository &content, QObject *parent)
    : QObject(parent), m_store(store), m_content(content), m_decks(this), m_cards(content, this),
      m_packs(store, content, this)
{
    connect(&m_packs, &PackExchange::imported, this, [this](const QString &deckId) {
        const QString open = m_deckId;
        readDecks();
        // An update of the deck that is open shows its new cards.
        if (deckId == open)
            m_cards.setCards(openDeckData() ? openDeckData()->cards : QList<Card>{});
        else
            openDeck(deckId);
        emit deckChanged();
        emit decksChanged();
    });
}

QString DeckEditor::title() const
{
    const StoredDeck *deck = openDeckData();
    return deck ? deck->deck.title : QString();
}

QString DeckEditor::description() const
{
    const StoredDeck *deck = openDeckData();
    return deck ? deck->deck.description : QString();
}

QString DeckEditor::mood() const
{
    const StoredDeck *deck = openDeckData();
    return deck ? deck->deck.mood : QString();
}

QString DeckEditor::undoText() const
{
    if (!m_undo)
        return {};
    QString text = PartnerPlaceholder::render(m_undo->card.text).simplified();
    if (text.size() > 60)
        text = text.left(57).trimmed() + u'\u2026';
    return tr("The card \u201C%1\u201D was deleted.").arg(text);
}

void DeckEditor::reload()
{
    readDecks();
    // The open deck may be gone (Delete all, a restore): then none is open.
    if (!openDeckData() && !m_deckId.isEmpty())
        m_deckId.clear();
    m_cards.setCards(openDeckData() ? openDeckData()->cards : QList<Card>{});
    setUndo(std::nullopt);
    emit deckChanged();
}

void DeckEditor::readDecks()
{
    m_decks.setDecks(m_store.decks());
}

void DeckEditor::openDeck(const QString &deckId)
{
    if (deckId == m_deckId)
        return;
    const StoredDeck *deck = m_decks.deck(deckId);
    m_deckId = deck ? deckId : QString();
    m_cards.setCards(deck ? deck->cards : QList<Card>{});
    emit deckChanged();
}

ActionResult DeckEditor::storeFailed(const QString &what) const
{
    return ActionResult::failure(what + u' ' + m_store.lastError());
}

QVariantMap DeckEditor::checkDeck(const QString &title, const QString &description, const QString &mood) const
{
    Deck deck;
    deck.title = title;
    deck.description = description;
    deck.mood = mood;
    return DeckFieldCheck::deckProblems(deck);
}

QVariantMap DeckEditor::checkCard(const QVariantMap &fields) const
{
    QList<int> boxes;
    const QStringList written = fields.value(u"followUps"_s).toStringList();
    for (qsizetype box = 0; box < written.size(); ++box) {
        if (!written.at(box).trimmed().isEmpty())
            boxes.append(int(box));
    }
    return DeckFieldCheck::cardProblems(cardFrom(fields), m_content, boxes);
}

ActionResult DeckEditor::createDeck(const QString &title, const QString &description, const QString &mood)
{
    const QVariantMap problems = checkDeck(title, description, mood);
    if (!problems.isEmpty())
        return ActionResult::failure(tr("The deck is not saved yet: %1").arg(DeckFieldCheck::summary(problems)));
    const QString id = m_store.createDeck(title.trimmed(), description.trimmed(), mood);
    if (id.isEmpty())
        return storeFailed(tr("The deck could not be saved."));
    readDecks();
    openDeck(id);
    emit decksChanged();
    return ActionResult::success(tr("The deck \u201C%1\u201D is ready for its first card.").arg(title.trimmed()));
}

ActionResult DeckEditor::updateDeck(const QString &title, const QString &description, const QString &mood)
{
    const StoredDeck *open = openDeckData();
    if (!open)
        return ActionResult::failure(tr("Choose a deck first."));
    const QVariantMap problems = checkDeck(title, description, mood);
    if (!problems.isEmpty())
        return ActionResult::failure(tr("The deck is not saved yet: %1").arg(DeckFieldCheck::summary(problems)));
    Deck deck = open->deck;
    deck.title = title.trimmed();
    deck.description = description.trimmed();
    deck.mood = mood;
    if (!m_store.updateDeck(deck))
        return storeFailed(tr("The deck's details could not be saved."));
    readDecks();
    emit deckChanged();
    emit decksChanged();
    return ActionResult::success(tr("Saved the deck's details."));
}

ActionResult DeckEditor::removeDeck(const QString &deckId)
{
    const StoredDeck *deck = m_decks.deck(deckId);
    if (!deck)
        return ActionResult::failure(tr("That deck is not here any more."));
    const QString title = deck->deck.title;
    if (!m_store.removeDeck(deckId))
        return storeFailed(tr("The deck could not be deleted."));
    if (m_undo && m_undo->deckId == deckId)
        setUndo(std::nullopt);
    if (deckId == m_deckId)
        openDeck({});
    readDecks();
    emit decksChanged();
    return ActionResult::success(tr("The deck \u201C%1\u201D was deleted. Stars on its cards stay in your favourites.")
                                     .arg(title));
}

Card DeckEditor::cardFrom(const QVariantMap &fields) const
{
    Card card;
    card.deckId = m_deckId;
    card.section = fields.value(u"section"_s).toString();
    card.depth = fields.value(u"depth"_s).toInt();
    card.kind = fields.value(u"kind"_s).toString();
    card.answeredBy = fields.value(u"answeredBy"_s).toString();
    card.text = fields.value(u"text"_s).toString().trimmed();
    // Empty follow-up boxes are boxes left unused, not empty follow-ups.
    for (const QString &followUp : fields.value(u"followUps"_s).toStringList()) {
        if (!followUp.trimmed().isEmpty())
            card.followUps.append(followUp.trimmed());
    }
    card.listenerHint = fields.value(u"listenerHint"_s).toString().trimmed();
    return card;
}

QVariantMap DeckEditor::cardAt(int row) const
{
    if (row < 0 || row >= m_cards.rowCount())
        return {};
    const Card &card = m_cards.cards().at(row);
    return {{u"cardId"_s, card.id},         {u"section"_s, card.section},       {u"depth"_s, card.depth},
            {u"kind"_s, card.kind},         {u"answeredBy"_s, card.answeredBy}, {u"text"_s, card.text},
            {u"followUps"_s, card.followUps}, {u"listenerHint"_s, card.listenerHint}};
}

ActionResult DeckEditor::addCard(const QVariantMap &fields)
{
    if (!openDeckData())
        return ActionResult::failure(tr("Choose or make a deck first."));
    Card card = cardFrom(fields);
    const QVariantMap problems = checkCard(fields);
    if (!problems.isEmpty())
        return ActionResult::failure(tr("The card is not saved yet: %1").arg(DeckFieldCheck::summary(problems)));
    card.id = m_store.addCard(m_deckId, card);
    if (card.id.isEmpty())
        return storeFailed(tr("The card could not be saved."));
    m_cards.insertCard(m_cards.rowCount(), card);
    readDecks();
    emit decksChanged();
    return ActionResult::success(tr("Card added."));
}

ActionResult DeckEditor::updateCard(int row, const QVariantMap &fields)
{
    if (row < 0 || row >= m_cards.rowCount())
        return ActionResult::failure(tr("That card is not here any more."));
    Card card = cardFrom(fields);
    card.id = m_cards.cards().at(row).id;
    const QVariantMap problems = checkCard(fields);
    if (!problems.isEmpty())
        return ActionResult::failure(tr("The card is not saved yet: %1").arg(DeckFieldCheck::summary(problems)));
    if (!m_store.updateCard(card))
        return storeFailed(tr("The card could not be saved."));
    m_cards.replaceCard(row, card);
    readDecks();
    emit decksChanged();
    return ActionResult::success(tr("Card saved."));
}

bool DeckEditor::removeCard(int row)
{
    if (row < 0 || row >= m_cards.rowCount())
        return false;
    const Card card = m_cards.cards().at(row);
    if (!m_store.removeCard(card.id)) {
        emit problem(tr("The card could not be deleted. %1").arg(m_store.lastError()));
        return false;
    }
    m_cards.removeCard(row);
    setUndo(DeletedCard{m_deckId, card, row});
    readDecks();
    emit decksChanged();
    return true;
}

int DeckEditor::moveCard(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_cards.rowCount() || to < 0 || to >= m_cards.rowCount() || by == 0)
        return -1;
    if (!m_store.moveCard(m_cards.cards().at(row).id, to)) {
        emit problem(tr("The card could not be moved. %1").arg(m_store.lastError()));
        return -1;
    }
    m_cards.moveCard(row, to);
    readDecks();
    emit decksChanged();
    return to;
}

bool DeckEditor::undo()
{
    if (!m_undo)
        return false;
    const DeletedCard deleted = *m_undo;
    if (!m_store.insertCard(deleted.deckId, deleted.card, deleted.position)) {
        emit problem(tr("The card could not be put back. %1").arg(m_store.lastError()));
        return false;
    }
    setUndo(std::nullopt);
    readDecks();
    if (deleted.deckId == m_deckId)
        m_cards.insertCard(deleted.position, deleted.card);
    else
        openDeck(deleted.deckId);
    emit decksChanged();
    return true;
}

void DeckEditor::setUndo(std::optional<DeletedCard> step)
{
    const bool had = m_undo.has_value();
    m_undo = std::move(step);
    if (had || m_undo)
        emit undoChanged();
}
