// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class QSqlDatabase;

// What identifies a pack file's bytes without reading them as a pack.
struct PackFileIdentity
{
    qint64 size = -1;
    qint64 modifiedNs = -1; // since the epoch, with the file system's nanoseconds
    QByteArray hash;        // BLAKE2b (libsodium crypto_generichash) of the bytes

    bool operator==(const PackFileIdentity &) const = default;
};

// What Hearth remembers of each pack file in DIR/decks it imported (table
// pack_files, schema 7), so that a start need not read, check and compare a
// pack that has not changed: the file's identity then, what it was checked
// against, and the deck it gave. A record goes with its deck: any change to
// the deck through DeckStore forgets it (forgetDeck), and removing the deck
// removes it (ON DELETE CASCADE), so a skipped file's deck is always exactly
// what that file gave.
class PackFileRecords
{
public:
    struct Record
    {
        PackFileIdentity identity;
        QString checkedWith;
        QString deckId; // "pack.<pack id>"
    };

    explicit PackFileRecords(Database &database);

    // Size and modification time of an ordinary file at `path` (links
    // followed, as readFileBounded() does), or nothing.
    [[nodiscard]] static std::optional<PackFileIdentity> statOf(const QString &path);
    [[nodiscard]] static QByteArray hashOf(const QByteArray &data);

    // Every record whose deck is still in the database, by file name ("x.json").
    // Empty when they cannot be read: every file is then read as before.
    [[nodiscard]] QHash<QString, Record> load() const;
    // Remembers `file` as having given `record.deckId`; a record of another
    // file for the same deck is replaced (the deck is now this file's).
    bool remember(const QString &file, const Record &record);
    bool forget(const QString &file);
    // Forgets every file not in `files` (files no longer in the folder).
    bool forgetAllBut(const QStringList &files);

    // For DeckStore, inside its write transaction: the deck changed, so no
    // file may be skipped on its account.
    static bool forgetDeck(const QSqlDatabase &connection, const QString &deckId);

private:
    Database &m_database;
};
