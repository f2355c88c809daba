// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallistmodel.h"

#include "journal/journalshelf.h"
#include "rowvalues.h"

JournalListModel::JournalListModel(const JournalShelf &shelf, QObject *parent)
    : QAbstractListModel(parent), m_shelf(shelf)
{
    reload();
}

void JournalListModel::reload()
{
    beginResetModel();
    m_journals = m_shelf.journals();
    endResetModel();
    emit countChanged();
}

void JournalListModel::refreshStates()
{
    if (m_journals.isEmpty())
        return;
    m_journals = m_shelf.journals();
    emit dataChanged(index(0), index(int(m_journals.size()) - 1), {LockedRole, OpenRole});
}

int JournalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_journals.size());
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Journal &journal = m_journals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return JournalShelf::displayName(journal);
    case JournalIdRole:
        return int(journal.id);
    case SharedRole:
        return journal.kind == Journal::Kind::Shared;
    case LockedRole:
        return journal.isLocked();
    case OpenRole:
        return m_shelf.isOpen(journal.id);
    }
    return {};
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    return {{JournalIdRole, "journalId"}, {NameRole, "name"}, {SharedRole, "shared"},
            {LockedRole, "locked"},       {OpenRole, "open"}};
}

QStringList JournalListModel::names() const
{
    QStringList names;
    for (const Journal &journal : m_journals)
        names.append(JournalShelf::displayName(journal));
    return names;
}

int JournalListModel::rowOf(int journalId) const
{
    for (qsizetype row = 0; row < m_journals.size(); ++row) {
        if (m_journals.at(row).id == journalId)
            return int(row);
    }
    return -1;
}

QVariant JournalListModel::get(int row) const
{
    return rowValues(*this, row);
}
