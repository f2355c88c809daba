// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What a backup may hold, table by table and column by column, for every
// schema version Hearth has had. A backup is checked against this before
// anything is changed. It restates migrations.cpp as data; a test keeps the
// two equal for every version.
namespace BackupSchema {

struct Column
{
    enum class Type { Integer, Text };

    QString name;
    Type type = Type::Text;
    bool nullable = false; // may hold null
    bool required = true;  // must be given: no default, not a row id
    int since = 1;         // the schema version that added it
};

struct Table
{
    QString name;
    int since = 1;
    QList<Column> columns;

    [[nodiscard]] const Column *column(QStringView columnName) const;
};

// The user's tables at `schemaVersion` (1 to Database::schemaVersion), in an
// order that satisfies foreign keys, with the columns they had then.
[[nodiscard]] QList<Table> tables(int schemaVersion);

} // namespace BackupSchema
