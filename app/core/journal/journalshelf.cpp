// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalshelf.h"

#include "storage/database.h"
#include "storage/workinprogressstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "hearth.journal", QtInfoMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalShelf", text);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What a sealed page holds: everything about it but its dates.
QString payloadOf(const JournalEntry &entry)
{
    return compact({{u"prompt"_s, entry.promptId},
                    {u"feeling"_s, entry.feeling},
                    {u"tags"_s, QJsonArray::fromStringList(entry.tags)},
                    {u"text"_s, entry.text}});
}

bool fillFromPayload(JournalEntry &entry, const QString &payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    entry.promptId = object.value(u"prompt"_s).toString();
    entry.feeling = object.value(u"feeling"_s).toString();
    entry.tags.clear();
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        entry.tags.append(tag.toString());
    entry.text = object.value(u"text"_s).toString();
    return true;
}

// The row as stored for a locked journal: nothing in the clear but the dates.
JournalEntry sealedRow(const JournalEntry &entry, const QByteArray &sealed)
{
    JournalEntry row = entry;
    row.promptId.clear();
    row.feeling.clear();
    row.tags.clear();
    row.text.clear();
    row.sealed = sealed;
    return row;
}

QString unsavedClear(const UnsavedPage &page)
{
    return compact({{u"journalId"_s, page.journalId},
                    {u"entryId"_s, page.entryId},
                    {u"promptId"_s, page.promptId},
                    {u"feeling"_s, page.feeling},
                    {u"tags"_s, QJsonArray::fromStringList(page.tags)},
                    {u"text"_s, page.text}});
}

std::optional<UnsavedPage> unsavedFromClear(const QString &kept)
{
    const QJsonObject object = QJsonDocument::fromJson(kept.toUtf8()).object();
    if (!object.contains(u"text"_s))
        return std::nullopt;
    UnsavedPage page;
    page.journalId = object.value(u"journalId"_s).toInteger();
    page.entryId = object.value(u"entryId"_s).toInteger();
    page.promptId = object.value(u"promptId"_s).toString();
    page.feeling = object.value(u"feeling"_s).toString();
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        page.tags.append(tag.toString());
    page.text = object.value(u"text"_s).toString();
    return page;
}

// An unsaved page is sealed as an entry whose id is minus its journal's:
// entry ids are positive, so it cannot pass for a page, nor for another
// journal's unsaved page.
qint64 unsavedSealId(qint64 journalId)
{
    return -journalId;
}

QByteArray sealedUnsavedBytes(const QString &kept)
{
    const QJsonObject object = QJsonDocument::fromJson(kept.toUtf8()).object();
    return QByteArray::fromBase64(object.value(u"sealed"_s).toString().toLatin1());
}

QString keptSealed(qint64 journalId, const QByteArray &sealed)
{
    return compact({{u"journalId"_s, journalId}, {u"sealed"_s, QString::fromLatin1(sealed.toBase64())}});
}

} // namespace

JournalShelf::JournalShelf(Database &database) : m_database(database), m_store(database) {}

bool JournalShelf::fail(VaultStatus status, const QString &message)
{
    m_lastStatus = status;
    m_lastMessage = message.isEmpty() ? describe(status) : message;
    return false;
}

bool JournalShelf::succeed()
{
    m_lastStatus = VaultStatus::Ok;
    m_lastMessage.clear();
    return true;
}

bool JournalShelf::storeFailed()
{
    // The store's error names SQL, never page words: fine for the person too.
    return fail(VaultStatus::Failed, tr("Your journal could not be saved just now: %1").arg(m_store.lastError()));
}

QList<Journal> JournalShelf::journals() const
{
    return m_store.journals();
}

std::optional<Journal> JournalShelf::journal(qint64 id) const
{
    return m_store.journal(id);
}

QString JournalShelf::displayName(const Journal &journal)
{
    if (!journal.name.trimmed().isEmpty())
        return journal.name.trimmed();
    return journal.kind == Journal::Kind::Shared ? tr("Our journal") : tr("My journal");
}

qint64 JournalShelf::create(const QString &name, Journal::Kind kind)
{
    Journal journal;
    journal.name = name.trimmed();
    journal.kind = kind;
    if (kind == Journal::Kind::Own && journal.name.isEmpty()) {
        fail(VaultStatus::Failed, tr("Whose journal is it? Give it a name, yours for example."));
        return 0;
    }
    if (!m_store.addJournal(journal)) {
        storeFailed();
        return 0;
    }
    succeed();
    return journal.id;
}

