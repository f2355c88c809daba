// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "walreader.h"

#include <QString>

#include <optional>

// What can be told about the database file and its companions before any SQL
// and without changing a byte: whose they are, whether this process may write
// them, which schema version the file claims (from its header, or from the
// newest header its write-ahead log would replay), and whether SQLite will have
// to finish or undo a write a crash interrupted. Database::open acts on it;
// `hearth --data-report` shows it.
//
// It reads the files directly, so call it only while this process has no
// SQLite connection to them: closing a descriptor would drop SQLite's locks.
namespace DataFileCheck {

enum class Verdict {
    Usable, // no file yet, or one Hearth may open
    NotYours, // the file or a companion belongs to another account, or is a link or not a plain file
    Unreadable, // this account may not read the file
    NotWritable, // it may read the file but not change it (permissions, a read-only disk)
    Newer, // a user_version above what this Hearth knows
    Unrecognised, // a user_version no Hearth writes (negative)
};

struct Result
{
    Verdict verdict = Verdict::Usable;
    QString problem; // in plain words, when the verdict is not Usable
    bool exists = false;
    bool hasHeader = false; // starts with SQLite's magic (an empty file does not)
    std::optional<qint32> userVersion; // as SQLite would see it once opened
    bool hasJournal = false; // a non-empty rollback journal: a write was interrupted
    bool hasWal = false; // a non-empty write-ahead log, not yet folded into the file
    WalReader::Report wal;

    // SQLite will change the files just by opening them (roll back, replay the log).
    [[nodiscard]] bool needsRecovery() const { return hasJournal || hasWal; }
};

// `newestKnown` is the highest schema version this Hearth can use.
[[nodiscard]] Result inspect(const QString &databasePath, int newestKnown);

// Whether this process could create and remove files in `dir`, without doing
// so; `problem` says why not. For a folder that does not exist yet, whether it
// could be created.
[[nodiscard]] bool canWriteFolder(const QString &dir, QString *problem);

} // namespace DataFileCheck
