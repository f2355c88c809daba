// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "favourite.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// Reads and writes favourites. Every call is one committed transaction: what
// returned true is on disk.
class FavouritesStore
{
public:
    explicit FavouritesStore(Database &database);

    // Which prompt a favourite stars, without its words.
    struct Key
    {
        QString kind;
        QString contentId;
    };

    [[nodiscard]] QList<Favourite> all() const; // newest first
    // The cheap reads, for a start that shows only how many there are and
    // which prompts are starred: all() reads every text and date.
    [[nodiscard]] int count() const;
    [[nodiscard]] QList<Key> keys() const; // in no particular order
    [[nodiscard]] QList<Favourite> ofKind(const QString &kind) const; // newest first
    // Where the favourite is in all(): how many are newer. Nothing when it is not stored.
    [[nodiscard]] std::optional<qsizetype> position(qint64 id) const;
    [[nodiscard]] std::optional<Favourite> find(const QString &kind, const QString &contentId) const;
    [[nodiscard]] std::optional<Favourite> find(qint64 id) const;

    // Stars a prompt; fills in id, and createdAt unless given. Starring twice keeps the first.
    bool add(Favourite &favourite);
    // Puts back a removed favourite with its id, note and date (for undo).
    bool restore(const Favourite &favourite);
    bool remove(qint64 id);
    bool setNote(qint64 id, const QString &note);
    // For the person's own words, which they may edit after starring.
    bool setSavedText(qint64 id, const QString &text);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool insert(const Favourite &favourite, bool withId);

    Database &m_database;
    QString m_lastError;
};
