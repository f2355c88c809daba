// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/favourite.h"

#include <QList>
#include <QSet>

#include <optional>

class FavouritesStore;

// What FavouritesModel has read of the store, each part when it is first
// needed: how many there are at once (the rail shows it at start), which
// prompts are starred when first asked (the Library's stars), and every
// favourite's words, note and date when first shown. With 10,000 favourites
// reading them all cost a fifth of the start-up.
//
// The rows are there from the start as far as anyone can tell: the count is
// right, and a change made before they are read is placed where reading them
// would put it, so the model never has to announce rows appearing.
class FavouriteRows
{
public:
    explicit FavouriteRows(FavouritesStore &store);

    // Forgets what was read and counts again (after an import, a restore, Delete all).
    void forget();

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] bool isStarred(const QString &kind, const QString &contentId) const;
    [[nodiscard]] bool rowsRead() const { return m_rows.has_value(); }
    // Every favourite, newest first; read the first time.
    [[nodiscard]] const QList<Favourite> &rows() const;
    // The rows when they have been read, to change one in place; null before.
    [[nodiscard]] QList<Favourite> *rowsIfRead() { return m_rows ? &*m_rows : nullptr; }
    // After rows() was read: false if it found another number than count() said.
    [[nodiscard]] bool readAsCounted() const { return !m_rows || m_rows->size() == m_count; }
    // Believes what was read (after readAsCounted() said false, inside a model reset).
    void adoptReadCount();

    // The row of a stored favourite, or nothing when it is not one of them.
    [[nodiscard]] std::optional<int> rowOf(qint64 favouriteId) const;
    // The row a favourite just written to the store goes in.
    [[nodiscard]] int rowFor(const Favourite &stored) const;

    // A change already written to the store, shown between the model's
    // begin...() and end...(): whatever is read in between (a view looking
    // at the neighbours) is read as it was before the change.
    void startInserting(const Favourite &favourite, int row);
    void startRemoving(const Favourite &favourite, int row);
    void finishChange();

private:
    enum class Change { None, Inserting, Removing };
    [[nodiscard]] static QString key(const QString &kind, const QString &contentId);
    // Undoes the change in progress on what was just read, which the store already holds.
    void asBeforeTheChange(QList<Favourite> &rows) const;
    void asBeforeTheChange(QSet<QString> &keys) const;

    FavouritesStore &m_store;
    int m_count = 0;
    mutable std::optional<QList<Favourite>> m_rows;
    mutable std::optional<QSet<QString>> m_starred;
    Change m_change = Change::None;
    Favourite m_changed;
    int m_changedRow = 0;
};
