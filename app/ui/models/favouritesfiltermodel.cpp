// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesfiltermodel.h"

#include "rowvalues.h"

#include "favouritesmodel.h"
#include "librarymodel.h"

FavouritesFilterModel::FavouritesFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &FavouritesFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FavouritesFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FavouritesFilterModel::countChanged);
}

void FavouritesFilterModel::refilter()
{
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

void FavouritesFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void FavouritesFilterModel::setSectionId(const QString &id)
{
    if (id != m_sectionId) {
        m_sectionId = id;
        refilter();
    }
}

void FavouritesFilterModel::setPromptKind(const QString &kind)
{
    if (kind != m_promptKind) {
        m_promptKind = kind;
        refilter();
    }
}

void FavouritesFilterModel::setSortBy(SortOrder order)
{
    if (order != m_sortBy) {
        m_sortBy = order;
        refilter();
    }
}

bool FavouritesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_sectionId.isEmpty() && row.data(FavouritesModel::SectionIdRole).toString() != m_sectionId)
        return false;
    if (!m_promptKind.isEmpty() && row.data(FavouritesModel::PromptKindRole).toString() != m_promptKind)
        return false;
    const QString haystack = row.data(FavouritesModel::SearchTextRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return haystack.contains(word); });
}

bool FavouritesFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime leftDate = left.data(FavouritesModel::CreatedAtRole).toDateTime();
    const QDateTime rightDate = right.data(FavouritesModel::CreatedAtRole).toDateTime();
    if (m_sortBy == BySection) {
        const int leftOrder = left.data(FavouritesModel::SectionOrderRole).toInt();
        const int rightOrder = right.data(FavouritesModel::SectionOrderRole).toInt();
        if (leftOrder != rightOrder)
            return leftOrder < rightOrder;
    }
    // Newest first within a section, and overall.
    return leftDate > rightDate;
}

QVariant FavouritesFilterModel::get(int row) const
{
    return rowValues(*this, row);
}
