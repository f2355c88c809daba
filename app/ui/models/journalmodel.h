// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"
#include "journal/journalshelf.h"
#include "journalidlelock.h"
#include "journallistmodel.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

class Autosaver;
class ContentRepository;

// The pages of the journal chosen now (journalId), most recently written
// first, filtered by searchText; the journals to choose from; the lock of the
// chosen one; and the guide's journaling prompts to write to. The rules are
// JournalShelf's. A page not kept yet is kept aside as it is written (sealed
// when the journal is locked), so leaving or closing loses nothing.
class JournalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The journal comes from App.journal")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int promptCount READ promptCount CONSTANT)
    Q_PROPERTY(JournalListModel *journals READ journals CONSTANT)
    Q_PROPERTY(int journalId READ journalId WRITE setJournalId NOTIFY journalChanged)
    Q_PROPERTY(QString journalName READ journalName NOTIFY journalChanged)
    Q_PROPERTY(bool shared READ isShared NOTIFY journalChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY journalChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY journalChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        PromptIdRole,
        PromptTextRole, // empty when written freely, or the prompt is no longer in Hearth
        TextRole,
        CreatedAtRole,
        UpdatedAtRole,
        FeelingRole,
        TagsRole,       // guide section ids
        TagTitlesRole,  // their titles, for showing
    };
    Q_ENUM(Roles)

    JournalModel(const ContentRepository &content, Database &database, Autosaver *autosaver,
                 QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] int promptCount() const;
    [[nodiscard]] JournalListModel *journals() const { return m_journals; }
    [[nodiscard]] int journalId() const { return int(m_journalId); }
    void setJournalId(int journalId);
    [[nodiscard]] QString journalName() const;
    [[nodiscard]] bool isShared() const;
    [[nodiscard]] bool isLocked() const { return m_shelf.isLocked(m_journalId); }
    [[nodiscard]] bool isOpen() const { return m_shelf.isOpen(m_journalId); }
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] static int minimumPassphraseLength() { return JournalShelf::minimumPassphraseLength; }
    [[nodiscard]] bool canUndo() const { return m_undo.has_value(); }

    Q_INVOKABLE QVariant get(int row) const;
    // The row of a kept page, or -1.
    Q_INVOKABLE int rowOf(int entryId) const;
    // The prompt at `index`: {id, text, sectionId, sectionTitle, practice}, or empty.
    Q_INVOKABLE QVariantMap promptAt(int index) const;
    Q_INVOKABLE int promptIndexOf(const QString &promptId) const;
    // The prompt after `index` (of one part of the guide, when given), round again at the end.
    Q_INVOKABLE int nextPrompt(int index, const QString &sectionId = QString()) const;
    // The guide's parts a page may be tagged with: [{id, title}].
    Q_INVOKABLE QVariantList sections() const;
    // The vocabulary's feelings a page may name, as words.
    Q_INVOKABLE QStringList feelingWords() const;

    // Keeps a page of the chosen journal: a new one (entryId 0) or new words
    // for one kept before. Returns its id, or 0 when it could not be saved.
    Q_INVOKABLE int save(int entryId, const QString &promptId, const QString &text,
                         const QString &feeling = QString(), const QStringList &tags = {});
    // Deletes a page; undo() brings it back, until the next deletion.
    Q_INVOKABLE bool remove(int entryId);
    Q_INVOKABLE bool undo();

    // The page being written and not kept yet: {entryId, promptId, feeling, tags, text}, or empty.
    Q_INVOKABLE QVariantMap unsaved() const;
    Q_INVOKABLE void keepUnsaved(int entryId, const QString &promptId, const QString &text,
                                 const QString &feeling = QString(), const QStringList &tags = {});

    // Journals: a new one (chosen after), a new name, or gone with its pages.
    Q_INVOKABLE ActionResult createJournal(const QString &name, bool shared);
    Q_INVOKABLE ActionResult renameJournal(const QString &name);
    Q_INVOKABLE ActionResult removeJournal();

    // The chosen journal's lock.
    Q_INVOKABLE ActionResult setLock(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE ActionResult unlock(const QString &passphrase);
    Q_INVOKABLE void relock();
    Q_INVOKABLE ActionResult changePassphrase(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE ActionResult removeLock(const QString &passphrase);
    // Closes every open locked journal (idle, quitting), keeping what is being written sealed first.
    void relockAll();
    // Counts idle minutes while a locked journal is open (JournalShelf::idleMinutesBeforeRelock).
    [[nodiscard]] const JournalIdleLock &idleLock() const { return *m_idleLock; }

    // The chosen journal, open, as Markdown, written atomically to `file`.
    Q_INVOKABLE ActionResult exportMarkdown(const QUrl &file) const;

    // Reads everything again, after a backup import or deleting all data.
    void reload();

signals:
    void countChanged();
    void journalChanged();
    void searchTextChanged();
    void undoChanged();
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    [[nodiscard]] QList<JournalEntry>::const_iterator find(qint64 entryId) const;
    [[nodiscard]] QString promptText(const QString &promptId) const;
    // Reads the chosen journal's pages again (when open) and filters them.
    void reloadPages();
    void applySearch();
    // The lock changed: the list, the pages and the properties follow.
    void lockChanged();
    ActionResult result(bool ok, const QString &success);

    const ContentRepository &m_content;
    JournalShelf m_shelf;
    Database &m_database;
    Autosaver *m_autosaver;
    JournalListModel *m_journals;
    JournalIdleLock *m_idleLock;
    qint64 m_journalId = 1;
    QString m_searchText;
    QList<JournalEntry> m_pages;   // the chosen journal's, all
    QList<JournalEntry> m_entries; // those the search finds, shown
    std::optional<JournalEntry> m_undo;
};
