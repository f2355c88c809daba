// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A whole check of the database (SQLite's quick_check) reads every page and
// row: with 10,000 favourites it is longer than all the rest of a start's
// reading (bench/README.md). What it finds is damage done to the file while
// Hearth was not writing it: a crash, a copy, a sync tool, another program.
// So as Hearth closes the file it notes beside it (hearth.sqlite-checked)
// which file it left: device, inode, size, and modification and status-change
// times, with when the file was last checked whole. A start that finds that
// very file needs no second whole check, for a week. Any write from outside
// moves the status-change time, which no program can set back; a note that is
// missing, unreadable or for another file means a whole check.
namespace IntegrityStamp {

[[nodiscard]] QString pathFor(const QString &databasePath); // DIR/hearth.sqlite-checked

// When `databasePath` was last checked whole, if it is still the file Hearth
// noted when it last closed it; nullopt otherwise.
[[nodiscard]] std::optional<QDateTime> lastWholeCheck(const QString &databasePath);
// Notes `databasePath` as it is now, checked whole at `checkedAt`. The caller
// must have closed its connection, so that SQLite has written all it will.
bool record(const QString &databasePath, const QDateTime &checkedAt, QString *error);
// Removes the note, so the next start checks the file whole.
void forget(const QString &databasePath);

} // namespace IntegrityStamp
