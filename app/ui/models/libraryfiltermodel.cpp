// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiltermodel.h"

#include "rowvalues.h"

#include "librarymodel.h"

LibraryFilterModel::LibraryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &LibraryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LibraryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LibraryFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &LibraryFilterModel::countChanged);
}

void LibraryFilterModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
    emit countChanged();
}

void LibraryFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    // Every word must appear somewhere, in any order: "trust small" finds "small acts of trust".
    m_searchWords = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void LibraryFilterModel::setPromptKind(const QString &kind)
{
    if (kind != m_promptKind) {
        m_promptKind = kind;
        refilter();
    }
}

void LibraryFilterModel::setSectionId(const QString &id)
{
    if (id != m_sectionId) {
        m_sectionId = id;
        refilter();
    }
}

void LibraryFilterModel::setDeckId(const QString &id)
{
    if (id != m_deckId) {
        m_deckId = id;
        refilter();
    }
}

void LibraryFilterModel::setDepth(int depth)
{
    if (depth != m_depth) {
        m_depth = depth;
        refilter();
    }
}

void LibraryFilterModel::setCardKind(const QString &kind)
{
    if (kind != m_cardKind) {
        m_cardKind = kind;
        refilter();
    }
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&](const QString &wanted, int role) {
        return wanted.isEmpty() || row.data(role).toString() == wanted;
    };
    if (!matches(m_promptKind, LibraryModel::PromptKindRole) || !matches(m_sectionId, LibraryModel::SectionIdRole)
        || !matches(m_deckId, LibraryModel::DeckIdRole) || !matches(m_cardKind, LibraryModel::CardKindRole))
        return false;
    if (m_depth > 0 && row.data(LibraryModel::DepthRole).toInt() != m_depth)
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = row.data(LibraryModel::SearchTextRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return haystack.contains(word); });
}

QVariant LibraryFilterModel::get(int row) const
{
    return rowValues(*this, row);
}
