// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularyfiltermodel.h"

#include "librarymodel.h"
#include "rowvalues.h"
#include "vocabularymodel.h"

using namespace Qt::StringLiterals;

namespace {

// True when `word` starts `haystack` or one of its words.
bool startsAWord(const QString &haystack, const QString &word)
{
    for (qsizetype at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
        if (at == 0 || !haystack.at(at - 1).isLetter())
            return true;
    }
    return false;
}

} // namespace

VocabularyFilterModel::VocabularyFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &VocabularyFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &VocabularyFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &VocabularyFilterModel::countChanged);
}

void VocabularyFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
    // Which row heads a group changes with the filter, for rows that stay too.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {VocabularyModel::FirstInGroupRole});
    emit searchTextChanged();
    emit countChanged();
}

bool VocabularyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchWords.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = row.data(VocabularyModel::SearchTextRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return startsAWord(haystack, word); });
}

int VocabularyFilterModel::bestMatch() const
{
    if (m_searchWords.isEmpty())
        return rowCount() > 0 ? 0 : -1;
    const QString typed = LibraryModel::foldForSearch(m_searchText.simplified());
    int startsWith = -1;
    for (int row = 0; row < rowCount(); ++row) {
        const QString word = LibraryModel::foldForSearch(index(row, 0).data(VocabularyModel::WordRole).toString());
        if (word == typed)
            return row;
        if (startsWith < 0 && word.startsWith(typed))
            startsWith = row;
    }
    return startsWith >= 0 ? startsWith : (rowCount() > 0 ? 0 : -1);
}

QVariant VocabularyFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != VocabularyModel::FirstInGroupRole || !index.isValid())
        return QSortFilterProxyModel::data(index, role);
    if (index.row() == 0)
        return true;
    const QVariant group = QSortFilterProxyModel::data(index, VocabularyModel::GroupIdRole);
    return QSortFilterProxyModel::data(this->index(index.row() - 1, 0), VocabularyModel::GroupIdRole) != group;
}

QVariant VocabularyFilterModel::get(int row) const
{
    return rowValues(*this, row);
}
