// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiltermodel.h"

#include "librarymodel.h"

LibraryFilterModel::LibraryFilterModel(QObject *parent) : SearchFilterModel(LibraryModel::SearchTextRole, parent) {}

void LibraryFilterModel::setSourceModel(QAbstractItemModel *source)
{
    m_library = qobject_cast<LibraryModel *>(source);
    SearchFilterModel::setSourceModel(source);
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_library)
        return SearchFilterModel::filterAcceptsRow(sourceRow, sourceParent);
    // Every row is tested on each keystroke: read the stored values, not data().
    const LibraryModel::Entry &e = m_library->entry(sourceRow);
    const auto matches = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || value == wanted;
    };
    return matches(m_promptKind, e.promptKind) && matches(m_sectionId, e.sectionId) && matches(m_deckId, e.deckId)
           && matches(m_cardKind, e.cardKind) && (m_depth == 0 || e.depth == m_depth) && matchesSearch(sourceRow);
}

QString LibraryFilterModel::sourceSearchText(int sourceRow) const
{
    return m_library ? m_library->entry(sourceRow).searchText : SearchFilterModel::sourceSearchText(sourceRow);
}
