// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidemodel.h"

#include "rowvalues.h"

#include "content/contentrepository.h"

using namespace Qt::StringLiterals;

GuideModel::GuideModel(const ContentRepository &content, QObject *parent)
    : QAbstractListModel(parent), m_content(content)
{
}

int GuideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_content.sections().size());
}

QVariant GuideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideSection &section = m_content.sections().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return section.title;
    case SectionIdRole:
        return section.id;
    case SummaryRole:
        return section.summary;
    case IdeasRole:
        return section.ideas;
    case PracticesRole: {
        QVariantList practices;
        for (const Practice &practice : section.practices) {
            practices.append(QVariantMap{{u"practiceId"_s, practice.id},
                                         {u"title"_s, practice.title},
                                         {u"text"_s, practice.text},
                                         {u"targetKind"_s, practice.target.kind},
                                         {u"targetId"_s, practice.target.id}});
        }
        return practices;
    }
    case SelfCheckIntroRole:
        return section.selfCheck.intro;
    case SelfCheckItemsRole: {
        QVariantList items;
        for (const SelfCheckItem &item : section.selfCheck.items) {
            items.append(QVariantMap{{u"itemId"_s, item.id},
                                     {u"title"_s, item.title},
                                     {u"question"_s, item.question},
                                     {u"suggestion"_s, item.suggestion}});
        }
        return items;
    }
    case SeekHelpRole:
        return section.seekHelp;
    }
    return {};
}

QHash<int, QByteArray> GuideModel::roleNames() const
{
    return {
        {SectionIdRole, "sectionId"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {IdeasRole, "ideas"},
        {PracticesRole, "practices"},
        {SelfCheckIntroRole, "selfCheckIntro"},
        {SelfCheckItemsRole, "selfCheckItems"},
        {SeekHelpRole, "seekHelp"},
    };
}

int GuideModel::indexOfSection(const QString &sectionId) const
{
    const auto &sections = m_content.sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).id == sectionId)
            return int(i);
    }
    return -1;
}

QVariant GuideModel::get(int row) const
{
    return rowValues(*this, row);
}
