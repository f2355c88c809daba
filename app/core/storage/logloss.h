// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// What a damaged write-ahead log costs: the rows that had been committed but
// that SQLite will not replay, found by replaying the log both ways (as SQLite
// does, and every readable commit) into private copies and counting each.
namespace LogLoss {

struct Estimate
{
    bool known = false; // false when the copies could not be built or counted
    qint64 rows = 0; // committed rows SQLite will not bring back
    QMap<QString, qint64> byTable; // the same, per table, for the tables that lose rows
};

// `database` and `database`-wal are files nothing else uses (a set-aside copy).
[[nodiscard]] Estimate estimate(const QString &database);

} // namespace LogLoss
