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

// Why a copy was set aside; each has its own name, so a person can tell them apart.
enum class SetAsideKind {
    Damaged,     // hearth.damaged-<when>.sqlite: a database SQLite could not read, moved aside as it was
    Interrupted, // hearth.interrupted-<when>.sqlite: the files as they were before SQLite finished or undid
                 // a write that a crash interrupted; removed once the database opened and checked out
    DamagedLog,  // hearth.damaged-log-<when>.sqlite: the database and a write-ahead log whose damage made
                 // SQLite drop saved changes, as they were before opening
};

// File-name prefixes of set-aside copies; a companion (-wal, -shm, -journal)
// belongs to the copy whose name it extends.
[[nodiscard]] QStringList setAsidePrefixes();
// A path in `dataDir` for a new set-aside copy of `kind` that no file has yet.
[[nodiscard]] QString newSetAsidePath(const QString &dataDir, SetAsideKind kind);
// Copies the database file `database` and those of its -wal and -journal that
// exist to `target` (and `target` + the same suffix), owner-only, and on disk
// before it returns. Leaves nothing behind when it fails. The caller must not
// have the database open in this process: closing a descriptor of it would drop
// SQLite's locks.
bool copyAside(const QString &database, const QString &target, QString *error);
[[nodiscard]] QList<SetAsideFile> setAsideFiles(const QString &dataDir);
// Removes one set-aside copy with its companions. Refuses any name that is not a set-aside copy.
bool removeSetAside(const QString &dataDir, const QString &fileName, QString *error);

} // namespace DataFolder
