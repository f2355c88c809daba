// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "backupreader.h"
#include "backupschema.h"
#include "boundedfile.h"
#include "database.h"
#include "datafolder.h"
#include "importchecks.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString backupFormat = u"hearth-backup"_s;
const QString safetyCopyPrefix = u"hearth.before-restore-"_s;

// Sentences for people, translated in the "Backup" context (lupdate reads BackupText::tr).
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

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

QString sqlProblem(const QSqlQuery &query)
{
    const QString text = query.lastError().databaseText();
    return text.isEmpty() ? query.lastError().text() : text;
}

// Deletes children before parents, so foreign keys hold at every step.
bool deleteEverything(const QSqlDatabase &db, QList<Backup::RemovedRows> *removed, QString *problem)
{
    const QStringList tables = Migrations::userTables();
    QList<Backup::RemovedRows> counts;
    QSqlQuery query(db);
    // Children before parents. (std::views::reverse would say it better, but
    // clang 14 cannot build it with GCC 12's library.)
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) { // NOLINT(modernize-loop-convert)
        const QString &table = *it;
        // Table names come from our own list, never from input.
        if (!query.exec(u"DELETE FROM "_s + table)) {
            *problem = sqlProblem(query);
            return false;
        }
        counts.prepend({table, qMax(0, query.numRowsAffected())});
    }
    if (removed)
        *removed = counts;
    return true;
}

bool insertAll(const QSqlDatabase &db, const BackupReader::Contents &contents, QString *problem)
{
    QSqlQuery query(db);
    for (const QString &table : Migrations::userTables()) {
        QStringList prepared;
        bool first = true;
        qsizetype r = 0;
        const bool done = BackupReader::forEachRow(contents, table, [&](const QStringList &columns, const QVariantList &values) {
            ++r;
            // Column names were checked against the schema; values are always bound.
            if (first || columns != prepared) {
                const QStringList placeholders(columns.size(), u"?"_s);
                if (!query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                                   + placeholders.join(u", "_s) + u')')) {
                    *problem = BackupText::tr("table \"%1\", row %2: %3").arg(table).arg(r).arg(sqlProblem(query));
                    return false;
                }
                prepared = columns;
                first = false;
            }
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i), values.at(i));
            if (!query.exec()) {
                *problem = BackupText::tr("table \"%1\", row %2: %3").arg(table).arg(r).arg(sqlProblem(query));
                return false;
            }
            return true;
        });
        if (!done)
            return false;
    }
    return true;
}

bool replaceAll(Database &database, const BackupReader::Contents &contents, QString *problem)
{
    const QSqlDatabase db = database.connection();
    const bool done = database.transaction([&] {
        return deleteEverything(db, nullptr, problem) && insertAll(db, contents, problem);
    });
    if (!done && problem->isEmpty()) {
        const QString text = db.lastError().databaseText();
        *problem = text.isEmpty() ? BackupText::tr("the database did not take the change") : text;
    }
    return done;
}

bool holdsAnything(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const QString &table : Migrations::userTables()) {
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM "_s + table + u')') || !query.next() || query.value(0).toBool())
            return true; // when unsure, keep a copy
    }
    return false;
}

// Copies the whole database, as it is now, into a new owner-only file.
QString keepSafetyCopy(Database &database, const QString &dataDir, QString *problem)
{
    Q_ASSERT(DataFolder::setAsidePrefixes().contains(safetyCopyPrefix));
    const QDir dir(dataDir);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s);
    QString path;
    for (int attempt = 1;; ++attempt) {
        path = dir.filePath(safetyCopyPrefix + stamp + (attempt > 1 ? u"-%1"_s.arg(attempt) : QString()) + u".sqlite"_s);
        // Made empty and owner-only first: VACUUM INTO fills an empty file and keeps its mode.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                              0600);
        if (fd >= 0) {
            ::fchmod(fd, 0600);
            ::close(fd);
            break;
        }
        if (errno != EEXIST || attempt >= 100) {
            *problem = BackupText::tr("a copy of your data could not be made in %1 (%2)")
                           .arg(QDir::toNativeSeparators(dataDir), QString::fromLocal8Bit(std::strerror(errno)));
            return {};
        }
    }
    QSqlQuery query(database.connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(path);
    if (!query.exec()) {
        *problem = BackupText::tr("a copy of your data could not be made at %1 (%2)")
                       .arg(QDir::toNativeSeparators(path), sqlProblem(query));
        QFile::remove(path);
        return {};
    }
    return path;
}

Backup::RestoreResult notRestored(const QString &name, const QString &problem)
{
    return {false, BackupText::tr("%1 was not restored: %2. Nothing was changed.").arg(name, problem), {}};
}

// `name` is how messages call the backup: its file, or "This backup".
Backup::RestoreResult restoreNamed(Database &database, const QString &dataDir, const QByteArray &json,
                                   const QString &name)
{
    QString problem;
    const auto contents = BackupReader::read(json, &problem);
    if (!contents)
        return notRestored(name, problem);
    QString safetyCopy;
    // An in-memory database (tests, or a folder that cannot be saved to) has no file to copy.
    if (!dataDir.isEmpty() && database.isPersistent() && holdsAnything(database.connection())) {
        safetyCopy = keepSafetyCopy(database, dataDir, &problem);
        if (safetyCopy.isEmpty())
            return notRestored(name, problem);
    }
    if (!replaceAll(database, *contents, &problem)) {
        // Nothing was replaced, so the copy would only be clutter.
        if (!safetyCopy.isEmpty())
            QFile::remove(safetyCopy);
        return notRestored(name, problem);
    }
    return {true, {}, safetyCopy};
}

} // namespace

