// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionreachmodel.h"

#include <algorithm>

SectionReachModel::SectionReachModel(QObject *parent) : QAbstractListModel(parent) {}

void SectionReachModel::setSections(const QList<SectionReach> &sections)
{
    const bool countChanges = sections.size() != m_sections.size();
    const int exploredBefore = explored();
    beginResetModel();
    m_sections = sections;
    endResetModel();
    if (countChanges)
        emit countChanged();
    if (explored() != exploredBefore)
        emit exploredChanged();
}

int SectionReachModel::explored() const
{
    return int(std::count_if(m_sections.cbegin(), m_sections.cend(),
                             [](const SectionReach &section) { return section.cardsDiscussed > 0; }));
}

int SectionReachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QString SectionReachModel::description(const SectionReach &section) const
{
    if (section.cardsDiscussed == 0)
        return tr("%1: still ahead of you", "a section of the guide no card of which was talked about").arg(section.title);
    const QString cards = tr("%n card(s) talked about", nullptr, section.cardsDiscussed);
    switch (section.deepestDepth) {
    case 1:
        return tr("%1: %2, light ones so far").arg(section.title, cards);
    case 2:
        return tr("%1: %2, as far as the deeper ones").arg(section.title, cards);
    default:
        return tr("%1: %2, as far as the deepest ones").arg(section.title, cards);
    }
}

QVariant SectionReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionReach &section = m_sections.at(index.row());
    switch (role) {
    case SectionIdRole:
        return section.sectionId;
    case TitleRole:
        return section.title;
    case CardsDiscussedRole:
        return section.cardsDiscussed;
    case DeepestDepthRole:
        return section.deepestDepth;
    case DeepestOfferedRole:
        return section.deepestOffered;
    case Qt::DisplayRole:
    case DescriptionRole:
        return description(section);
    }
    return {};
}

QHash<int, QByteArray> SectionReachModel::roleNames() const
{
    return {{SectionIdRole, "sectionId"},
            {TitleRole, "title"},
            {CardsDiscussedRole, "cardsDiscussed"},
            {DeepestDepthRole, "deepestDepth"},
            {DeepestOfferedRole, "deepestOffered"},
            {DescriptionRole, "description"}};
}