bool JournalShelf::rename(qint64 id, const QString &name)
{
    if (!m_store.renameJournal(id, name.trimmed()))
        return storeFailed();
    return succeed();
}

bool JournalShelf::remove(qint64 id)
{
    // Only someone who can open a locked journal may delete it: a partner at
    // the same computer cannot throw away what they cannot read.
    if (!isOpen(id))
        return fail(VaultStatus::Locked,
                    tr("Open this journal with its passphrase first: only the person who knows it can delete it."));
    relock(id);
    WorkInProgressStore work(m_database);
    const bool removed =
        m_database.transaction([&] { return m_store.removeJournal(id) && work.clear(unsavedSlot(id)); });
    if (!removed)
        return storeFailed();
    return succeed();
}

bool JournalShelf::isLocked(qint64 id) const
{
    const std::optional<Journal> found = m_store.journal(id);
    return found && found->isLocked();
}

bool JournalShelf::isOpen(qint64 id) const
{
    return !isLocked(id) || openVault(id) != nullptr;
}

const JournalVault *JournalShelf::openVault(qint64 id) const
{
    const auto it = m_open.find(id);
    return it != m_open.end() && it->second.isUnlocked() ? &it->second : nullptr;
}

bool JournalShelf::checkNewPassphrase(const QString &passphrase, const QString &repeated)
{
    if (passphrase.size() < minimumPassphraseLength)
        return fail(VaultStatus::Failed,
                    tr("A passphrase needs at least %1 characters. A short sentence is easy to remember and "
                       "hard to guess.")
                        .arg(minimumPassphraseLength));
    if (passphrase != repeated)
        return fail(VaultStatus::Failed, tr("The two passphrases are not the same. Please type it twice again."));
    return true;
}

bool JournalShelf::rewriteAll(qint64 id, const QByteArray &vault, const QList<JournalEntry> &stored,
                              const std::optional<QString> &unsaved)
{
    WorkInProgressStore work(m_database);
    const bool written = m_database.transaction([&] {
        if (!m_store.setVault(id, vault))
            return false;
        for (const JournalEntry &entry : stored) {
            if (!m_store.rewrite(entry))
                return false;
        }
        if (!unsaved)
            return true;
        return unsaved->isEmpty() ? work.clear(unsavedSlot(id)) : work.setText(unsavedSlot(id), *unsaved);
    });
    return written || storeFailed();
}

void JournalShelf::forgetOldWords()
{
    // secure_delete (Database) zeroes what the rewrite freed in the file; the
    // log still holds the pages as they were until a checkpoint empties it.
    // The first column of its answer is 1 when a reader kept it from finishing.
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next() || query.value(0).toInt() != 0)
        qCWarning(lcJournal) << "The log could not be emptied after sealing a journal; it will be at the next checkpoint";
}

bool JournalShelf::setLock(qint64 id, const QString &passphrase, const QString &repeated)
{
    const std::optional<Journal> found = m_store.journal(id);
    if (!found)
        return fail(VaultStatus::Failed, tr("That journal is no longer there."));
    if (found->isLocked())
        return fail(VaultStatus::Failed, tr("This journal is locked already."));
    if (!checkNewPassphrase(passphrase, repeated))
        return false;
    JournalVault vault;
    const VaultResult<VaultParameters> created = vault.create(passphrase);
    if (!created.ok())
        return fail(created.status);

    QList<JournalEntry> stored;
    for (const JournalEntry &entry : m_store.entriesOf(id)) {
        const VaultResult<QByteArray> sealed = vault.seal(entry.id, payloadOf(entry));
        if (!sealed.ok())
            return fail(sealed.status);
        stored.append(sealedRow(entry, sealed.value));
    }
    // A page being written is sealed too, or nothing is kept.
    std::optional<QString> unsaved;
    const std::optional<QString> keptBefore = WorkInProgressStore(m_database).text(unsavedSlot(id));
    if (keptBefore) {
        unsaved = QString();
        if (const auto page = unsavedFromClear(*keptBefore)) {
            const VaultResult<QByteArray> sealed = vault.seal(unsavedSealId(id), unsavedClear(*page));
            if (sealed.ok())
                unsaved = keptSealed(id, sealed.value);
        }
    }
    if (!rewriteAll(id, created.value.toBytes(), stored, unsaved))
        return false;
    forgetOldWords();
    relock(id);
    return succeed();
}

