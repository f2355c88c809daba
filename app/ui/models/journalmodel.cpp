// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmodel.h"

#include "content/contentrepository.h"
#include "journal/journalmarkdown.h"
#include "rowvalues.h"
#include "storage/autosaver.h"
#include "storage/database.h"
#include "storage/savefile.h"

#include <QDir>

using namespace Qt::StringLiterals;

JournalModel::JournalModel(const ContentRepository &content, Database &database, Autosaver *autosaver,
                           QObject *parent)
    : QAbstractListModel(parent), m_content(content), m_shelf(database), m_database(database),
      m_autosaver(autosaver), m_journals(new JournalListModel(m_shelf, this)), m_idleLock(new JournalIdleLock(this))
{
    // Keys are wiped when idle here, and when this model goes away with
    // AppState (the shelf's vaults wipe their keys as they are destroyed).
    connect(m_idleLock, &JournalIdleLock::idleTooLong, this, &JournalModel::relockAll);
    reload();
}

void JournalModel::reload()
{
    // Another set of journals (a restore, everything deleted): no key stays.
    m_shelf.relockAll();
    m_idleLock->setWatching(false);
    m_journals->reload();
    const QList<Journal> journals = m_shelf.journals();
    const bool stillThere = std::any_of(journals.cbegin(), journals.cend(),
                                        [&](const Journal &j) { return j.id == m_journalId; });
    if (!stillThere)
        m_journalId = journals.isEmpty() ? 1 : journals.constFirst().id;
    if (m_undo) {
        m_undo.reset();
        emit undoChanged();
    }
    reloadPages();
    emit journalChanged();
}

void JournalModel::reloadPages()
{
    m_pages = m_shelf.pages(m_journalId).value_or(QList<JournalEntry>());
    applySearch();
}

void JournalModel::applySearch()
{
    beginResetModel();
    m_entries = JournalShelf::search(m_pages, m_searchText,
                                     [this](const JournalEntry &entry) { return promptText(entry.promptId); });
    endResetModel();
    emit countChanged();
}

void JournalModel::setJournalId(int journalId)
{
    if (journalId == m_journalId || m_journals->rowOf(journalId) < 0)
        return;
    m_journalId = journalId;
    if (m_undo) {
        m_undo.reset();
        emit undoChanged();
    }
    reloadPages();
    emit journalChanged();
}

QString JournalModel::journalName() const
{
    const std::optional<Journal> journal = m_shelf.journal(m_journalId);
    return journal ? JournalShelf::displayName(*journal) : JournalShelf::displayName(Journal());
}

bool JournalModel::isShared() const
{
    const std::optional<Journal> journal = m_shelf.journal(m_journalId);
    return journal && journal->kind == Journal::Kind::Shared;
}

void JournalModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    emit searchTextChanged();
    applySearch();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::promptCount() const
{
    return int(m_content.journalPrompts().size());
}

QString JournalModel::promptText(const QString &promptId) const
{
    return promptId.isEmpty() ? QString() : m_content.prompt(u"journal"_s, promptId).text;
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
        return promptText(entry.promptId);
    case CreatedAtRole:
        return entry.createdAt;
    case UpdatedAtRole:
        return entry.updatedAt;
    case FeelingRole:
        return entry.feeling;
    case TagsRole:
        return entry.tags;
    case TagTitlesRole: {
        QStringList titles;
        for (const QString &tag : entry.tags) {
            if (const GuideSection *section = m_content.section(tag))
                titles.append(section->title);
        }
        return titles;
    }
    }
    return {};
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},     {PromptIdRole, "promptId"}, {PromptTextRole, "promptText"},
            {TextRole, "text"},           {CreatedAtRole, "createdAt"}, {UpdatedAtRole, "updatedAt"},
            {FeelingRole, "feeling"},     {TagsRole, "tags"},         {TagTitlesRole, "tagTitles"}};
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

QVariantList JournalModel::sections() const
{
    QVariantList sections;
    for (const GuideSection &section : m_content.sections())
        sections.append(QVariantMap{{u"id"_s, section.id}, {u"title"_s, section.title}});
    return sections;
}

