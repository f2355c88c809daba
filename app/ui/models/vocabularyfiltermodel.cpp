// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularyfiltermodel.h"

#include "librarymodel.h"
#include "vocabularymodel.h"

using namespace Qt::StringLiterals;

VocabularyFilterModel::VocabularyFilterModel(QObject *parent)
    : SearchFilterModel(VocabularyModel::SearchTextRole, parent)
{
}

bool VocabularyFilterModel::wordMatches(const QString &haystack, const QString &word) const
{
    for (qsizetype at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
        if (at == 0 || !haystack.at(at - 1).isLetter())
            return true;
    }
    return false;
}

void VocabularyFilterModel::refilter()
{
    SearchFilterModel::refilter();
    // Which row heads a group changes with the filter, for rows that stay too.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {VocabularyModel::FirstInGroupRole});
}

int VocabularyFilterModel::bestMatch() const
{
    if (searchWords().isEmpty())
        return rowCount() > 0 ? 0 : -1;
    const QString typed = LibraryModel::foldForSearch(searchText().simplified());
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

int VocabularyFilterModel::rowOfWord(const QString &word) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(VocabularyModel::WordRole).toString().compare(word, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
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

