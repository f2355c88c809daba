// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiltermodel.h"

#include "librarymodel.h"

LibraryFilterModel::LibraryFilterModel(QObject *parent) : SearchFilterModel(LibraryModel::SearchTextRole, parent) {}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&](const QString &wanted, int role) {
        return wanted.isEmpty() || row.data(role).toString() == wanted;
    };
    return matches(m_promptKind, LibraryModel::PromptKindRole) && matches(m_sectionId, LibraryModel::SectionIdRole)
           && matches(m_deckId, LibraryModel::DeckIdRole) && matches(m_cardKind, LibraryModel::CardKindRole)
           && (m_depth == 0 || row.data(LibraryModel::DepthRole).toInt() == m_depth) && matchesSearch(row);
}
