// SPDX-License-Identifier: GPL-3.0-or-later
#include "ritualstore.h"

#include "storage/database.h"
#include "storage/readquery.h"
#include "storage/sqltext.h"
#include "storage/storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

RitualTick tickFromRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            fromStored(query.value(3).toString())};
}

} // namespace

RitualStore::RitualStore(Database &database) : m_database(database) {}

QList<OurRitual> RitualStore::ours() const
{
    QList<OurRitual> ours;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, u"SELECT ritual_id, chosen_at FROM our_rituals ORDER BY chosen_at, ritual_id"_s))
        return ours;
    while (query.next())
        ours.append({query.value(0).toString(), fromStored(query.value(1).toString())});
    return ours;
}

bool RitualStore::isOurs(const QString &ritualId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT 1 FROM our_rituals WHERE ritual_id = ?"_s);
    query.addBindValue(ritualId);
    return execRead(m_database, query) && query.next();
}

bool RitualStore::choose(const QString &ritualId, const QDateTime &chosenAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO our_rituals (ritual_id, chosen_at) VALUES (?, ?)"_s);
    query.addBindValue(sqlText(ritualId));
    query.addBindValue(chosenAt.isValid() ? toStored(chosenAt) : storedNow());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool RitualStore::letGo(const QString &ritualId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM our_rituals WHERE ritual_id = ?"_s);
    query.addBindValue(ritualId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

std::optional<RitualTick> RitualStore::tick(const QString &ritualId, const QString &note, const QDateTime &doneAt)
{
    RitualTick tick{0, ritualId, sqlText(note.trimmed()),
                    (doneAt.isValid() ? doneAt : QDateTime::currentDateTimeUtc()).toUTC()};
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO ritual_ticks (ritual_id, note, done_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(sqlText(ritualId));
    query.addBindValue(tick.note);
    query.addBindValue(toStored(tick.doneAt));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    tick.id = query.lastInsertId().toLongLong();
    // Read back as stored: the milliseconds the text keeps, nothing finer.
    tick.doneAt = fromStored(toStored(tick.doneAt));
    return tick;
}

bool RitualStore::removeTick(qint64 tickId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM ritual_ticks WHERE id = ?"_s);
    query.addBindValue(tickId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

QList<RitualTick> RitualStore::ticks() const
{
    QList<RitualTick> ticks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query,
                  u"SELECT id, ritual_id, note, done_at FROM ritual_ticks ORDER BY done_at DESC, id DESC"_s))
        return ticks;
    while (query.next())
        ticks.append(tickFromRow(query));
    return ticks;
}

QHash<QString, RitualTick> RitualStore::lastTicks() const
{
    QHash<QString, RitualTick> last;
    // Newest first, so the first seen of each ritual is its last.
    for (const RitualTick &tick : ticks()) {
        if (!last.contains(tick.ritualId))
            last.insert(tick.ritualId, tick);
    }
    return last;
}
