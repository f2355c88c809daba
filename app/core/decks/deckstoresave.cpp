// SPDX-License-Identifier: GPL-3.0-or-later
// DeckStore::saveDeck(): a whole deck written at once, as a pack import does,
// changing only what differs so that a large pack updates quickly.
#include "deckstore.h"

#include "content/cardrules.h"
#include "deckrows.h"
#include "storage/database.h"
#include "storage/sqltext.h"
#include "storage/storedtime.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

DeckChanges compare(const std::optional<StoredDeck> &before, const StoredDeck &after)
{
    DeckChanges changes;
    if (!before) {
        changes.isNew = true;
        return changes;
    }
    changes.detailsChanged = before->deck.title != after.deck.title.trimmed()
                             || before->deck.description != after.deck.description.trimmed()
                             || before->deck.mood != after.deck.mood;
    QHash<QString, const Card *> old;
    for (const Card &card : before->cards)
        old.insert(card.id, &card);
    QSet<QString> newIds;
    QStringList keptInNewOrder;
    for (const Card &card : after.cards) {
        newIds.insert(card.id);
        const Card *was = old.value(card.id);
        if (!was) {
            ++changes.added;
            continue;
        }
        keptInNewOrder.append(card.id);
        if (!DeckRows::sameCard(*was, card))
            ++changes.changed;
    }
    QStringList keptInOldOrder;
    for (const Card &card : before->cards) {
        if (newIds.contains(card.id))
            keptInOldOrder.append(card.id);
    }
    changes.removed = int(before->cards.size() - keptInOldOrder.size());
    changes.reordered = keptInOldOrder != keptInNewOrder;
    return changes;
}

} // namespace

bool DeckStore::refuseInvalid(const StoredDeck &stored)
{
    const QString &id = stored.deck.id;
    if ((stored.source != ours && stored.source != pack) || !id.startsWith(stored.source + u'.')) {
        m_lastError = u"the deck id \"%1\" does not name its source (\"ours.\" or \"pack.\")"_s.arg(id);
        return true;
    }
    if (refuseInvalid(stored.deck))
        return true;
    QSet<QString> cardIds;
    for (const Card &card : stored.cards) {
        if (!card.id.startsWith(id + u'.') || cardIds.contains(card.id)) {
            m_lastError = u"the card id \"%1\" is repeated or not in the deck \"%2\""_s.arg(card.id, id);
            return true;
        }
        cardIds.insert(card.id);
        if (refuseInvalid(card))
            return true;
    }
    return false;
}

bool DeckStore::writeDeckRow(const StoredDeck &stored)
{
    const QString now = storedNow();
    QSqlQuery query(m_database.connection());
    // An update keeps the deck's created_at: it is the same deck.
    query.prepare(u"INSERT INTO decks (id, source, title, description, mood, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET source = excluded.source, "
                  "title = excluded.title, description = excluded.description, mood = excluded.mood, "
                  "updated_at = excluded.updated_at"_s);
    for (const QString &value : {stored.deck.id, stored.source, stored.deck.title.trimmed(),
                                 sqlText(stored.deck.description.trimmed()), stored.deck.mood, now, now})
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return forgetPackFile(stored.deck.id);
}

bool DeckStore::updateRow(QSqlQuery &query, const Card &card, int position)
{
    if (query.lastQuery().isEmpty())
        query.prepare(u"UPDATE deck_cards SET section = ?, depth = ?, kind = ?, answered_by = ?, text = ?, "
                      "follow_ups = ?, listener_hint = ?, arrival = ?, position = ? WHERE id = ?"_s);
    const QVariantList values = {QVariant(sqlText(card.section)), QVariant(card.depth), QVariant(card.kind),
                                 QVariant(card.answeredBy), QVariant(card.text.trimmed()),
                                 QVariant(DeckRows::followUpsJson(card.followUps)),
                                 QVariant(sqlText(card.listenerHint.trimmed())), QVariant(card.arrival ? 1 : 0),
                                 QVariant(position), QVariant(card.id)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool DeckStore::saveDeck(const StoredDeck &stored, DeckChanges *changes)
{
    m_lastError.clear();
    if (refuseInvalid(stored))
        return false;
    return write([&] {
        const std::optional<StoredDeck> before = deck(stored.deck.id);
        const DeckChanges found = compare(before, stored);
        if (changes)
            *changes = found;
        if (!found.any())
            return true;
        if (!writeDeckRow(stored))
            return false;
        QHash<QString, std::pair<int, const Card *>> old; // id → position, card
        if (before) {
            for (int i = 0; i < before->cards.size(); ++i)
                old.insert(before->cards.at(i).id, {i, &before->cards.at(i)});
        }
        QSet<QString> newIds;
        for (const Card &card : stored.cards)
            newIds.insert(card.id);
        QSqlQuery remove(m_database.connection());
        remove.prepare(u"DELETE FROM deck_cards WHERE id = ?"_s);
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (newIds.contains(it.key()))
                continue;
            remove.bindValue(0, it.key());
            if (!remove.exec()) {
                m_lastError = remove.lastError().text();
                return false;
            }
        }
        // Cards keep their ids, so favourites and history still find them.
        QSqlQuery insert(m_database.connection());
        QSqlQuery update(m_database.connection());
        for (int position = 0; position < stored.cards.size(); ++position) {
            const Card &card = stored.cards.at(position);
            const auto was = old.constFind(card.id);
            if (was == old.cend()) {
                if (!insertRow(insert, stored.deck.id, card, position))
                    return false;
            } else if (was->first != position || !DeckRows::sameCard(*was->second, card)) {
                if (!updateRow(update, card, position))
                    return false;
            }
        }
        return true;
    });
}
