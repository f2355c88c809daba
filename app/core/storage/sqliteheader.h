// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

// The 100-byte header at the start of an SQLite database file
// (https://www.sqlite.org/fileformat2.html#the_database_header), read from
// bytes, before and without any SQL.
namespace SqliteHeader {

constexpr qsizetype size = 100;

// The schema version Hearth keeps in user_version (bytes 60..63, big-endian),
// or nothing when `bytes` does not start with a database header.
[[nodiscard]] std::optional<qint32> userVersion(QByteArrayView bytes);

} // namespace SqliteHeader