bool JournalShelf::unlock(qint64 id, const QString &passphrase)
{
    const std::optional<Journal> found = m_store.journal(id);
    if (!found)
        return fail(VaultStatus::Failed, tr("That journal is no longer there."));
    if (!found->isLocked())
        return succeed();
    const VaultResult<VaultParameters> parameters = VaultParameters::fromBytes(found->vault);
    if (!parameters.ok())
        return fail(parameters.status);
    JournalVault vault;
    if (const VaultStatus status = vault.unlock(parameters.value, passphrase); status != VaultStatus::Ok)
        return fail(status);
    m_open[id] = std::move(vault);
    return succeed();
}

void JournalShelf::relock(qint64 id)
{
    // Erasing destroys the vault, whose SecretKey wipes the key.
    m_open.erase(id);
}

void JournalShelf::relockAll()
{
    m_open.clear();
}

bool JournalShelf::changePassphrase(qint64 id, const QString &passphrase, const QString &repeated)
{
    const JournalVault *vault = openVault(id);
    if (!vault)
        return fail(isLocked(id) ? VaultStatus::Locked : VaultStatus::Failed,
                    isLocked(id) ? QString() : tr("This journal has no lock yet."));
    if (!checkNewPassphrase(passphrase, repeated))
        return false;
    const QList<JournalEntry> rows = m_store.entriesOf(id);
    QList<SealedEntry> sealed;
    for (const JournalEntry &entry : rows)
        sealed.append({entry.id, entry.sealed});
    // The unsaved page goes along as one more sealed value.
    const std::optional<QString> keptBefore = WorkInProgressStore(m_database).text(unsavedSlot(id));
    const QByteArray unsavedBefore = keptBefore ? sealedUnsavedBytes(*keptBefore) : QByteArray();
    if (!unsavedBefore.isEmpty())
        sealed.append({unsavedSealId(id), unsavedBefore});
    VaultResult<JournalVault::Rekeyed> rekeyed = vault->rekey(passphrase, sealed);
    if (!rekeyed.ok())
        return fail(rekeyed.status);

    QList<JournalEntry> stored;
    std::optional<QString> unsaved;
    if (keptBefore)
        unsaved = QString();
    for (qsizetype i = 0; i < rekeyed.value.entries.size(); ++i) {
        const SealedEntry &resealed = rekeyed.value.entries.at(i);
        if (i < rows.size())
            stored.append(sealedRow(rows.at(i), resealed.sealed));
        else
            unsaved = keptSealed(id, resealed.sealed);
    }
    if (!rewriteAll(id, rekeyed.value.parameters.toBytes(), stored, unsaved))
        return false;
    forgetOldWords();
    m_open[id] = std::move(rekeyed.value.vault);
    return succeed();
}

bool JournalShelf::removeLock(qint64 id, const QString &passphrase)
{
    if (!isLocked(id))
        return succeed();
    // The passphrase is asked again even when the journal is open: taking a
    // lock off is for the person who set it.
    JournalVault vault;
    {
        const VaultResult<VaultParameters> parameters = VaultParameters::fromBytes(m_store.journal(id)->vault);
        if (!parameters.ok())
            return fail(parameters.status);
        if (const VaultStatus status = vault.unlock(parameters.value, passphrase); status != VaultStatus::Ok)
            return fail(status);
    }
    QList<JournalEntry> stored;
    for (JournalEntry entry : m_store.entriesOf(id)) {
        const VaultResult<QString> opened = vault.open(entry.id, entry.sealed);
        if (!opened.ok() || !fillFromPayload(entry, opened.value))
            return fail(opened.ok() ? VaultStatus::Damaged : opened.status);
        entry.sealed.clear();
        stored.append(entry);
    }
    std::optional<QString> unsaved;
    if (const std::optional<QString> kept = WorkInProgressStore(m_database).text(unsavedSlot(id))) {
        const VaultResult<QString> opened = vault.open(unsavedSealId(id), sealedUnsavedBytes(*kept));
        unsaved = opened.ok() ? opened.value : QString();
    }
    if (!rewriteAll(id, {}, stored, unsaved))
        return false;
    relock(id);
    return succeed();
}

std::optional<QList<JournalEntry>> JournalShelf::pages(qint64 id)
{
    QList<JournalEntry> entries = m_store.entriesOf(id);
    if (!isLocked(id)) {
        succeed();
        return entries;
    }
    const JournalVault *vault = openVault(id);
    if (!vault) {
        fail(VaultStatus::Locked);
        return std::nullopt;
    }
    for (JournalEntry &entry : entries) {
        const VaultResult<QString> opened = vault->open(entry.id, entry.sealed);
        if (!opened.ok() || !fillFromPayload(entry, opened.value)) {
            fail(opened.ok() ? VaultStatus::Damaged : opened.status);
            return std::nullopt;
        }
        entry.sealed.clear();
    }
    succeed();
    return entries;
}

