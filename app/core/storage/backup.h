// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class Database;

// Everything the user has written, out to one JSON file and back, and the
// means to delete it all. A round trip loses nothing.
namespace Backup {

[[nodiscard]] QByteArray exportAll(Database &database);
// Replaces all user data with the backup's, in one transaction: on any
// problem nothing changes and `error` says why.
bool importAll(Database &database, const QByteArray &json, QString *error);
// Deletes every row the user wrote, then compacts the file so the words are
// gone from the disk too.
bool deleteAll(Database &database, QString *error);

} // namespace Backup
