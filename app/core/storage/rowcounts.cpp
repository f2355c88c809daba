// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcounts.h"

#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

std::optional<RowCounts::Counts> RowCounts::of(const QSqlDatabase &db, QString *problem)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s)) {
        *problem = query.lastError().databaseText();
        return std::nullopt;
    }
    QStringList present;
    while (query.next())
        present.append(query.value(0).toString());
    Counts counts;
    for (const QString &table : Migrations::userTables()) {
        if (!present.contains(table))
            continue;
        // The names are Hearth's own constants, never input.
        if (!query.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) || !query.next()) {
            *problem = query.lastError().databaseText();
            return std::nullopt;
        }
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

std::optional<RowCounts::Counts> RowCounts::ofFile(const QString &path, QString *problem)
{
    static std::atomic<int> counter = 0;
    const QString name = u"hearth-count-%1"_s.arg(++counter);
    std::optional<Counts> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open())
            counts = of(db, problem);
        else
            *problem = db.lastError().databaseText();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}
