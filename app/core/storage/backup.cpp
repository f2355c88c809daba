// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "database.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

const QString backupFormat = u"hearth-backup"_s;
constexpr int backupVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    return value.toString();
}

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == qint64(number) ? QVariant(qint64(number)) : QVariant(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value.toString();
    }
}

// A backup made before schema 3 kept the free-write text in coach_drafts as
// the row with id 0; it now has its own slot.
QJsonObject upgradedTables(QJsonObject tables, int fromSchema)
{
    if (fromSchema >= 3)
        return tables;
    QJsonArray drafts;
    QJsonArray workInProgress = tables.value(u"work_in_progress"_s).toArray();
    for (const QJsonValue &value : tables.value(u"coach_drafts"_s).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(u"id"_s).toInteger(-1) == 0) {
            workInProgress.append(QJsonObject{{u"slot"_s, u"free-write"_s},
                                              {u"text"_s, row.value(u"text"_s)},
                                              {u"updated_at"_s, row.value(u"updated_at"_s)}});
        } else {
            drafts.append(row);
        }
    }
    tables.insert(u"coach_drafts"_s, drafts);
    tables.insert(u"work_in_progress"_s, workInProgress);
    return tables;
}

} // namespace

QByteArray Backup::exportAll(Database &database)
{
    const QSqlDatabase db = database.connection();
    QJsonObject tables;
    for (const QString &table : Migrations::userTables()) {
        const QStringList columns = columnsOf(db, table);
        QJsonArray rows;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Table names come from our own list, never from input.
        if (query.exec(u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s)) {
            while (query.next()) {
                QJsonObject row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), toJson(query.value(i)));
                rows.append(row);
            }
        }
        tables.insert(table, rows);
    }
    const QJsonObject root{{u"format"_s, backupFormat},
                           {u"version"_s, backupVersion},
                           {u"schemaVersion"_s, Database::schemaVersion},
                           {u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"tables"_s, tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Backup::importAll(Database &database, const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("This file is not valid JSON (%1).").arg(parseError.errorString());
        return false;
    }
    if (root.value(u"format"_s).toString() != backupFormat) {
        *error = tr("This file is not a Hearth backup.");
        return false;
    }
    if (root.value(u"version"_s).toInt() > backupVersion || root.value(u"schemaVersion"_s).toInt() > Database::schemaVersion) {
        *error = tr("This backup comes from a newer Hearth. Update Hearth to bring it back.");
        return false;
    }
    const QJsonObject tables = upgradedTables(root.value(u"tables"_s).toObject(), root.value(u"schemaVersion"_s).toInt());
    const QSqlDatabase db = database.connection();
    QString problem;
    const QStringList userTables = Migrations::userTables();
    const bool done = database.transaction([&] {
        QSqlQuery query(db);
        // Children first when deleting, parents first when inserting.
        for (auto it = userTables.crbegin(); it != userTables.crend(); ++it) {
            if (!query.exec(u"DELETE FROM "_s + *it)) {
                problem = query.lastError().text();
                return false;
            }
        }
        for (const QString &table : userTables) {
            const QStringList tableColumns = columnsOf(db, table);
            const QSet<QString> known(tableColumns.cbegin(), tableColumns.cend());
            const QJsonArray rows = tables.value(table).toArray();
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows.at(r).toObject();
                QStringList columns = row.keys();
                for (const QString &column : std::as_const(columns)) {
                    // Column names cannot be bound, so only our own schema's names pass.
                    if (!known.contains(column)) {
                        problem = tr("%1, row %2: \"%3\" is not a known field.").arg(table).arg(r + 1).arg(column);
                        return false;
                    }
                }
                QStringList placeholders(columns.size(), u"?"_s);
                query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                              + placeholders.join(u", "_s) + u')');
                for (const QString &column : std::as_const(columns))
                    query.addBindValue(fromJson(row.value(column)));
                if (!query.exec()) {
                    problem = tr("%1, row %2: %3").arg(table).arg(r + 1).arg(query.lastError().databaseText());
                    return false;
                }
            }
        }
        return true;
    });
    if (!done)
        *error = tr("Nothing was changed. %1").arg(problem);
    return done;
}

bool Backup::deleteAll(Database &database, QString *error)
{
    const QSqlDatabase db = database.connection();
    const QStringList userTables = Migrations::userTables();
    const bool done = database.transaction([&] {
        QSqlQuery query(db);
        for (auto it = userTables.crbegin(); it != userTables.crend(); ++it) {
            if (!query.exec(u"DELETE FROM "_s + *it)) {
                *error = query.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (!done)
        return false;
    // Deleted rows can linger in free pages and the log; compact both.
    QSqlQuery query(db);
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    query.exec(u"VACUUM"_s);
    return true;
}
