// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class Database;
class QSqlDatabase;

// Everything the user has written, out to one JSON file and back, and the
// means to delete it all. A round trip loses nothing; a backup is checked
// through and through (BackupReader) before anything is changed, so nothing
// is ever half restored.
namespace Backup {

// The backup as JSON, read in one transaction so it is one moment's picture.
// Empty, with `error` set, when the database cannot be read.
[[nodiscard]] QByteArray exportAll(Database &database, QString *error = nullptr);
// The same from any connection to a Hearth database, such as a read-only one
// opened beside a running Hearth (hearth --backup).
[[nodiscard]] QByteArray exportConnection(const QSqlDatabase &connection, QString *error);

// Reads a backup file in bounded time and memory (an ordinary file of at most
// ImportChecks::maxFileBytes). On failure `error` names the file and what is wrong.
bool readFile(const QString &path, QByteArray *json, QString *error);
// Checks a backup without changing anything; `problem` says what is wrong
// ("the table \"sessions\" is missing").
bool validate(const QByteArray &json, QString *problem);

// Replaces all user data with the backup's, in one transaction: on any
// problem nothing changes and `error` says why. Keeps no copy; see restore().
bool importAll(Database &database, const QByteArray &json, QString *error);

struct RestoreResult
{
    bool ok = false;
    QString error;      // for the person, when !ok; says that nothing was changed
    QString safetyCopy; // full path of the copy of what was replaced; empty when there was nothing
};
// Checks the backup, then keeps a copy of the database as it is
// (DATA/hearth.before-restore-<time>.sqlite, owner-only; listed by
// DataFolder::setAsideFiles), then replaces all user data in one transaction.
// `dataDir` is the database's folder; empty, or an in-memory database, keeps no copy.
// When the copy cannot be made, nothing is replaced.
[[nodiscard]] RestoreResult restore(Database &database, const QString &dataDir, const QByteArray &json);
// readFile() then restore(); errors name the file.
[[nodiscard]] RestoreResult restoreFile(Database &database, const QString &dataDir, const QString &path);

struct RemovedRows
{
    QString table;
    qint64 rows = 0;
};
// Deletes every row the user wrote, then compacts the file so the words are
// gone from the disk too. `removed` (optional) gets the rows deleted per
// table, in Migrations::userTables() order. False with `error` when the rows
// could not be deleted (nothing was), or when they were but the file could
// not be compacted (the words may linger on disk until Hearth next compacts it).
bool deleteAll(Database &database, QString *error, QList<RemovedRows> *removed = nullptr);

} // namespace Backup
