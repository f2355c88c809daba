// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// A journal: a partner's own (chosen by name) or the couple's shared one.
// `vault` holds VaultParameters::toBytes() while the journal is locked and
// is empty otherwise.
struct Journal
{
    enum class Kind { Own, Shared };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Own;
    QByteArray vault {};
    QDateTime createdAt {};

    [[nodiscard]] bool isLocked() const { return !vault.isEmpty(); }
};

// A page of a journal, usually written to one of the guide's journaling
// prompts (promptId empty when written freely). While its journal is locked
// the clear fields are empty and `sealed` holds what JournalVault sealed.
struct JournalEntry
{
    qint64 id = 0;
    QString promptId;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 journalId = 0; // 0 or 1: journal 1, the one kept before journals had owners, made if missing
    QString feeling {};   // a feeling id from the vocabulary, or empty
    QStringList tags {};  // guide section ids
    QByteArray sealed {};
};

// The journals and their pages, as stored: no rules about locks here (see
// JournalShelf). Every call is one committed write unless the caller wraps
// several in Database::transaction.
class JournalStore
{
public:
    explicit JournalStore(Database &database);

    [[nodiscard]] QList<Journal> journals() const; // in the order they were made
    [[nodiscard]] std::optional<Journal> journal(qint64 id) const;
    // Adds `journal` (id 0) and fills in its id and date.
    bool addJournal(Journal &journal);
    bool renameJournal(qint64 id, const QString &name);
    bool setVault(qint64 id, const QByteArray &vault);
    // Removes the journal and every page of it.
    bool removeJournal(qint64 id);

    [[nodiscard]] QList<JournalEntry> all() const; // every journal's, most recently changed first
    [[nodiscard]] QList<JournalEntry> entriesOf(qint64 journalId) const; // most recently changed first
    [[nodiscard]] std::optional<JournalEntry> find(qint64 id) const;
    // Saves a new entry (id 0) or new words for one; fills in id and dates.
    bool save(JournalEntry &entry);
    // Writes the entry's fields (clear and sealed) as given, keeping its dates:
    // for sealing, resealing and opening a lock, which are not new words.
    bool rewrite(const JournalEntry &entry);
    // Puts back an entry removed a moment ago, with its id and dates.
    bool restoreEntry(const JournalEntry &entry);
    bool remove(qint64 id);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(class QSqlQuery &query);
    bool ensureFirstJournal(const QString &stamp);

    Database &m_database;
    QString m_lastError;
};
