// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabularymodel.h"

#include "content/contentrepository.h"
#include "librarymodel.h"

using namespace Qt::StringLiterals;

VocabularyModel::VocabularyModel(Kind kind, const ContentRepository &content, QObject *parent)
    : QAbstractListModel(parent), m_kind(kind), m_content(content)
{
}

const QList<VocabularyModel::Entry> &VocabularyModel::entries() const
{
    if (!m_entries)
        m_entries = build(m_kind, m_content);
    return *m_entries;
}

QList<VocabularyModel::Entry> VocabularyModel::build(Kind kind, const ContentRepository &content)
{
    QList<Entry> entries;
    const auto add = [&entries](Entry entry) {
        entry.searchText = LibraryModel::foldForSearch(entry.word + u' ' + entry.groupTitle);
        entries.append(std::move(entry));
    };
    if (kind == Kind::Feelings) {
        // Grouped by family, in the vocabulary's order, whatever order the words came in.
        for (const FeelingFamily &family : content.feelingFamilies()) {
            for (const Feeling &feeling : content.feelings()) {
                if (feeling.family == family.id)
                    add({feeling.word, family.id, family.title, false, {}, {}, {}, feeling.pleasant, {}});
            }
        }
        const QString fauxTitle = tr("Thoughts that pass for feelings");
        for (const FauxFeeling &faux : content.fauxFeelings())
            add({faux.word, u"faux"_s, fauxTitle, true, faux.note, faux.feelings, faux.needs, false, {}});
    } else {
        for (const NeedGroup &group : content.needGroups()) {
            for (const Need &need : content.needs()) {
                if (need.group == group.id)
                    add({need.word, group.id, group.title, false, {}, {}, {}, false, {}});
            }
        }
    }
    return entries;
}

int VocabularyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entries().size());
}

QVariant VocabularyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Entry> &all = entries();
    const Entry &e = all.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case WordRole: return e.word;
    case GroupIdRole: return e.groupId;
    case GroupTitleRole: return e.groupTitle;
    case FauxRole: return e.faux;
    case NoteRole: return e.note;
    case FeelingsRole: return e.feelings;
    case NeedsRole: return e.needs;
    case PleasantRole: return e.pleasant;
    case SearchTextRole: return e.searchText;
    case FirstInGroupRole:
        return index.row() == 0 || all.at(index.row() - 1).groupId != e.groupId;
    }
    return {};
}

QHash<int, QByteArray> VocabularyModel::roleNames() const
{
    return {{WordRole, "word"},         {GroupIdRole, "groupId"},   {GroupTitleRole, "groupTitle"},
            {FauxRole, "faux"},         {NoteRole, "note"},         {FeelingsRole, "feelings"},
            {NeedsRole, "needs"},       {PleasantRole, "pleasant"}, {SearchTextRole, "searchText"},
            {FirstInGroupRole, "firstInGroup"}};
}

int VocabularyModel::indexOfWord(const QString &word) const
{
    const QString wanted = word.trimmed();
    const QList<Entry> &all = entries();
    for (qsizetype row = 0; row < all.size(); ++row) {
        if (all.at(row).word.compare(wanted, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}
