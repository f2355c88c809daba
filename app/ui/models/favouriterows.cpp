// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouriterows.h"

#include "storage/favouritesstore.h"

#include <algorithm>

namespace {
// FavouritesStore::all()'s order.
bool newerFirst(const Favourite &a, const Favourite &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}
} // namespace

FavouriteRows::FavouriteRows(FavouritesStore &store) : m_store(store)
{
    forget();
}

void FavouriteRows::forget()
{
    m_rows.reset();
    m_starred.reset();
    m_count = m_store.count();
}

QString FavouriteRows::key(const QString &kind, const QString &contentId)
{
    return kind + u'/' + contentId;
}

bool FavouriteRows::isStarred(const QString &kind, const QString &contentId) const
{
    if (!m_starred) {
        QSet<QString> keys;
        if (m_rows) {
            keys.reserve(m_rows->size());
            for (const Favourite &f : std::as_const(*m_rows))
                keys.insert(key(f.kind, f.contentId));
        } else {
            const QList<FavouritesStore::Key> stored = m_store.keys();
            keys.reserve(stored.size());
            for (const FavouritesStore::Key &k : stored)
                keys.insert(key(k.kind, k.contentId));
            asBeforeTheChange(keys);
        }
        m_starred = std::move(keys);
    }
    return m_starred->contains(key(kind, contentId));
}

const QList<Favourite> &FavouriteRows::rows() const
{
    if (!m_rows) {
        QList<Favourite> rows = m_store.all();
        asBeforeTheChange(rows);
        m_rows = std::move(rows);
    }
    return *m_rows;
}

void FavouriteRows::adoptReadCount()
{
    m_count = m_rows ? int(m_rows->size()) : m_store.count();
    m_starred.reset(); // read again from the rows, which were read after it
}

std::optional<int> FavouriteRows::rowOf(qint64 favouriteId) const
{
    if (m_rows) {
        const auto found = std::find_if(m_rows->cbegin(), m_rows->cend(),
                                        [favouriteId](const Favourite &f) { return f.id == favouriteId; });
        return found == m_rows->cend() ? std::nullopt : std::optional(int(found - m_rows->cbegin()));
    }
    const std::optional<qsizetype> position = m_store.position(favouriteId);
    return position ? std::optional(int(*position)) : std::nullopt;
}

int FavouriteRows::rowFor(const Favourite &stored) const
{
    if (m_rows)
        return int(std::lower_bound(m_rows->cbegin(), m_rows->cend(), stored, newerFirst) - m_rows->cbegin());
    // The store already holds it, in all()'s order: the newer ones come before it.
    return int(m_store.position(stored.id).value_or(m_count));
}

void FavouriteRows::startInserting(const Favourite &favourite, int row)
{
    m_change = Change::Inserting;
    m_changed = favourite;
    m_changedRow = row;
}

void FavouriteRows::startRemoving(const Favourite &favourite, int row)
{
    m_change = Change::Removing;
    m_changed = favourite;
    m_changedRow = row;
}

void FavouriteRows::finishChange()
{
    const QString changedKey = key(m_changed.kind, m_changed.contentId);
    if (m_change == Change::Inserting) {
        if (m_rows)
            m_rows->insert(m_changedRow, m_changed);
        if (m_starred)
            m_starred->insert(changedKey);
        ++m_count;
    } else if (m_change == Change::Removing) {
        if (m_rows)
            m_rows->removeAt(m_changedRow);
        if (m_starred)
            m_starred->remove(changedKey);
        --m_count;
    }
    m_change = Change::None;
}

void FavouriteRows::asBeforeTheChange(QList<Favourite> &rows) const
{
    if (m_change == Change::Inserting) {
        rows.removeIf([this](const Favourite &f) { return f.id == m_changed.id; });
    } else if (m_change == Change::Removing) {
        if (std::none_of(rows.cbegin(), rows.cend(), [this](const Favourite &f) { return f.id == m_changed.id; }))
            rows.insert(std::min(qsizetype(m_changedRow), rows.size()), m_changed);
    }
}

void FavouriteRows::asBeforeTheChange(QSet<QString> &keys) const
{
    const QString changedKey = key(m_changed.kind, m_changed.contentId);
    if (m_change == Change::Inserting)
        keys.remove(changedKey);
    else if (m_change == Change::Removing)
        keys.insert(changedKey);
}
