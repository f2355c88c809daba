// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckstore.h"

#include "content/cardrules.h"
#include "deckrows.h"
#include "packfilerecords.h"
#include "storage/database.h"
#include "storage/readquery.h"
#include "storage/sqltext.h"
#include "storage/storedtime.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Lowercase letters and digits: ids stay valid in a pack file and in a URL.
QString randomToken(int length)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]));
    return token;
}

} // namespace

DeckStore::DeckStore(Database &database) : m_database(database) {}

QList<StoredDeck> DeckStore::decks() const
{
    QList<StoredDeck> decks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query,
                  u"SELECT id, source, title, description, mood, created_at, updated_at FROM decks "
                  "ORDER BY created_at, id"_s))
        return decks;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        StoredDeck stored;
        stored.deck.id = query.value(0).toString();
        stored.source = query.value(1).toString();
        stored.deck.title = query.value(2).toString();
        stored.deck.description = query.value(3).toString();
        stored.deck.mood = query.value(4).toString();
        stored.created = fromStored(query.value(5).toString());
        stored.updated = fromStored(query.value(6).toString());
        index.insert(stored.deck.id, decks.size());
        decks.append(stored);
    }
    QSqlQuery cards(m_database.connection());
    cards.setForwardOnly(true);
    if (!execRead(m_database, cards, u"SELECT "_s + DeckRows::cardColumns + u" FROM deck_cards ORDER BY deck_id, position, id"_s))
        return {};
    while (cards.next()) {
        Card card = DeckRows::cardFrom(cards);
        const auto it = index.constFind(card.deckId);
        if (it == index.constEnd())
            continue;
        StoredDeck &stored = decks[it.value()];
        stored.deck.cardIds.append(card.id);
        stored.cards.append(std::move(card));
    }
    return decks;
}

std::optional<StoredDeck> DeckStore::deck(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT source, title, description, mood, created_at, updated_at FROM decks WHERE id = ?"_s);
    query.addBindValue(id);
    if (!execRead(m_database, query) || !query.next())
        return std::nullopt;
    StoredDeck stored;
    stored.deck.id = id;
    stored.source = query.value(0).toString();
    stored.deck.title = query.value(1).toString();
    stored.deck.description = query.value(2).toString();
    stored.deck.mood = query.value(3).toString();
    stored.created = fromStored(query.value(4).toString());
    stored.updated = fromStored(query.value(5).toString());
    QSqlQuery cards(m_database.connection());
    cards.setForwardOnly(true);
    cards.prepare(u"SELECT "_s + DeckRows::cardColumns + u" FROM deck_cards WHERE deck_id = ? ORDER BY position, id"_s);
    cards.addBindValue(id);
    if (!execRead(m_database, cards))
        return std::nullopt;
    while (cards.next()) {
        Card card = DeckRows::cardFrom(cards);
        stored.deck.cardIds.append(card.id);
        stored.cards.append(std::move(card));
    }
    return stored;
}

std::optional<std::pair<QString, int>> DeckStore::placeOf(const QString &cardId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT deck_id, position FROM deck_cards WHERE id = ?"_s);
    query.addBindValue(cardId);
    if (!execRead(m_database, query) || !query.next())
        return std::nullopt;
    return std::pair{query.value(0).toString(), query.value(1).toInt()};
}

int DeckStore::cardCount(const QString &deckId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM deck_cards WHERE deck_id = ?"_s);
    query.addBindValue(deckId);
    return execRead(m_database, query) && query.next() ? query.value(0).toInt() : 0;
}

QString DeckStore::unusedId(const QString &prefix, const QString &table) const
{
    // 36^10 tokens: a repeat is all but impossible, but a few tries cost nothing.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString id = prefix + randomToken(10);
        QSqlQuery query(m_database.connection());
        query.prepare(u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s);
        query.addBindValue(id);
        if (!execRead(m_database, query))
            return {};
        if (!query.next())
            return id;
    }
    return {};
}

bool DeckStore::refuseInvalid(const Deck &deck)
{
    const ContentErrors errors = CardRules::checkDeck(deck);
    if (errors.isEmpty())
        return false;
    m_lastError = DeckRows::describe(errors);
    return true;
}

bool DeckStore::refuseInvalid(const Card &card)
{
    const ContentErrors errors = CardRules::check(card, nullptr);
    if (errors.isEmpty())
        return false;
    m_lastError = DeckRows::describe(errors);
    return true;
}

bool DeckStore::write(const std::function<bool()> &work)
{
    m_lastError.clear();
    if (m_database.transaction(work))
        return true;
    if (m_lastError.isEmpty()) {
        const QString problem = m_database.connection().lastError().text();
        m_lastError = problem.trimmed().isEmpty() ? u"the change could not be saved"_s : problem;
    }
    return false;
}

bool DeckStore::touch(const QString &deckId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE decks SET updated_at = ? WHERE id = ?"_s);
    query.addBindValue(storedNow());
    query.addBindValue(deckId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_lastError = u"there is no deck \"%1\""_s.arg(deckId);
        return false;
    }
    return forgetPackFile(deckId);
}

bool DeckStore::forgetPackFile(const QString &deckId)
{
    // On failure write() says the change could not be saved, and nothing is.
    return PackFileRecords::forgetDeck(m_database.connection(), deckId);
}

QString DeckStore::createDeck(const QString &title, const QString &description, const QString &mood)
{
    m_lastError.clear();
    Deck fields;
    fields.title = title.trimmed();
    fields.description = description.trimmed();
    fields.mood = mood;
    if (refuseInvalid(fields))
        return {};
    QString id;
    const bool saved = write([&] {
        id = unusedId(ours + u'.', u"decks"_s);
        if (id.isEmpty())
            return false;
        const QString now = storedNow();
        QSqlQuery query(m_database.connection());
        query.prepare(u"INSERT INTO decks (id, source, title, description, mood, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QString &value : {id, ours, fields.title, sqlText(fields.description), fields.mood, now, now})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return true;
    });
    return saved ? id : QString();
}

bool DeckStore::updateDeck(const Deck &deck)
{
    m_lastError.clear();
    if (refuseInvalid(deck))
        return false;
    return write([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE decks SET title = ?, description = ?, mood = ? WHERE id = ?"_s);
        for (const QString &value : {deck.title.trimmed(), sqlText(deck.description.trimmed()), deck.mood, deck.id})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return touch(deck.id);
    });
}

bool DeckStore::removeDeck(const QString &deckId)
{
    return write([&] {
        // Cards first, rather than trusting ON DELETE CASCADE to be switched on.
        QSqlQuery cards(m_database.connection());
        cards.prepare(u"DELETE FROM deck_cards WHERE deck_id = ?"_s);
        cards.addBindValue(deckId);
        QSqlQuery deck(m_database.connection());
        deck.prepare(u"DELETE FROM decks WHERE id = ?"_s);
        deck.addBindValue(deckId);
        // The file's record goes too (ON DELETE CASCADE does it, but is not trusted to be on).
        if (!forgetPackFile(deckId))
            return false;
        if (!cards.exec() || !deck.exec()) {
            m_lastError = (cards.lastError().isValid() ? cards : deck).lastError().text();
            return false;
        }
        if (deck.numRowsAffected() != 1) {
            m_lastError = u"there is no deck \"%1\""_s.arg(deckId);
            return false;
        }
        return true;
    });
}
