// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfiltermodel.h"

#include "librarymodel.h"
#include "rowvalues.h"

SearchFilterModel::SearchFilterModel(int searchTextRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchTextRole(searchTextRole)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SearchFilterModel::countChanged);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void SearchFilterModel::refilter()
{
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return matchesSearch(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool SearchFilterModel::matchesSearch(const QModelIndex &sourceIndex) const
{
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = sourceIndex.data(m_searchTextRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return wordMatches(haystack, word); });
}

bool SearchFilterModel::wordMatches(const QString &haystack, const QString &word) const
{
    return haystack.contains(word);
}

QVariant SearchFilterModel::get(int row) const
{
    return rowValues(*this, row);
}
