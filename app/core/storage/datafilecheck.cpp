// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafilecheck.h"

#include "sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QStringList companionSuffixes = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Whether the effective user (not the real one, as access() would ask) may do `mode` on `path`.
bool allowed(const QString &path, int mode)
{
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), mode, AT_EACCESS) == 0;
}

// Why `path` is not a plain file of this account's own, or nothing when it is (or does not exist).
// A file planted in a shared folder by someone else must never be adopted.
std::optional<QString> foreignFileProblem(const QString &path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    if (S_ISLNK(status.st_mode))
        return QObject::tr(
            "%1 is a link to another file, and Hearth keeps your data only in a file of its own")
            .arg(shown(path));
    if (!S_ISREG(status.st_mode))
        return QObject::tr("%1 is not an ordinary file").arg(shown(path));
    if (status.st_uid != ::geteuid())
        return QObject::tr("%1 belongs to another account on this computer").arg(shown(path));
    return std::nullopt;
}

// A file its owner marked read-only stays so, even for root, whom permissions do not stop.
bool markedReadOnly(const QString &path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && (status.st_mode & S_IWUSR) == 0;
}

QByteArray readStart(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

DataFileCheck::Result DataFileCheck::inspect(const QString &databasePath, int newestKnown)
{
    Result result;
    for (const QString &suffix : QStringList {QString()} + companionSuffixes) {
        if (const auto problem = foreignFileProblem(databasePath + suffix)) {
            result.verdict = Verdict::NotYours;
            result.problem = *problem;
            result.exists = QFileInfo(databasePath).isSymLink() || QFileInfo::exists(databasePath);
            return result;
        }
    }
    result.exists = QFileInfo::exists(databasePath);
    if (!result.exists)
        return result;

    const QString journal = databasePath + u"-journal"_s;
    const QString wal = databasePath + u"-wal"_s;
    for (const QString &path : {databasePath, journal, wal}) {
        if (QFileInfo::exists(path) && !allowed(path, R_OK)) {
            result.verdict = Verdict::Unreadable;
            result.problem
                = QObject::tr("Hearth is not allowed to read %1 (%2)").arg(shown(path), lastSystemError());
            return result;
        }
    }

    const QByteArray header = readStart(databasePath, SqliteHeader::size);
    result.userVersion = SqliteHeader::userVersion(header);
    result.hasHeader = result.userVersion.has_value();
    result.hasJournal = QFileInfo(journal).size() > 0;
    const qint64 walSize = QFileInfo(wal).size();
    result.hasWal = walSize > 0;
    if (result.hasWal && walSize <= WalReader::maxImageBytes) {
        const QByteArray log = readStart(wal, walSize);
        result.wal = WalReader::read(log);
        // Once opened, the database's header is the newest one the log replays.
        if (result.wal.newestHeaderOffset >= 0) {
            if (const auto version = SqliteHeader::userVersion(
                    QByteArrayView(log).sliced(result.wal.newestHeaderOffset, result.wal.pageSize)))
                result.userVersion = version;
        }
    }

    if (result.userVersion && *result.userVersion < 0) {
        result.verdict = Verdict::Unrecognised;
        result.problem = QObject::tr("%1 says it has version %2 of Hearth's data, which no Hearth writes")
                             .arg(shown(databasePath))
                             .arg(*result.userVersion);
        return result;
    }
    if (result.userVersion && *result.userVersion > newestKnown) {
        result.verdict = Verdict::Newer;
        result.problem
            = QObject::tr("%1 was written by a newer version of Hearth (data version %2; this one knows "
                          "up to %3)")
                  .arg(shown(databasePath))
                  .arg(*result.userVersion)
                  .arg(newestKnown);
        return result;
    }

    for (const QString &suffix : QStringList {QString()} + companionSuffixes) {
        const QString path = databasePath + suffix;
        if (!QFileInfo::exists(path))
            continue;
        const bool readOnly = markedReadOnly(path);
        if (readOnly || !allowed(path, R_OK | W_OK)) {
            result.verdict = Verdict::NotWritable;
            result.problem
                = QObject::tr("Hearth is not allowed to change %1 (%2)")
                      .arg(shown(path), readOnly ? QObject::tr("it is marked read-only") : lastSystemError());
            return result;
        }
    }
    return result;
}

bool DataFileCheck::canWriteFolder(const QString &dir, QString *problem)
{
    // A folder that does not exist yet is made inside the nearest one that does.
    QString existing = QDir::cleanPath(QDir(dir).absolutePath());
    while (!QFileInfo::exists(existing) && QFileInfo(existing).path() != existing)
        existing = QFileInfo(existing).path();
    if (!QFileInfo(existing).isDir()) {
        *problem = QObject::tr("%1 is not a folder").arg(shown(existing));
        return false;
    }
    if (!allowed(existing, W_OK | X_OK)) {
        *problem = QObject::tr("%1 cannot be written (%2)").arg(shown(existing), lastSystemError());
        return false;
    }
    return true;
}
