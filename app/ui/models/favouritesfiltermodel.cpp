// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesfiltermodel.h"

#include "favouritesmodel.h"

FavouritesFilterModel::FavouritesFilterModel(QObject *parent)
    : SearchFilterModel(FavouritesModel::SearchTextRole, parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

bool FavouritesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_sectionId.isEmpty() && row.data(FavouritesModel::SectionIdRole).toString() != m_sectionId)
        return false;
    if (!m_promptKind.isEmpty() && row.data(FavouritesModel::PromptKindRole).toString() != m_promptKind)
        return false;
    return matchesSearch(row);
}

bool FavouritesFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortBy == BySection) {
        const int leftOrder = left.data(FavouritesModel::SectionOrderRole).toInt();
        const int rightOrder = right.data(FavouritesModel::SectionOrderRole).toInt();
        if (leftOrder != rightOrder)
            return leftOrder < rightOrder;
    }
    // Newest first within a section, and overall.
    return left.data(FavouritesModel::CreatedAtRole).toDateTime() > right.data(FavouritesModel::CreatedAtRole).toDateTime();
}
