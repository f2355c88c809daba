// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

HistoryStore::HistoryStore(Database &database) : m_database(database) {}

bool HistoryStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

std::optional<Couple> HistoryStore::lastCouple() const
{
    QSqlQuery query(m_database.connection());
    if (!execRead(m_database, query, u"SELECT id, partner_a_name, partner_a_colour, partner_b_name, partner_b_colour "
                    "FROM couples ORDER BY updated_at DESC, id DESC LIMIT 1"_s)
        || !query.next())
        return std::nullopt;
    Couple couple;
    couple.id = query.value(0).toLongLong();
    couple.names[0] = query.value(1).toString();
    couple.colours[0] = query.value(2).toString();
    couple.names[1] = query.value(3).toString();
    couple.colours[1] = query.value(4).toString();
    return couple;
}

bool HistoryStore::saveCouple(Couple &couple)
{
    QSqlQuery query(m_database.connection());
    if (couple.id > 0) {
        query.prepare(u"UPDATE couples SET partner_a_name = ?, partner_a_colour = ?, partner_b_name = ?, "
                      "partner_b_colour = ?, updated_at = ? WHERE id = ?"_s);
    } else {
        query.prepare(u"INSERT INTO couples (partner_a_name, partner_a_colour, partner_b_name, partner_b_colour, "
                      "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    }
    query.addBindValue(couple.names[0]);
    query.addBindValue(couple.colours[0]);
    query.addBindValue(couple.names[1]);
    query.addBindValue(couple.colours[1]);
    query.addBindValue(storedNow());
    // The last value is the id to update, or for a new couple its creation time.
    query.addBindValue(couple.id > 0 ? QVariant(couple.id) : QVariant(storedNow()));
    if (!run(query))
        return false;
    if (couple.id == 0)
        couple.id = query.lastInsertId().toLongLong();
    return true;
}

qint64 HistoryStore::startSession(qint64 coupleId, const QString &mode, int firstSpeaker, int depthCeiling)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO sessions (couple_id, mode, first_speaker, depth_ceiling, started_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(coupleId);
    query.addBindValue(mode);
    query.addBindValue(firstSpeaker);
    query.addBindValue(depthCeiling);
    query.addBindValue(storedNow());
    return run(query) ? query.lastInsertId().toLongLong() : 0;
}

bool HistoryStore::recordCard(qint64 sessionId, const QString &cardId, bool discussed)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO session_cards (session_id, card_id, outcome, at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(sessionId);
    query.addBindValue(cardId);
    query.addBindValue(discussed ? u"discussed"_s : u"passed"_s);
    query.addBindValue(storedNow());
    return run(query);
}

bool HistoryStore::endSession(qint64 sessionId, const QString &note)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE sessions SET ended_at = ?, note = ? WHERE id = ?"_s);
    query.addBindValue(storedNow());
    query.addBindValue(sqlText(note));
    query.addBindValue(sessionId);
    return run(query);
}

bool HistoryStore::closeSession(qint64 sessionId, const std::array<QString, 2> &appreciations, const QString &note)
{
    return m_database.transaction([&] {
        for (int partner = 0; partner < 2; ++partner) {
            if (!appreciations[partner].isEmpty() && !addAppreciation(sessionId, partner, appreciations[partner]))
                return false;
        }
        return endSession(sessionId, note);
    });
}

bool HistoryStore::addAppreciation(qint64 sessionId, int partner, const QString &text)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO appreciations (session_id, partner, text) VALUES (?, ?, ?)"_s);
    query.addBindValue(sessionId);
    query.addBindValue(partner);
    query.addBindValue(text);
    return run(query);
}

CardHistory HistoryStore::cardHistory(qint64 coupleId) const
{
    CardHistory history;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT sc.card_id, sc.outcome, sc.at FROM session_cards sc JOIN sessions s ON s.id = sc.session_id "
                  "WHERE s.couple_id = ? ORDER BY sc.at, sc.id"_s);
    query.addBindValue(coupleId);
    if (!execRead(m_database, query))
        return history;
    while (query.next()) {
        const QString cardId = query.value(0).toString();
        if (query.value(1).toString() == "discussed"_L1) {
            ++history.timesDiscussed[cardId];
            history.lastPassed.remove(cardId);
        } else {
            history.lastPassed.insert(cardId, fromStored(query.value(2).toString()));
        }
    }
    return history;
}

