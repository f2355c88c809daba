// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "folderforcommand.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "storage/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return 1;
}

// True when `file` is one of the files Hearth keeps in `dataDir`: writing a
// backup over them would destroy what it is meant to keep.
bool isOwnDataFile(const QString &file, const QString &dataDir)
{
    const QString folder = QFileInfo(dataDir).canonicalFilePath();
    const QFileInfo target(file);
    if (folder.isEmpty() || QFileInfo(target.absolutePath()).canonicalFilePath() != folder)
        return false;
    const QString name = target.fileName();
    return name == InstanceLock::fileName() || name.startsWith(Database::fileName());
}

// Reads the backup through a read-only connection of its own: a Hearth that
// holds the folder keeps writing undisturbed (WAL lets one reader in), and
// nothing here may upgrade or repair its file.
QByteArray readBackup(const QString &databasePath, QString *error)
{
    const QString name = u"hearth-backup-command"_s;
    QByteArray json;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            *error = db.lastError().databaseText();
        else
            json = Backup::exportConnection(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return json;
}

} // namespace

int BackupCommand::backup(const QString &file, const QString &dataDir)
{
    const QString databasePath = QDir(dataDir).filePath(Database::fileName());
    if (!QFileInfo(databasePath).isFile())
        return fail(u"there is no Hearth data in %1 (no %2 there), so nothing was backed up"_s.arg(
            native(dataDir), Database::fileName()));
    if (isOwnDataFile(file, dataDir))
        return fail(u"%1 is one of Hearth's own files; save the backup elsewhere"_s.arg(native(file)));

    // When no Hearth holds the folder, hold it while reading, so none starts
    // and upgrades the file meanwhile; when one does, read beside it.
    InstanceLock lock(dataDir);
    [[maybe_unused]] const InstanceLock::Result held = lock.tryAcquire();

    QString error;
    const QByteArray json = readBackup(databasePath, &error);
    if (json.isEmpty())
        return fail(u"%1 could not be read, so nothing was backed up: %2"_s.arg(native(databasePath), error));
    if (!writeFileAtomically(file, json, &error))
        return fail(u"the backup could not be written to %1: %2"_s.arg(native(file), error));
    std::printf("Saved everything kept in %s to %s. Keep it somewhere private: it holds your own words.\n",
                qPrintable(native(dataDir)), qPrintable(native(file)));
    return 0;
}

int BackupCommand::restore(const QString &file, const QString &dataDir)
{
    // Check the whole file before touching the folder at all.
    QByteArray json;
    QString error;
    if (!Backup::readFile(file, &json, &error))
        return fail(u"%1. Nothing was changed."_s.arg(error));
    QString problem;
    if (!Backup::validate(json, &problem))
        return fail(u"%1 was not restored: %2. Nothing was changed."_s.arg(native(file), problem));
    json.clear(); // restoreFile() reads and checks it again, once the folder is ours

    FolderForCommand folder(dataDir, u"restored"_s, u"restore"_s);
    if (!folder.problem().isEmpty())
        return fail(folder.problem());
    Database &database = folder.database();

    const Backup::RestoreResult result = Backup::restoreFile(database, dataDir, file);
    if (!result.ok)
        return fail(result.error);
    std::printf("Restored %s from %s.", qPrintable(native(dataDir)), qPrintable(native(file)));
    if (result.safetyCopy.isEmpty())
        std::printf(" There was nothing there before to keep.\n");
    else
        std::printf(" What it replaced is kept in %s.\n", qPrintable(native(result.safetyCopy)));
    return 0;
}
