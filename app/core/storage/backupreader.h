// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

// Reads and checks a whole backup file, touching no database: its size and
// shape, the format and its versions, every table the file's schema had (no
// more, no fewer), every field, and the kind and size of every value. What
// passes can be written as it is; what is refused is described in plain
// words. No SQL here, so a fuzzer can be pointed straight at it.
namespace BackupReader {

// The current backup format's version.
constexpr int formatVersion = 1;

// A backup that passed every check.
struct Contents
{
    int version = 0;
    int schemaVersion = 0; // of the file
    QJsonObject tables;    // as in the file; read them with forEachRow()
    QDateTime exportedAt;  // when the backup was made (UTC); invalid when the file does not say
};

// What a checked backup holds, in the person's terms: asked before a restore
// replaces anything, so they know what they are bringing back.
struct Summary
{
    QDateTime exportedAt; // invalid when unknown
    qsizetype favourites = 0;
    qsizetype drafts = 0;       // statements kept from the builder
    qsizetype journalPages = 0;
    qsizetype conversations = 0;
    qsizetype appreciations = 0;
    qsizetype drillsDone = 0;
    bool freeWrite = false;     // words in the free-write coach

    [[nodiscard]] bool isEmpty() const
    {
        return favourites + drafts + journalPages + conversations + appreciations + drillsDone == 0 && !freeWrite;
    }
};
[[nodiscard]] Summary summarize(const Contents &contents);

// The checked contents, or nothing with `problem` saying what is wrong (a
// clause such as: the table "sessions" is missing).
[[nodiscard]] std::optional<Contents> read(const QByteArray &json, QString *problem);

// Each row of `table` as the current schema has it (a backup of an older
// schema is upgraded on the way): the row's columns, each a known column of
// the table, and their values (qint64, QString, or a null QString), ready to
// bind. Rows are made one at a time, so a large backup is never held twice.
// Stops and returns false when `take` does.
using RowFunction = std::function<bool(const QStringList &columns, const QVariantList &values)>;
bool forEachRow(const Contents &contents, const QString &table, const RowFunction &take);

} // namespace BackupReader
