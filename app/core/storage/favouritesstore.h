// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "favourite.h"

#include <QList>

#include <optional>

class Database;

// Reads and writes favourites. Every call is one committed transaction: what
// returned true is on disk.
class FavouritesStore
{
public:
    explicit FavouritesStore(Database &database);

    [[nodiscard]] QList<Favourite> all() const; // newest first
    [[nodiscard]] std::optional<Favourite> find(const QString &kind, const QString &contentId) const;

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
