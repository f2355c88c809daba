// SPDX-License-Identifier: GPL-3.0-or-later
#include "workinprogressstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

WorkInProgressStore::WorkInProgressStore(Database &database) : m_database(database) {}

std::optional<QString> WorkInProgressStore::text(const QString &slot) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT text FROM work_in_progress WHERE slot = ?"_s);
    query.addBindValue(slot);
    if (execRead(m_database, query) && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

bool WorkInProgressStore::setText(const QString &slot, const QString &text)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO work_in_progress (slot, text, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (slot) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"_s);
    query.addBindValue(slot);
    query.addBindValue(sqlText(text));
    query.addBindValue(storedNow());
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool WorkInProgressStore::clearAllStartingWith(const QString &prefix)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM work_in_progress WHERE substr(slot, 1, length(?)) = ?"_s);
    query.addBindValue(prefix);
    query.addBindValue(prefix);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool WorkInProgressStore::clear(const QString &slot)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM work_in_progress WHERE slot = ?"_s);
    query.addBindValue(slot);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}
