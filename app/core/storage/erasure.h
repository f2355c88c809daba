// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Database;

// "Delete all my data": every row the person wrote (work in progress too),
// compacted out of the file, and every copy Hearth set aside in the folder.
namespace Erasure {

struct Report
{
    bool deleted = false; // false: nothing was deleted, and `problem` says why
    QString problem;      // with `deleted`: what could not be finished (compacting the file)
    qint64 rows = 0;          // rows deleted, over every table
    int copies = 0;           // set-aside copies removed
    QStringList copiesLeft;   // why a copy could not be removed, one sentence each
};

[[nodiscard]] Report eraseEverything(Database &database, const QString &dataDir);

} // namespace Erasure
