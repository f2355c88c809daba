// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteheader.h"

std::optional<qint32> SqliteHeader::userVersion(QByteArrayView bytes)
{
    static constexpr char magic[] = "SQLite format 3"; // and its terminating zero: 16 bytes
    if (bytes.size() < size || bytes.first(sizeof magic) != QByteArrayView(magic, sizeof magic))
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + 60;
    const quint32 value
        = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    return qint32(value);
}
