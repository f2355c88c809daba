// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A whole check of the database (SQLite's quick_check) reads every page and
// row, longer than all the rest of a start's reading with a large collection.
// What it is for is damage done to the file while Hearth was not using it.
// So at a clean close Hearth notes beside the file (hearth.sqlite-checked)
// which file it left (device, inode, size, modification and status-change
// times) and when it was last checked whole; a start that finds that very
// file takes the note and skips the whole check, for a week. The note is
// taken away as the file is opened: a crash leaves none.
//
// What this cannot see: damage that changes none of those (the disk's own
// faults) waits for the weekly check or for a query to meet it.
namespace IntegrityStamp {

[[nodiscard]] QString pathFor(const QString &databasePath); // DIR/hearth.sqlite-checked

// Which file a path names: the same after edits, another after a copy or
// a rename over it.
struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    friend bool operator==(const FileId &, const FileId &) = default;
};
[[nodiscard]] std::optional<FileId> fileIdOf(const QString &path);

// Removes the note and says when `databasePath` was last checked whole, if
// the note was for the file as it is now; nullopt otherwise, or when the
// note could not be removed.
[[nodiscard]] std::optional<QDateTime> take(const QString &databasePath);
// Notes `databasePath` as it is now, checked whole at `checkedAt`, if it is
// still the file `opened`. The caller must have closed its connection, so
// that SQLite has written all it will.
bool record(const QString &databasePath, const FileId &opened, const QDateTime &checkedAt, QString *error);

} // namespace IntegrityStamp
