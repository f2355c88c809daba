// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechoices.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace FileRules {

QString suggestedName(const QString &stem, const QString &suffix, QDate day)
{
    return stem + u'-' + day.toString(Qt::ISODate) + u'.' + suffix;
}

QString defaultFolder()
{
    // Qt names ~/Documents even where it does not exist; a dialog opened on a
    // missing folder would fall back to the working folder.
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString localPath(const QUrl &chosen, const QString &suffix)
{
    QString path;
    if (chosen.isLocalFile()) {
        path = chosen.toLocalFile();
    } else if (chosen.scheme().isEmpty() && !chosen.isEmpty()) {
        // Qt 6.4.2's own FileDialog makes a typed name into
        // QUrl(folder.path() + "/" + name): no file: scheme, so toLocalFile()
        // is empty, and a '#' or '?' in the name starts a fragment or query.
        // Putting the URL back together gives the text it was parsed from;
        // only a typed "%" followed by two hex digits ("a%20b") comes back
        // decoded ("a b"), as QUrl kept it as an escape.
        path = QUrl::fromPercentEncoding(chosen.toEncoded());
    }
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return {};
    path = QDir::cleanPath(path);
    if (!suffix.isEmpty() && !QFileInfo(path).fileName().contains(u'.'))
        path += u'.' + suffix;
    return path;
}

} // namespace FileRules

FileChoices::FileChoices(QObject *parent)
    : QObject(parent)
{
}

QUrl FileChoices::defaultFolder() const
{
    return QUrl::fromLocalFile(FileRules::defaultFolder());
}

QUrl FileChoices::suggestedFile(const QString &stem, const QString &suffix, const QUrl &folder) const
{
    QString where = FileRules::localPath(folder);
    if (where.isEmpty() || !QFileInfo(where).isDir())
        where = FileRules::defaultFolder();
    return QUrl::fromLocalFile(QDir(where).filePath(FileRules::suggestedName(stem, suffix, QDate::currentDate())));
}

QUrl FileChoices::chosenFile(const QUrl &selected, const QString &suffix) const
{
    const QString path = FileRules::localPath(selected, suffix);
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}

bool FileChoices::exists(const QUrl &file) const
{
    const QString path = FileRules::localPath(file);
    return !path.isEmpty() && QFileInfo::exists(path);
}

QString FileChoices::fileName(const QUrl &file) const
{
    return QFileInfo(FileRules::localPath(file)).fileName();
}

QString FileChoices::folderName(const QUrl &file) const
{
    const QString path = FileRules::localPath(file);
    return path.isEmpty() ? QString() : QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

QUrl FileChoices::folderOf(const QUrl &file) const
{
    const QString path = FileRules::localPath(file);
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(path).absolutePath());
}