std::optional<int> HistoryStore::lastFirstSpeaker(qint64 coupleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT first_speaker FROM sessions WHERE couple_id = ? ORDER BY started_at DESC, id DESC LIMIT 1"_s);
    query.addBindValue(coupleId);
    if (execRead(m_database, query) && query.next())
        return query.value(0).toInt();
    return std::nullopt;
}

SessionSummary HistoryStore::summary(qint64 sessionId) const
{
    SessionSummary summary;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT outcome, count(*) FROM session_cards WHERE session_id = ? GROUP BY outcome"_s);
    query.addBindValue(sessionId);
    if (execRead(m_database, query)) {
        while (query.next())
            (query.value(0).toString() == "discussed"_L1 ? summary.discussed : summary.passed) = query.value(1).toInt();
    }
    query.prepare(u"SELECT started_at, ended_at FROM sessions WHERE id = ?"_s);
    query.addBindValue(sessionId);
    if (execRead(m_database, query) && query.next()) {
        const QDateTime start = fromStored(query.value(0).toString());
        const QDateTime end = query.value(1).isNull() ? QDateTime::currentDateTimeUtc()
                                                      : fromStored(query.value(1).toString());
        summary.seconds = start.secsTo(end);
    }
    return summary;
}

QList<PastConversation> HistoryStore::pastConversations(qint64 coupleId) const
{
    QList<PastConversation> conversations;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, mode, started_at, ended_at, note FROM sessions WHERE couple_id = ? "
                  "ORDER BY started_at DESC, id DESC"_s);
    query.addBindValue(coupleId);
    if (!execRead(m_database, query))
        return conversations;
    while (query.next()) {
        PastConversation conversation;
        conversation.id = query.value(0).toLongLong();
        conversation.mode = query.value(1).toString();
        conversation.startedAt = fromStored(query.value(2).toString());
        if (!query.value(3).isNull())
            conversation.endedAt = fromStored(query.value(3).toString());
        conversation.note = query.value(4).toString();
        rowOf.insert(conversation.id, conversations.size());
        conversations.append(conversation);
    }

    query.prepare(u"SELECT c.session_id, c.card_id FROM session_cards c JOIN sessions s ON s.id = c.session_id "
                  "WHERE s.couple_id = ? AND c.outcome = 'discussed' ORDER BY c.id"_s);
    query.addBindValue(coupleId);
    if (execRead(m_database, query)) {
        while (query.next())
            conversations[rowOf.value(query.value(0).toLongLong())].discussedCardIds.append(query.value(1).toString());
    }
    query.prepare(u"SELECT a.session_id, a.partner, a.text FROM appreciations a JOIN sessions s ON s.id = a.session_id "
                  "WHERE s.couple_id = ? ORDER BY a.id"_s);
    query.addBindValue(coupleId);
    if (execRead(m_database, query)) {
        while (query.next()) {
            const int partner = query.value(1).toInt();
            if (partner == 0 || partner == 1)
                conversations[rowOf.value(query.value(0).toLongLong())].appreciations[partner] = query.value(2).toString();
        }
    }

    conversations.removeIf([](const PastConversation &c) {
        return c.discussedCardIds.isEmpty() && c.note.trimmed().isEmpty() && c.appreciations[0].isEmpty()
               && c.appreciations[1].isEmpty();
    });
    return conversations;
}

bool HistoryStore::forgetConversation(qint64 sessionId)
{
    // Cards and appreciations go with it (ON DELETE CASCADE).
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM sessions WHERE id = ?"_s);
    query.addBindValue(sessionId);
    if (!run(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = u"that conversation is no longer there"_s;
        return false;
    }
    return true;
}
