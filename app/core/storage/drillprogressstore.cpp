// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillprogressstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

DrillProgressStore::DrillProgressStore(Database &database) : m_database(database) {}

QHash<QString, DrillProgress> DrillProgressStore::all() const
{
    QHash<QString, DrillProgress> progress;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, u"SELECT drill_id, rewrite, findings, completed_at FROM drill_progress"_s))
        return progress;
    while (query.next()) {
        const QString id = query.value(0).toString();
        progress.insert(id, {id, query.value(1).toString(), query.value(2).toInt(),
                             fromStored(query.value(3).toString())});
    }
    return progress;
}

bool DrillProgressStore::save(DrillProgress &progress)
{
    if (progress.drillId.isEmpty()) {
        m_lastError = u"no drill named"_s;
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO drill_progress (drill_id, rewrite, findings, completed_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (drill_id) DO UPDATE SET rewrite = excluded.rewrite, findings = excluded.findings, "
                  "completed_at = excluded.completed_at"_s);
    query.addBindValue(progress.drillId);
    query.addBindValue(sqlText(progress.rewrite));
    query.addBindValue(progress.findings);
    query.addBindValue(toStored(now));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    progress.completedAt = now;
    return true;
}

bool DrillProgressStore::reset()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"DELETE FROM drill_progress"_s)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}