QStringList JournalModel::feelingWords() const
{
    QStringList words;
    for (const Feeling &feeling : m_content.feelings())
        words.append(feeling.word);
    return words;
}

int JournalModel::save(int entryId, const QString &promptId, const QString &text, const QString &feeling,
                       const QStringList &tags)
{
    if (text.trimmed().isEmpty())
        return 0;
    JournalEntry entry{entryId, promptId, text.trimmed(), {}, {}};
    entry.journalId = m_journalId;
    entry.feeling = feeling;
    entry.tags = tags;
    const auto old = std::find_if(m_pages.cbegin(), m_pages.cend(), [&](const JournalEntry &e) { return e.id == entryId; });
    if (old != m_pages.cend())
        entry.createdAt = old->createdAt;
    // The page and the end of its unsaved copy land together, or neither does.
    const QString slot = JournalShelf::unsavedSlot(m_journalId);
    if (!m_shelf.savePage(entry, [&] { return m_autosaver->forget(slot); })) {
        emit problem(m_shelf.lastMessage());
        return 0;
    }
    // Most recently written first: the saved page moves to the top.
    if (old != m_pages.cend())
        m_pages.removeAt(old - m_pages.cbegin());
    m_pages.prepend(entry);
    applySearch();
    const bool wasNew = entryId == 0;
    if (wasNew && m_journals->rowOf(int(entry.journalId)) < 0)
        m_journals->reload(); // the first page made journal 1
    return int(entry.id);
}

bool JournalModel::remove(int entryId)
{
    const auto it = std::find_if(m_pages.cbegin(), m_pages.cend(), [&](const JournalEntry &e) { return e.id == entryId; });
    if (it == m_pages.cend())
        return false;
    if (!m_shelf.removePage(entryId)) {
        emit problem(m_shelf.lastMessage());
        return false;
    }
    // Kept in memory only, for one undo; a locked journal's page is sealed again when it comes back.
    m_undo = *it;
    m_pages.removeAt(it - m_pages.cbegin());
    applySearch();
    emit undoChanged();
    return true;
}

bool JournalModel::undo()
{
    if (!m_undo || m_undo->journalId != m_journalId)
        return false;
    if (!m_shelf.restorePage(*m_undo)) {
        emit problem(m_shelf.lastMessage());
        return false;
    }
    m_undo.reset();
    emit undoChanged();
    reloadPages();
    return true;
}

QVariantMap JournalModel::unsaved() const
{
    const auto kept = m_autosaver->text(JournalShelf::unsavedSlot(m_journalId));
    if (!kept)
        return {};
    const std::optional<UnsavedPage> page = m_shelf.unsavedFrom(m_journalId, *kept);
    if (!page)
        return {};
    return {{u"entryId"_s, int(page->entryId)},
            {u"promptId"_s, page->promptId},
            {u"feeling"_s, page->feeling},
            {u"tags"_s, page->tags},
            {u"text"_s, page->text}};
}

void JournalModel::keepUnsaved(int entryId, const QString &promptId, const QString &text, const QString &feeling,
                               const QStringList &tags)
{
    // Closed, the journal's page kept aside (sealed) stays as it is, for when it opens again.
    if (!isOpen())
        return;
    const QString slot = JournalShelf::unsavedSlot(m_journalId);
    const auto kept = std::find_if(m_pages.cbegin(), m_pages.cend(), [&](const JournalEntry &e) { return e.id == entryId; });
    const bool nothingNew = text.trimmed().isEmpty() || (kept != m_pages.cend() && kept->text == text.trimmed());
    // A closed locked journal keeps nothing: its words could only be kept in the clear.
    const QString toKeep =
        nothingNew ? QString() : m_shelf.unsavedToKeep({m_journalId, entryId, promptId, feeling, tags, text});
    if (toKeep.isEmpty()) {
        if (m_autosaver->text(slot))
            m_autosaver->forget(slot);
        return;
    }
    m_autosaver->keep(slot, toKeep);
}