QByteArray Backup::exportConnection(const QSqlDatabase &connection, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QSqlDatabase db = connection;
    // One read transaction: another Hearth writing meanwhile cannot split the picture.
    if (!db.transaction()) {
        *error = db.lastError().databaseText();
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    int schemaVersion = -1;
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        schemaVersion = query.value(0).toInt();
    if (schemaVersion < 1 || schemaVersion > Database::schemaVersion) {
        *error = schemaVersion < 0 ? sqlProblem(query)
                 : schemaVersion == 0
                     ? BackupText::tr("the database holds no Hearth data yet")
                     : BackupText::tr("the database was written by a newer Hearth (schema %1); update Hearth to back it up")
                           .arg(schemaVersion);
        db.rollback();
        return {};
    }
    QByteArray json;
    {
        QJsonObject tables;
        for (const BackupSchema::Table &table : BackupSchema::tables(schemaVersion)) {
            QStringList columns;
            for (const BackupSchema::Column &column : table.columns)
                columns.append(column.name);
            QJsonArray rows;
            // Names come from our own schema, never from input.
            if (!query.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table.name + u" ORDER BY rowid"_s)) {
                *error = BackupText::tr("the table \"%1\" could not be read (%2)").arg(table.name, sqlProblem(query));
                db.rollback();
                return {};
            }
            while (query.next()) {
                QJsonObject row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), toJson(query.value(i)));
                rows.append(row);
            }
            tables.insert(table.name, rows);
        }
        query.finish();
        db.commit();
        const QJsonObject root{{u"format"_s, backupFormat},
                               {u"version"_s, BackupReader::formatVersion},
                               {u"schemaVersion"_s, schemaVersion},
                               {u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {u"tables"_s, tables}};
        // Compact: a backup must stay within what a restore reads (ImportChecks).
        json = QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
    }
    // Every backup Hearth writes can be brought back: check it as a restore would.
    QString problem;
    if (!BackupReader::read(json, &problem)) {
        *error = BackupText::tr("your data cannot be put in a backup that Hearth could restore: %1").arg(problem);
        return {};
    }
    return json;
}

QByteArray Backup::exportAll(Database &database, QString *error)
{
    return exportConnection(database.connection(), error);
}

bool Backup::readFile(const QString &path, QByteArray *json, QString *error)
{
    QString problem;
    if (readFileBounded(path, ImportChecks::maxFileBytes, json, &problem))
        return true;
    *error = BackupText::tr("%1 %2").arg(QDir::toNativeSeparators(path), problem);
    return false;
}

bool Backup::validate(const QByteArray &json, QString *problem)
{
    return BackupReader::read(json, problem).has_value();
}

bool Backup::importAll(Database &database, const QByteArray &json, QString *error)
{
    QString problem;
    const auto contents = BackupReader::read(json, &problem);
    if (!contents || !replaceAll(database, *contents, &problem)) {
        *error = notRestored(BackupText::tr("This backup"), problem).error;
        return false;
    }
    return true;
}

Backup::RestoreResult Backup::restore(Database &database, const QString &dataDir, const QByteArray &json)
{
    return restoreNamed(database, dataDir, json, BackupText::tr("This backup"));
}

Backup::RestoreResult Backup::restoreFile(Database &database, const QString &dataDir, const QString &path)
{
    QByteArray json;
    QString error;
    if (!readFile(path, &json, &error))
        return {false, BackupText::tr("%1. Nothing was changed.").arg(error), {}};
    return restoreNamed(database, dataDir, json, QDir::toNativeSeparators(path));
}

bool Backup::deleteAll(Database &database, QString *error, QList<RemovedRows> *removed)
{
    const QSqlDatabase db = database.connection();
    QString problem;
    const bool done = database.transaction([&] { return deleteEverything(db, removed, &problem); });
    if (!done) {
        if (removed)
            removed->clear();
        *error = BackupText::tr("Nothing was deleted: %1").arg(problem.isEmpty() ? db.lastError().databaseText() : problem);
        return false;
    }
    // Deleted rows can linger in the log and in free pages; compact both.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next()) {
        *error = BackupText::tr("Everything was deleted, but the file could not be compacted: %1").arg(sqlProblem(query));
        return false;
    }
    // The first column is 1 when a reader (another program) kept the log from being emptied.
    if (query.value(0).toInt() != 0) {
        *error = BackupText::tr("Everything was deleted, but another program was reading the file, so it could not be "
                    "compacted yet.");
        return false;
    }
    query.finish();
    if (!query.exec(u"VACUUM"_s)) {
        *error = BackupText::tr("Everything was deleted, but the file could not be compacted: %1").arg(sqlProblem(query));
        return false;
    }
    return true;
}