bool JournalShelf::savePage(JournalEntry &entry, const std::function<bool()> &alsoInTheSameWrite)
{
    const qint64 journalId = entry.journalId == 0 ? 1 : entry.journalId;
    if (!isLocked(journalId)) {
        entry.sealed.clear();
        const bool saved = m_database.transaction(
            [&] { return m_store.save(entry) && (!alsoInTheSameWrite || alsoInTheSameWrite()); });
        return saved ? succeed() : storeFailed();
    }
    const JournalVault *vault = openVault(journalId);
    if (!vault)
        return fail(VaultStatus::Locked);
    // A new page needs its id before it can be sealed (the id is part of the
    // seal): it is added empty and sealed in the same transaction.
    JournalEntry row = sealedRow(entry, {});
    VaultStatus sealStatus = VaultStatus::Ok;
    const bool saved = m_database.transaction([&] {
        if (row.id == 0 && !m_store.save(row))
            return false;
        const VaultResult<QByteArray> sealed = vault->seal(row.id, payloadOf(entry));
        sealStatus = sealed.status;
        if (!sealed.ok())
            return false;
        row.sealed = sealed.value;
        return m_store.save(row) && (!alsoInTheSameWrite || alsoInTheSameWrite());
    });
    if (sealStatus != VaultStatus::Ok)
        return fail(sealStatus);
    if (!saved)
        return storeFailed();
    entry.id = row.id;
    entry.journalId = row.journalId;
    entry.createdAt = row.createdAt.isValid() ? row.createdAt : entry.createdAt;
    entry.updatedAt = row.updatedAt;
    entry.sealed.clear();
    return succeed();
}

bool JournalShelf::removePage(qint64 entryId)
{
    return m_store.remove(entryId) ? succeed() : storeFailed();
}

bool JournalShelf::restorePage(const JournalEntry &entry)
{
    JournalEntry row = entry;
    row.sealed.clear();
    if (isLocked(entry.journalId)) {
        const JournalVault *vault = openVault(entry.journalId);
        if (!vault)
            return fail(VaultStatus::Locked);
        const VaultResult<QByteArray> sealed = vault->seal(entry.id, payloadOf(entry));
        if (!sealed.ok())
            return fail(sealed.status);
        row = sealedRow(entry, sealed.value);
    }
    return m_store.restoreEntry(row) ? succeed() : storeFailed();
}

QList<JournalEntry> JournalShelf::search(const QList<JournalEntry> &pages, const QString &words,
                                         const std::function<QString(const JournalEntry &)> &promptText)
{
    const QStringList wanted = words.simplified().split(u' ', Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return pages;
    QList<JournalEntry> found;
    for (const JournalEntry &page : pages) {
        const QString haystack = page.text + u'\n' + page.feeling + u'\n' + (promptText ? promptText(page) : QString());
        const bool all = std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        if (all)
            found.append(page);
    }
    return found;
}

QString JournalShelf::unsavedSlot(qint64 journalId)
{
    // Journal 1 keeps the slot it had before journals had owners.
    return journalId <= 1 ? WorkInProgressStore::journalSlot()
                          : WorkInProgressStore::journalSlot() + u':' + QString::number(journalId);
}

QString JournalShelf::unsavedToKeep(const UnsavedPage &page) const
{
    const qint64 journalId = page.journalId == 0 ? 1 : page.journalId;
    if (!isLocked(journalId))
        return unsavedClear(page);
    const JournalVault *vault = openVault(journalId);
    if (!vault)
        return {};
    const VaultResult<QByteArray> sealed = vault->seal(unsavedSealId(journalId), unsavedClear(page));
    return sealed.ok() ? keptSealed(journalId, sealed.value) : QString();
}

std::optional<UnsavedPage> JournalShelf::unsavedFrom(qint64 journalId, const QString &kept) const
{
    if (!isLocked(journalId))
        return unsavedFromClear(kept);
    const JournalVault *vault = openVault(journalId);
    if (!vault)
        return std::nullopt;
    const VaultResult<QString> opened = vault->open(unsavedSealId(journalId), sealedUnsavedBytes(kept));
    return opened.ok() ? unsavedFromClear(opened.value) : std::nullopt;
}
