// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// A page of the person's own journal, usually written to one of the guide's
// journaling prompts (promptId empty when written freely).
struct JournalEntry
{
    qint64 id = 0;
    QString promptId;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The journal. Every call is one committed write: what returned true is on disk.
class JournalStore
{
public:
    explicit JournalStore(Database &database);

    [[nodiscard]] QList<JournalEntry> all() const; // most recently changed first
    [[nodiscard]] std::optional<JournalEntry> find(qint64 id) const;
    // Saves a new entry (id 0) or new words for one; fills in id and dates.
    bool save(JournalEntry &entry);
    bool remove(qint64 id);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(class QSqlQuery &query);

    Database &m_database;
    QString m_lastError;
};
