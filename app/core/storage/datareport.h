// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// What `hearth --data-report` says about a data folder: where the data is,
// whether a normal start would save there and if not why, the schema version
// and rows per table of the file on disk, and the copies set aside. It changes
// nothing in the folder: it looks at the files without SQL, and where SQLite
// would have to recover them (a journal, a log) it opens private copies in a
// temporary folder of its own instead.
namespace DataReport {

// {dataDir, database, saving, reason, schemaVersion, counts, setAside}
[[nodiscard]] QJsonObject make(const QString &dataDir);

} // namespace DataReport
