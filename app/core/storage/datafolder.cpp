// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QStringList companionSuffixes = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

bool isCompanion(const QString &name)
{
    for (const QString &suffix : companionSuffixes) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

bool isSetAside(const QString &name)
{
    if (name.contains(u'/') || name.contains(u'\\'))
        return false;
    for (const QString &prefix : DataFolder::setAsidePrefixes()) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}
} // namespace

QStringList DataFolder::setAsidePrefixes()
{
    // "hearth.damaged-" also covers "hearth.damaged-log-".
    return {u"hearth.damaged-"_s,        u"hearth.interrupted-"_s,    u"hearth.set-aside-"_s,
            u"hearth.before-restore-"_s, u"hearth.lock.set-aside-"_s};
}

QString DataFolder::newSetAsidePath(const QString &dataDir, SetAsideKind kind)
{
    const QString prefix = kind == SetAsideKind::Damaged       ? u"hearth.damaged-"_s
                           : kind == SetAsideKind::Interrupted ? u"hearth.interrupted-"_s
                                                               : u"hearth.damaged-log-"_s;
    const QDir dir(dataDir);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s);
    for (int attempt = 1;; ++attempt) {
        QString path = dir.filePath(prefix + stamp + (attempt > 1 ? u"-%1"_s.arg(attempt) : QString())
                                          + u".sqlite"_s);
        bool taken = false;
        for (const QString &suffix : QStringList{QString()} + companionSuffixes)
            taken = taken || QFileInfo::exists(path + suffix) || QFileInfo(path + suffix).isSymLink();
        if (!taken)
            return path;
    }
}

namespace {

QString systemError(const QString &path)
{
    return u"%1: %2"_s.arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
}

// Byte for byte, to a file that did not exist, flushed to disk.
bool copyOneFile(const QString &from, const QString &to, QString *error)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        *error = systemError(from);
        return false;
    }
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                           0600);
    if (out < 0) {
        *error = systemError(to);
        ::close(in);
        return false;
    }
    bool ok = true;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = systemError(from);
            ok = false;
        }
        if (got <= 0)
            break;
        for (ssize_t done = 0; ok && done < got;) {
            const ssize_t put = ::write(out, buffer + done, size_t(got - done));
            if (put < 0 && errno == EINTR)
                continue;
            if (put < 0) {
                *error = systemError(to);
                ok = false;
            } else {
                done += put;
            }
        }
        if (!ok)
            break;
    }
    if (ok && ::fsync(out) != 0) {
        *error = systemError(to);
        ok = false;
    }
    ::close(out);
    ::close(in);
    if (!ok)
        ::unlink(QFile::encodeName(to).constData());
    return ok;
}

} // namespace

bool DataFolder::copyAside(const QString &database, const QString &target, QString *error)
{
    QStringList made;
    // The -shm is left out: SQLite rebuilds it from the log.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s}) {
        if (!suffix.isEmpty() && !QFileInfo::exists(database + suffix))
            continue;
        if (!copyOneFile(database + suffix, target + suffix, error)) {
            for (const QString &path : std::as_const(made))
                QFile::remove(path);
            return false;
        }
        made.append(target + suffix);
    }
    // The new names must reach the disk too, before SQLite changes the originals.
    const int folder = ::open(QFile::encodeName(QFileInfo(target).path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

QList<DataFolder::SetAsideFile> DataFolder::setAsideFiles(const QString &dataDir)
{
    QList<SetAsideFile> files;
    const QDir dir(dataDir);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                                                    QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (!isSetAside(name) || isCompanion(name))
            continue;
        SetAsideFile file{name, entry.isDir() ? 0 : entry.size(), entry.lastModified()};
        for (const QString &suffix : companionSuffixes) {
            const QFileInfo companion(dir.filePath(name + suffix));
            if (companion.isFile())
                file.size += companion.size();
        }
        files.append(file);
    }
    return files;
}

bool DataFolder::removeSetAside(const QString &dataDir, const QString &fileName, QString *error)
{
    if (!isSetAside(fileName)) {
        *error = u"%1 is not a copy Hearth set aside"_s.arg(fileName);
        return false;
    }
    const QDir dir(dataDir);
    const QFileInfo target(dir.filePath(fileName));
    if (target.isDir() && !target.isSymLink()) {
        if (!QDir(target.filePath()).removeRecursively()) {
            *error = u"%1 could not be removed"_s.arg(QDir::toNativeSeparators(target.filePath()));
            return false;
        }
        return true;
    }
    for (const QString &suffix : QStringList{QString()} + companionSuffixes) {
        QFile file(dir.filePath(fileName + suffix));
        if (file.exists() && !file.remove()) {
            *error = u"%1 could not be removed: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}
