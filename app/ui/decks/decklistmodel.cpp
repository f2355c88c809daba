// SPDX-License-Identifier: GPL-3.0-or-later
#include "decklistmodel.h"

DeckListModel::DeckListModel(QObject *parent) : QAbstractListModel(parent) {}

int DeckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decks.size());
}

QVariant DeckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredDeck &d = m_decks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return d.deck.title;
    case DeckIdRole: return d.deck.id;
    case DescriptionRole: return d.deck.description;
    case MoodRole: return d.deck.mood;
    case CardCountRole: return int(d.cards.size());
    case SourceRole: return d.source;
    }
    return {};
}

QHash<int, QByteArray> DeckListModel::roleNames() const
{
    return {{DeckIdRole, "deckId"}, {TitleRole, "title"},         {DescriptionRole, "description"},
            {MoodRole, "mood"},     {CardCountRole, "cardCount"}, {SourceRole, "source"}};
}

int DeckListModel::rowOf(const QString &deckId) const
{
    for (qsizetype row = 0; row < m_decks.size(); ++row) {
        if (m_decks.at(row).deck.id == deckId)
            return int(row);
    }
    return -1;
}

const StoredDeck *DeckListModel::deck(const QString &deckId) const
{
    const int row = rowOf(deckId);
    return row < 0 ? nullptr : &m_decks.at(row);
}

void DeckListModel::setDecks(const QList<StoredDeck> &decks)
{
    const qsizetype before = m_decks.size();
    // Decks come oldest first and only one changes at a time: remove the rows
    // that went, change the ones that stayed, add the new ones at the end.
    for (qsizetype row = m_decks.size() - 1; row >= 0; --row) {
        const QString &id = m_decks.at(row).deck.id;
        const bool stays = std::any_of(decks.cbegin(), decks.cend(), [&](const StoredDeck &d) { return d.deck.id == id; });
        if (!stays) {
            beginRemoveRows({}, int(row), int(row));
            m_decks.removeAt(row);
            endRemoveRows();
        }
    }
    QList<StoredDeck> added;
    for (const StoredDeck &d : decks) {
        const int row = rowOf(d.deck.id);
        if (row < 0) {
            added.append(d);
            continue;
        }
        m_decks[row] = d;
        emit dataChanged(index(row), index(row));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_decks.size()), int(m_decks.size() + added.size() - 1));
        m_decks.append(added);
        endInsertRows();
    }
    if (m_decks.size() != before)
        emit countChanged();
}
