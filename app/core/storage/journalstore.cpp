// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString selectColumns = u"SELECT id, prompt_id, text, created_at, updated_at FROM journal_entries"_s;

JournalEntry fromRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            fromStored(query.value(3).toString()),
            fromStored(query.value(4).toString())};
}

} // namespace

JournalStore::JournalStore(Database &database) : m_database(database) {}

bool JournalStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<JournalEntry> JournalStore::all() const
{
    QList<JournalEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, selectColumns + u" ORDER BY updated_at DESC, id DESC"_s))
        return entries;
    while (query.next())
        entries.append(fromRow(query));
    return entries;
}

std::optional<JournalEntry> JournalStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return fromRow(query);
    return std::nullopt;
}

bool JournalStore::save(JournalEntry &entry)
{
    const QString stamp = storedNow();
    QSqlQuery query(m_database.connection());
    if (entry.id == 0) {
        // Until journals have owners in the app, every entry is journal 1's.
        query.prepare(u"INSERT OR IGNORE INTO journals (id, name, kind, created_at) VALUES (1, '', 'own', ?)"_s);
        query.addBindValue(stamp);
        if (!run(query))
            return false;
        query.prepare(u"INSERT INTO journal_entries (journal_id, prompt_id, text, created_at, updated_at) "
                      "VALUES (1, ?, ?, ?, ?)"_s);
        query.addBindValue(sqlText(entry.promptId));
        query.addBindValue(sqlText(entry.text));
        query.addBindValue(stamp);
        query.addBindValue(stamp);
        if (!run(query))
            return false;
        entry.id = query.lastInsertId().toLongLong();
        entry.createdAt = fromStored(stamp);
    } else {
        query.prepare(u"UPDATE journal_entries SET prompt_id = ?, text = ?, updated_at = ? WHERE id = ?"_s);
        query.addBindValue(sqlText(entry.promptId));
        query.addBindValue(sqlText(entry.text));
        query.addBindValue(stamp);
        query.addBindValue(entry.id);
        if (!run(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = u"that entry is no longer there"_s;
            return false;
        }
    }
    entry.updatedAt = fromStored(stamp);
    return true;
}

bool JournalStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM journal_entries WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}
