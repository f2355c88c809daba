// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// What Hearth keeps in its data folder besides the live database: copies it
// set aside (a damaged database, a log whose frames could not be read, what a
// restore replaced). Each is listed for the person on every start, with size
// and date, and can be removed; "Delete all" removes them all.
namespace DataFolder {

struct SetAsideFile
{
    QString fileName; // relative to the data folder
    qint64 size = 0;  // bytes, with its -wal/-shm/-journal companions
    QDateTime modified;
};

// File-name prefixes of set-aside copies; a companion (-wal, -shm, -journal)
// belongs to the copy whose name it extends.
[[nodiscard]] QStringList setAsidePrefixes();
[[nodiscard]] QList<SetAsideFile> setAsideFiles(const QString &dataDir);
// Removes one set-aside copy with its companions. Refuses any name that is not a set-aside copy.
bool removeSetAside(const QString &dataDir, const QString &fileName, QString *error);

} // namespace DataFolder
