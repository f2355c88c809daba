// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    return {u"hearth.damaged-"_s, u"hearth.set-aside-"_s, u"hearth.before-restore-"_s, u"hearth.lock.set-aside-"_s};
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
