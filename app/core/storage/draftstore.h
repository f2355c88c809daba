// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// A statement a person built alone: its four parts, and the words as they
// finally put them (which they may have edited by hand).
struct Draft
{
    qint64 id = 0;
    QString feeling;
    QString situation;
    QString need;
    QString request;
    bool requestCanBeRefused = false; // the builder's "could my partner say no?" tick
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Draft &) const = default;
};

// Drafts from the statement builder.
// Every call is one committed write: what returned true is on disk.
class DraftStore
{
public:
    // A starred draft is a favourite of this kind, with favouriteId() as its content id.
    static QString favouriteKind() { return QStringLiteral("statement"); }
    [[nodiscard]] static QString favouriteId(qint64 draftId);
    // The draft a favourite's content id names, or 0 when it names none.
    [[nodiscard]] static qint64 draftIdOf(const QString &favouriteId);

    explicit DraftStore(Database &database);

    [[nodiscard]] QList<Draft> all() const; // most recently changed first
    [[nodiscard]] std::optional<Draft> find(qint64 id) const;

    // Saves a new draft; fills in id and both dates. An id is never given
    // twice while a favourite still names it, so a new draft is never starred.
    bool add(Draft &draft);
    // Saves the words of an existing draft, and of its favourite when it is
    // starred, in one transaction; fills in updatedAt.
    bool update(Draft &draft);
    bool remove(qint64 id);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(class QSqlQuery &query);

    bool updateDraftRow(Draft &draft);

    Database &m_database;
    QString m_lastError;
};
