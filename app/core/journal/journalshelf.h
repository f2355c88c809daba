// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalvault.h"
#include "storage/journalstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

class Database;

// A page being written and not kept yet, as kept in work in progress.
struct UnsavedPage
{
    qint64 journalId = 0;
    qint64 entryId = 0;
    QString promptId;
    QString feeling;
    QStringList tags;
    QString text;
};

// Every rule about journals: whose they are, their pages, and their locks.
// A locked journal's pages are stored only sealed (JournalVault, bound to
// each page's id); its key lives in SecretKey memory from unlock() to
// relock(), and is wiped then and when the shelf goes away. Whatever a call
// could not do, lastStatus() says how (WrongPassphrase is never Damaged) and
// lastMessage() says it in plain words. Page words are never logged.
class JournalShelf
{
public:
    // Short passphrases are guessed quickly, even through Argon2id.
    static constexpr int minimumPassphraseLength = 8;
    // Open locked journals close again after this long without a key or a click.
    static constexpr int idleMinutesBeforeRelock = 5;

    explicit JournalShelf(Database &database);

    [[nodiscard]] QList<Journal> journals() const;
    [[nodiscard]] std::optional<Journal> journal(qint64 id) const;
    // "My journal" for the journal kept before journals had names, "Our
    // journal" for a shared one without a name.
    [[nodiscard]] static QString displayName(const Journal &journal);

    // A new journal; its id, or 0. An own journal needs a name (whose it is).
    qint64 create(const QString &name, Journal::Kind kind);
    bool rename(qint64 id, const QString &name);
    // The journal and all its pages, gone (its key wiped). A locked journal
    // must be open: whoever deletes it knows its passphrase.
    bool remove(qint64 id);

    [[nodiscard]] bool isLocked(qint64 id) const;
    // True when its pages can be read now: no lock, or unlocked.
    [[nodiscard]] bool isOpen(qint64 id) const;

    // Locks an unlocked journal: every page sealed in one transaction, the
    // clear words gone from the file and its log. The journal is closed after.
    bool setLock(qint64 id, const QString &passphrase, const QString &repeated);
    bool unlock(qint64 id, const QString &passphrase);
    // Wipes the key of one journal, or of every journal.
    void relock(qint64 id);
    void relockAll();
    [[nodiscard]] bool hasOpenLockedJournal() const { return !m_open.empty(); }
    // An open locked journal gets a new passphrase: every page sealed again, in one transaction.
    bool changePassphrase(qint64 id, const QString &passphrase, const QString &repeated);
    // The lock comes off (the passphrase is asked again): every page back in the clear.
    bool removeLock(qint64 id, const QString &passphrase);

    // The pages of an open journal, in the clear, most recently changed first.
    [[nodiscard]] std::optional<QList<JournalEntry>> pages(qint64 id);
    // Saves a page of entry.journalId (0: journal 1), sealed when its journal
    // is locked, in one transaction with `alsoInTheSameWrite` when given.
    // Fills in id and dates; the words stay in `entry`.
    bool savePage(JournalEntry &entry, const std::function<bool()> &alsoInTheSameWrite = {});
    bool removePage(qint64 entryId);
    // Puts back a page removed a moment ago (undo), sealed again when its journal is locked.
    bool restorePage(const JournalEntry &entry);

    // Pages holding every word of `words` (ignoring case) in their text,
    // feeling or prompt; in memory only, no index is kept.
    [[nodiscard]] static QList<JournalEntry>
    search(const QList<JournalEntry> &pages, const QString &words,
           const std::function<QString(const JournalEntry &)> &promptText = {});

    // The work-in-progress slot of a journal's unsaved page.
    [[nodiscard]] static QString unsavedSlot(qint64 journalId);
    // What to keep in that slot for `page`: sealed when its journal is
    // locked, never in the clear; empty when it cannot be kept (locked and closed).
    [[nodiscard]] QString unsavedToKeep(const UnsavedPage &page) const;
    // The page kept in a slot; nullopt when nothing usable or its journal is closed.
    [[nodiscard]] std::optional<UnsavedPage> unsavedFrom(qint64 journalId, const QString &kept) const;

    [[nodiscard]] VaultStatus lastStatus() const { return m_lastStatus; }
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

private:
    bool fail(VaultStatus status, const QString &message = {});
    bool succeed();
    [[nodiscard]] const JournalVault *openVault(qint64 id) const;
    bool checkNewPassphrase(const QString &passphrase, const QString &repeated);
    bool storeFailed();
    // Writes every page and the unsaved slot as given, the vault record, in one transaction.
    bool rewriteAll(qint64 id, const QByteArray &vault, const QList<JournalEntry> &stored,
                    const std::optional<QString> &unsaved);
    // Drops what the log still holds of pages from before they were sealed.
    void forgetOldWords();

    Database &m_database;
    JournalStore m_store;
    std::map<qint64, JournalVault> m_open;
    VaultStatus m_lastStatus = VaultStatus::Ok;
    QString m_lastMessage;
};
