// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers shared by the backup tests: a data folder with a row in every
// table (odd text included), and a row-for-row picture of a database to
// compare before and after.
#include "storage/database.h"
#include "storage/migrations.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

namespace UserData {

// Every table's rows as (column values), by rowid.
using Snapshot = QMap<QString, QList<QVariantList>>;

inline bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("seeding failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Fills every table; `flavour` changes the words, so two seeds differ.
inline bool seed(Database &database, const QString &flavour = QStringLiteral("first"))
{
    const QSqlDatabase db = database.connection();
    const QString odd = QStringLiteral("Robert'); DROP TABLE couples;-- \"quoted\" ☕ 🌙 \u202Eright-to-left\n\ttabbed ") + flavour;
    return exec(db, QStringLiteral("INSERT INTO couples VALUES (7, ?, '#B4552F', ?, '#3F6E9A', '2024-01-02T03:04:05.006Z', '2024-01-02T03:04:05.006Z')"),
                {QString(QStringLiteral("Robin ") + flavour), QStringLiteral("Sam")})
        && exec(db, QStringLiteral("INSERT INTO sessions VALUES (3, 7, 'cards', 1, 2, '2024-01-02T03:05:00.000Z', NULL, ?)"), {odd})
        && exec(db, QStringLiteral("INSERT INTO sessions VALUES (4, 7, 'escalating', 0, 3, '2024-01-03T03:05:00.000Z', '2024-01-03T04:00:00.000Z', '')"))
        && exec(db, QStringLiteral("INSERT INTO session_cards VALUES (1, 3, 'warm-up-01', 'discussed', '2024-01-02T03:06:00.000Z')"))
        && exec(db, QStringLiteral("INSERT INTO session_cards VALUES (2, 4, 'esc-1-01', 'passed', '2024-01-03T03:06:00.000Z')"))
        && exec(db, QStringLiteral("INSERT INTO favourites VALUES (1, 'card', 'warm-up-01', ?, 'closeness', ?, '2024-01-02T03:07:00.000Z')"),
                {QString(QStringLiteral("What made you smile today? ") + flavour), odd})
        && exec(db, QStringLiteral("INSERT INTO coach_drafts VALUES (5, 'hurt', 'you left', 'care', 'call me', ?, 'a', 'b', 1)"),
                {QString(QStringLiteral("I felt hurt when you left. ") + flavour)})
        && exec(db, QStringLiteral("INSERT INTO journals VALUES (2, ?, 'shared', '', '2024-01-04T00:00:00.000Z')"),
                {QString(QStringLiteral("Ours ") + flavour)})
        && exec(db, QStringLiteral("INSERT INTO journal_entries VALUES (9, 2, 'journal-03', 'hopeful', 'trust time', ?, '', 'c', 'd')"), {odd})
        && exec(db, QStringLiteral("INSERT INTO drill_progress VALUES ('drill-02', 'I would like a call.', 2, 'e')"))
        && exec(db, QStringLiteral("INSERT INTO appreciations VALUES (11, 3, 0, ?)"), {QString(QStringLiteral("You listened. ") + flavour)})
        && exec(db, QStringLiteral("INSERT INTO work_in_progress VALUES ('free-write', ?, 'f')"), {odd})
        && exec(db, QStringLiteral("INSERT INTO our_rituals VALUES ('ritual-daily-01', 'g')"))
        && exec(db, QStringLiteral("INSERT INTO ritual_ticks VALUES (4, 'ritual-daily-01', ?, 'h')"), {odd})
        && exec(db, QStringLiteral("INSERT INTO decks VALUES ('ours.k3x9', 'ours', ?, ?, 'warm', 'i', 'j')"),
                {QString(QStringLiteral("Sunday questions ") + flavour), odd})
        && exec(db, QStringLiteral("INSERT INTO deck_cards VALUES ('ours.k3x9.a1', 'ours.k3x9', 0, 'closeness', 2, 'question', 'each', ?, ?, ?, 0)"),
                {odd, QStringLiteral("[\"What else?\", \"\u2615\"]"), QString(QStringLiteral("Just listen. ") + flavour)});
}

inline Snapshot snapshot(const QSqlDatabase &db)
{
    Snapshot tables;
    for (const QString &table : Migrations::userTables()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY rowid"))) {
            tables.insert(table, {QVariantList{QString(QStringLiteral("unreadable: ") + query.lastError().text())}});
            continue;
        }
        QList<QVariantList> rows;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            rows.append(row);
        }
        tables.insert(table, rows);
    }
    return tables;
}

// The database file in `dataDir`, read through its own read-only connection.
inline Snapshot snapshotOf(const QString &databasePath)
{
    const QString name = QStringLiteral("snapshot");
    Snapshot result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open())
            result = snapshot(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline qint64 rowCount(const Snapshot &snapshot)
{
    qint64 rows = 0;
    for (const auto &table : snapshot)
        rows += table.size();
    return rows;
}

} // namespace UserData
