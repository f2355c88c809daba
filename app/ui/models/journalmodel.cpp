// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmodel.h"

#include "content/contentrepository.h"
#include "rowvalues.h"
#include "storage/autosaver.h"
#include "storage/database.h"
#include "storage/workinprogressstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

JournalModel::JournalModel(const ContentRepository &content, Database &database, Autosaver *autosaver,
                           QObject *parent)
    : QAbstractListModel(parent), m_content(content), m_store(database), m_database(database), m_autosaver(autosaver)
{
    reload();
}

void JournalModel::reload()
{
    beginResetModel();
    m_entries = m_store.all();
    endResetModel();
    emit countChanged();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::promptCount() const
{
    return int(m_content.journalPrompts().size());
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text;
    case EntryIdRole:
        return int(entry.id);
    case PromptIdRole:
        return entry.promptId;
    case PromptTextRole:
        return entry.promptId.isEmpty() ? QString() : m_content.prompt(u"journal"_s, entry.promptId).text;
    case CreatedAtRole:
        return entry.createdAt;
    case UpdatedAtRole:
        return entry.updatedAt;
    }
    return {};
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    return {{EntryIdRole, "entryId"}, {PromptIdRole, "promptId"}, {PromptTextRole, "promptText"},
            {TextRole, "text"},       {CreatedAtRole, "createdAt"}, {UpdatedAtRole, "updatedAt"}};
}

QVariant JournalModel::get(int row) const
{
    return rowValues(*this, row);
}

QList<JournalEntry>::const_iterator JournalModel::find(qint64 entryId) const
{
    return std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const JournalEntry &e) { return e.id == entryId; });
}

int JournalModel::rowOf(int entryId) const
{
    const auto it = find(entryId);
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

QVariantMap JournalModel::promptAt(int index) const
{
    const QList<JournalPrompt> &prompts = m_content.journalPrompts();
    if (index < 0 || index >= prompts.size())
        return {};
    const JournalPrompt &prompt = prompts.at(index);
    const GuideSection *section = m_content.section(prompt.section);
    return {{u"id"_s, prompt.id},
            {u"text"_s, prompt.text},
            {u"sectionId"_s, prompt.section},
            {u"sectionTitle"_s, section ? section->title : QString()},
            {u"practice"_s, prompt.practice}};
}

int JournalModel::promptIndexOf(const QString &promptId) const
{
    const QList<JournalPrompt> &prompts = m_content.journalPrompts();
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        if (prompts.at(i).id == promptId)
            return int(i);
    }
    return -1;
}

int JournalModel::nextPrompt(int index, const QString &sectionId) const
{
    const QList<JournalPrompt> &prompts = m_content.journalPrompts();
    const qsizetype count = prompts.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype candidate = ((index < 0 ? -1 : index) + step) % count;
        if (sectionId.isEmpty() || prompts.at(candidate).section == sectionId)
            return int(candidate);
    }
    return count > 0 ? 0 : -1;
}

int JournalModel::save(int entryId, const QString &promptId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    JournalEntry entry{entryId, promptId, text.trimmed(), {}, {}};
    // The page and the end of its unsaved copy land together, or neither does.
    const bool saved = m_database.transaction(
        [&] { return m_store.save(entry) && m_autosaver->forget(WorkInProgressStore::journalSlot()); });
    if (!saved) {
        emit problem(tr("Your journal page could not be kept: %1").arg(m_store.lastError()));
        return 0;
    }
    // Most recently written first: the saved page moves to the top.
    const auto old = find(entry.id);
    if (old != m_entries.cend()) {
        const int row = int(old - m_entries.cbegin());
        entry.createdAt = old->createdAt;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    emit countChanged();
    return int(entry.id);
}

bool JournalModel::remove(int entryId)
{
    const auto it = find(entryId);
    if (it == m_entries.cend() || !m_store.remove(entryId))
        return false;
    const int row = int(it - m_entries.cbegin());
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

QVariantMap JournalModel::unsaved() const
{
    const auto kept = m_autosaver->text(WorkInProgressStore::journalSlot());
    return kept ? QJsonDocument::fromJson(kept->toUtf8()).object().toVariantMap() : QVariantMap();
}

void JournalModel::keepUnsaved(int entryId, const QString &promptId, const QString &text)
{
    const QString slot = WorkInProgressStore::journalSlot();
    const auto kept = find(entryId);
    const bool nothingNew = text.trimmed().isEmpty() || (kept != m_entries.cend() && kept->text == text.trimmed());
    if (nothingNew) {
        if (m_autosaver->text(slot))
            m_autosaver->forget(slot);
        return;
    }
    m_autosaver->keep(slot, QString::fromUtf8(QJsonDocument(QJsonObject{{u"entryId"_s, entryId},
                                                                        {u"promptId"_s, promptId},
                                                                        {u"text"_s, text}})
                                                  .toJson(QJsonDocument::Compact)));
}
