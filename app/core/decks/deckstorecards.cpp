// SPDX-License-Identifier: GPL-3.0-or-later
// DeckStore's writes of single cards: add, edit, remove, put back, move.
#include "deckstore.h"

#include "content/cardrules.h"
#include "deckrows.h"
#include "storage/database.h"
#include "storage/readquery.h"
#include "storage/sqltext.h"
#include "storage/storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString DeckStore::addCard(const QString &deckId, const Card &card)
{
    m_lastError.clear();
    if (refuseInvalid(card))
        return {};
    QString id;
    const bool saved = write([&] {
        id = unusedId(deckId + u'.', u"deck_cards"_s);
        Card stored = card;
        stored.id = id;
        return !id.isEmpty() && touch(deckId) && insertRow(deckId, stored, cardCount(deckId));
    });
    return saved ? id : QString();
}

bool DeckStore::updateCard(const Card &card)
{
    m_lastError.clear();
    if (refuseInvalid(card))
        return false;
    return write([&] {
        const auto place = placeOf(card.id);
        if (!place) {
            m_lastError = u"there is no card \"%1\""_s.arg(card.id);
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE deck_cards SET section = ?, depth = ?, kind = ?, answered_by = ?, text = ?, "
                      "follow_ups = ?, listener_hint = ?, arrival = ? WHERE id = ?"_s);
        for (const QVariant &value : {QVariant(sqlText(card.section)), QVariant(card.depth), QVariant(card.kind),
                                      QVariant(card.answeredBy), QVariant(card.text.trimmed()),
                                      QVariant(DeckRows::followUpsJson(card.followUps)),
                                      QVariant(sqlText(card.listenerHint.trimmed())),
                                      QVariant(card.arrival ? 1 : 0), QVariant(card.id)})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return touch(place->first);
    });
}

bool DeckStore::shift(const QString &deckId, int from, int to, int by)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE deck_cards SET position = position + ? WHERE deck_id = ? AND position >= ? AND position <= ?"_s);
    for (const QVariant &value : {QVariant(by), QVariant(deckId), QVariant(from), QVariant(to)})
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool DeckStore::removeCard(const QString &cardId)
{
    return write([&] {
        const auto place = placeOf(cardId);
        if (!place) {
            m_lastError = u"there is no card \"%1\""_s.arg(cardId);
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(u"DELETE FROM deck_cards WHERE id = ?"_s);
        query.addBindValue(cardId);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return shift(place->first, place->second + 1, std::numeric_limits<int>::max(), -1) && touch(place->first);
    });
}

bool DeckStore::insertCard(const QString &deckId, const Card &card, int position)
{
    m_lastError.clear();
    if (!card.id.startsWith(deckId + u'.') || card.id.size() <= deckId.size() + 1) {
        m_lastError = u"the card \"%1\" does not belong to the deck \"%2\""_s.arg(card.id, deckId);
        return false;
    }
    if (refuseInvalid(card))
        return false;
    return write([&] {
        if (placeOf(card.id)) {
            m_lastError = u"the card \"%1\" is already there"_s.arg(card.id);
            return false;
        }
        const int at = std::clamp(position, 0, cardCount(deckId));
        return touch(deckId) && shift(deckId, at, std::numeric_limits<int>::max(), 1)
               && insertRow(deckId, card, at);
    });
}

bool DeckStore::moveCard(const QString &cardId, int toPosition)
{
    return write([&] {
        const auto place = placeOf(cardId);
        if (!place) {
            m_lastError = u"there is no card \"%1\""_s.arg(cardId);
            return false;
        }
        const auto &[deckId, from] = *place;
        const int to = std::clamp(toPosition, 0, std::max(0, cardCount(deckId) - 1));
        if (to == from)
            return true;
        const bool shifted = to > from ? shift(deckId, from + 1, to, -1) : shift(deckId, to, from - 1, 1);
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE deck_cards SET position = ? WHERE id = ?"_s);
        query.addBindValue(to);
        query.addBindValue(cardId);
        if (!shifted || !query.exec()) {
            if (m_lastError.isEmpty())
                m_lastError = query.lastError().text();
            return false;
        }
        return touch(deckId);
    });
}

bool DeckStore::insertRow(const QString &deckId, const Card &card, int position)
{
    QSqlQuery query(m_database.connection());
    return insertRow(query, deckId, card, position);
}

bool DeckStore::insertRow(QSqlQuery &query, const QString &deckId, const Card &card, int position)
{
    // Prepared once per query: a pack of many cards reuses the same statement.
    if (query.lastQuery().isEmpty())
        query.prepare(u"INSERT INTO deck_cards ("_s + DeckRows::cardColumns + u", position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values = {QVariant(card.id), QVariant(deckId), QVariant(sqlText(card.section)),
                                 QVariant(card.depth), QVariant(card.kind), QVariant(card.answeredBy),
                                 QVariant(card.text.trimmed()), QVariant(DeckRows::followUpsJson(card.followUps)),
                                 QVariant(sqlText(card.listenerHint.trimmed())), QVariant(card.arrival ? 1 : 0),
                                 QVariant(position)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}
