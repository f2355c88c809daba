// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// hearth --backup and --restore: the Data page's backup and restore, from a
// terminal or a script. Each prints what it did or, on stderr, what is wrong,
// naming the file, and returns the exit status: 0 done, 1 not done.
namespace BackupCommand {

// Writes the backup of `dataDir` to `file`, atomically and owner-only. Reads
// beside a running Hearth (never upgrading or repairing its files); when none
// runs, holds the folder's lock while it reads.
int backup(const QString &file, const QString &dataDir);

// Checks `file` through and through, then, unless Hearth is open on
// `dataDir`, replaces the folder's data with it, keeping a copy of what it
// replaced. An invalid backup changes nothing.
int restore(const QString &file, const QString &dataDir);

} // namespace BackupCommand
