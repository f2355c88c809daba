// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// How many rows each of Hearth's tables holds: what --data-report shows, and
// how a damaged log's cost is measured.
namespace RowCounts {

// Table name to rows, for those of Migrations::userTables() that exist.
using Counts = QMap<QString, qint64>;

// Counts on an open connection; nothing when the schema cannot be read.
[[nodiscard]] std::optional<Counts> of(const QSqlDatabase &db, QString *problem);

// Counts the database file at `path` on a connection of its own. Opening may
// change the file as any SQLite open does (a journal rolled back, a log
// replayed): pass private copies only.
[[nodiscard]] std::optional<Counts> ofFile(const QString &path, QString *problem);

} // namespace RowCounts