ActionResult JournalModel::result(bool ok, const QString &success)
{
    return ok ? ActionResult::success(success) : ActionResult::failure(m_shelf.lastMessage());
}

ActionResult JournalModel::createJournal(const QString &name, bool shared)
{
    const qint64 id = m_shelf.create(name, shared ? Journal::Kind::Shared : Journal::Kind::Own);
    if (id == 0)
        return result(false, {});
    m_journals->reload();
    setJournalId(int(id));
    return result(true, tr("A new journal is ready for its first page: %1.").arg(journalName()));
}

ActionResult JournalModel::renameJournal(const QString &name)
{
    const bool ok = m_shelf.rename(m_journalId, name);
    if (ok) {
        m_journals->reload();
        emit journalChanged();
    }
    return result(ok, tr("The journal is now called %1.").arg(journalName()));
}

ActionResult JournalModel::removeJournal()
{
    const QString name = journalName();
    m_autosaver->forget(JournalShelf::unsavedSlot(m_journalId));
    const bool ok = m_shelf.remove(m_journalId);
    if (ok)
        reload();
    return result(ok, tr("The journal %1 and its pages were deleted.").arg(name));
}

void JournalModel::lockChanged()
{
    m_idleLock->setWatching(m_shelf.hasOpenLockedJournal());
    m_journals->refreshStates();
    reloadPages();
    emit journalChanged();
}

ActionResult JournalModel::setLock(const QString &passphrase, const QString &repeated)
{
    // What waits to be kept aside is written first, so the lock seals it with the rest.
    m_autosaver->flush();
    const bool ok = m_shelf.setLock(m_journalId, passphrase, repeated);
    if (m_undo) {
        m_undo.reset(); // an undo would put a page back in the clear
        emit undoChanged();
    }
    if (ok)
        lockChanged();
    return result(ok, tr("The journal is locked. Its passphrase opens it."));
}

ActionResult JournalModel::unlock(const QString &passphrase)
{
    const bool ok = m_shelf.unlock(m_journalId, passphrase);
    if (ok)
        lockChanged();
    return result(ok, tr("The journal is open."));
}

void JournalModel::relock()
{
    m_autosaver->flush(); // what is kept aside is sealed already; written before the key goes
    m_shelf.relock(m_journalId);
    if (m_undo) {
        m_undo.reset();
        emit undoChanged();
    }
    lockChanged();
}

void JournalModel::relockAll()
{
    m_autosaver->flush();
    m_shelf.relockAll();
    if (m_undo) {
        m_undo.reset();
        emit undoChanged();
    }
    lockChanged();
}

ActionResult JournalModel::changePassphrase(const QString &passphrase, const QString &repeated)
{
    m_autosaver->flush();
    const bool ok = m_shelf.changePassphrase(m_journalId, passphrase, repeated);
    if (ok)
        lockChanged();
    return result(ok, tr("The passphrase is changed. Every page is locked with the new one."));
}

ActionResult JournalModel::removeLock(const QString &passphrase)
{
    m_autosaver->flush();
    const bool ok = m_shelf.removeLock(m_journalId, passphrase);
    if (ok)
        lockChanged();
    return result(ok, tr("The journal has no lock now."));
}

ActionResult JournalModel::exportMarkdown(const QUrl &file) const
{
    if (!isOpen())
        return ActionResult::failure(describe(VaultStatus::Locked));
    JournalMarkdown::Names names;
    names.prompt = [this](const QString &id) { return promptText(id); };
    names.section = [this](const QString &id) {
        const GuideSection *section = m_content.section(id);
        return section ? section->title : QString();
    };
    const QByteArray markdown = JournalMarkdown::toMarkdown(journalName(), m_pages, names);
    const QString path = file.toLocalFile();
    QString error;
    if (path.isEmpty() || !writeFileAtomically(path, markdown, &error))
        return ActionResult::failure(
            tr("Your journal could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return ActionResult::success(tr("Your journal is saved to %1.").arg(QDir::toNativeSeparators(path)));
}
