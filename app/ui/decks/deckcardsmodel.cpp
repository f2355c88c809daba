// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckcardsmodel.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"

DeckCardsModel::DeckCardsModel(const ContentRepository &content, QObject *parent)
    : QAbstractListModel(parent), m_content(content)
{
}

int DeckCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant DeckCardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ShownTextRole: return PartnerPlaceholder::render(c.text);
    case TextRole: return c.text;
    case CardIdRole: return c.id;
    case SectionIdRole: return c.section;
    case SectionTitleRole: {
        const GuideSection *section = m_content.section(c.section);
        return section ? section->title : QString();
    }
    case DepthRole: return c.depth;
    case CardKindRole: return c.kind;
    case AnsweredByRole: return c.answeredBy;
    case FollowUpsRole: return c.followUps;
    case ListenerHintRole: return c.listenerHint;
    }
    return {};
}

QHash<int, QByteArray> DeckCardsModel::roleNames() const
{
    return {{CardIdRole, "cardId"},         {TextRole, "text"},         {ShownTextRole, "shownText"},
            {SectionIdRole, "sectionId"},   {SectionTitleRole, "sectionTitle"}, {DepthRole, "depth"},
            {CardKindRole, "cardKind"},     {AnsweredByRole, "answeredBy"}, {FollowUpsRole, "followUps"},
            {ListenerHintRole, "listenerHint"}};
}

int DeckCardsModel::rowOf(const QString &cardId) const
{
    for (qsizetype row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id == cardId)
            return int(row);
    }
    return -1;
}

void DeckCardsModel::setCards(const QList<Card> &cards)
{
    const qsizetype before = m_cards.size();
    beginResetModel();
    m_cards = cards;
    endResetModel();
    if (m_cards.size() != before)
        emit countChanged();
}

void DeckCardsModel::insertCard(int row, const Card &card)
{
    row = std::clamp(row, 0, int(m_cards.size()));
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
    emit countChanged();
}

void DeckCardsModel::replaceCard(int row, const Card &card)
{
    if (row < 0 || row >= m_cards.size())
        return;
    m_cards[row] = card;
    emit dataChanged(index(row), index(row));
}

void DeckCardsModel::removeCard(int row)
{
    if (row < 0 || row >= m_cards.size())
        return;
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void DeckCardsModel::moveCard(int from, int to)
{
    if (from < 0 || from >= m_cards.size() || to < 0 || to >= m_cards.size() || from == to)
        return;
    // beginMoveRows names the row the card goes before, counted before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_cards.move(from, to);
    endMoveRows();
}
