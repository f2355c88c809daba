// SPDX-License-Identifier: GPL-3.0-or-later
// Journals that belong to someone, through Database on a real file: a lock
// seals every page and the page being written, and the file and its log then
// hold none of the words; a wrong passphrase is told from damage; a tampered
// or swapped page is damage; a new passphrase keeps every page; a backup
// carries a locked journal sealed and it opens after a restore.
#include "journal/journalshelf.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/workinprogressstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"a quiet morning walk"_s;
const QString firstWords = u"Pelican secret: I miss the sea more than I say."_s;
const QString secondWords = u"Marmalade worry, a second page nobody else reads."_s;
const QString unsavedWords = u"Half-written heron thought, not kept yet."_s;
const QString editedAwayWords = u"Earlier draft of the pelican page."_s;

// Reading the files while the database is open: fine in a test, where no
// other process could write once the descriptor's close drops SQLite's locks.
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool holdsAnyOf(const QByteArray &bytes, const QStringList &texts)
{
    for (const QString &text : texts) {
        // Any ten-byte piece would do; the start of each text is distinctive.
        const QByteArray utf8 = text.toUtf8().left(12);
        if (bytes.contains(utf8))
            return true;
        const QByteArray utf16(reinterpret_cast<const char *>(text.left(12).utf16()), 24);
        if (bytes.contains(utf16))
            return true;
    }
    return false;
}

JournalEntry page(qint64 journalId, const QString &text, const QString &feeling = {}, const QStringList &tags = {})
{
    JournalEntry entry{0, u"journal-03"_s, text, {}, {}};
    entry.journalId = journalId;
    entry.feeling = feeling;
    entry.tags = tags;
    return entry;
}

} // namespace

class TestJournalShelf : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_database = std::make_unique<Database>();
        m_database->open(m_dir->path());
        QCOMPARE(m_database->state(), Database::State::Ready);
        m_shelf = std::make_unique<JournalShelf>(*m_database);
    }

    void cleanup()
    {
        m_shelf.reset();
        m_database.reset();
        m_dir.reset();
    }

    void journalsBelongToSomeoneAndTheFirstIsMyJournal()
    {
        JournalEntry old{0, QString(), u"Before journals had owners."_s, {}, {}};
        QVERIFY(m_shelf->savePage(old));
        QCOMPARE(old.journalId, 1);
        const qint64 sam = m_shelf->create(u"  Sam "_s, Journal::Kind::Own);
        const qint64 ours = m_shelf->create({}, Journal::Kind::Shared);
        QVERIFY(sam > 1 && ours > sam);
        QCOMPARE(m_shelf->create(u"   "_s, Journal::Kind::Own), 0); // whose would it be?
        QVERIFY(!m_shelf->lastMessage().isEmpty());

        const QList<Journal> journals = m_shelf->journals();
        QCOMPARE(journals.size(), 3);
        QCOMPARE(JournalShelf::displayName(journals.at(0)), u"My journal"_s);
        QCOMPARE(JournalShelf::displayName(journals.at(1)), u"Sam"_s);
        QCOMPARE(JournalShelf::displayName(journals.at(2)), u"Our journal"_s);
        QVERIFY(m_shelf->rename(1, u"Robin"_s));
        QCOMPARE(JournalShelf::displayName(*m_shelf->journal(1)), u"Robin"_s);

        JournalEntry samsPage = page(sam, u"Sam's page"_s);
        QVERIFY(m_shelf->savePage(samsPage));
        QCOMPARE(m_shelf->pages(sam)->size(), 1);
        QCOMPARE(m_shelf->pages(1)->size(), 1);
        // A locked journal closed again cannot be deleted by whoever sits at the computer.
        QVERIFY(m_shelf->setLock(sam, u"only Sam knows this"_s, u"only Sam knows this"_s));
        QVERIFY(!m_shelf->isOpen(sam));
        QVERIFY(!m_shelf->remove(sam));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Locked);
        QVERIFY(m_shelf->journal(sam));
        QVERIFY(m_shelf->unlock(sam, u"only Sam knows this"_s));
        QVERIFY(m_shelf->remove(sam));
        QVERIFY(!m_shelf->journal(sam));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM journal_entries WHERE journal_id = %1"_s.arg(sam)) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aLockedJournalRoundTrips()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords, u"lonely"_s, {u"vulnerability"_s, u"trust"_s});
        JournalEntry second = page(robin, secondWords);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY2(m_shelf->savePage(second), qPrintable(m_shelf->lastMessage()));
        const QList<JournalEntry> before = *m_shelf->pages(robin);

        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(m_shelf->isLocked(robin));
        QVERIFY(!m_shelf->isOpen(robin)); // locking closes it
        QVERIFY(!m_shelf->pages(robin));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Locked);

        QVERIFY(m_shelf->unlock(robin, passphrase));
        const QList<JournalEntry> after = *m_shelf->pages(robin);
        QCOMPARE(after.size(), 2);
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).text, before.at(i).text);
            QCOMPARE(after.at(i).promptId, before.at(i).promptId);
            QCOMPARE(after.at(i).feeling, before.at(i).feeling);
            QCOMPARE(after.at(i).tags, before.at(i).tags);
            QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
        }

        // New words while open are sealed too, and read back.
        JournalEntry third = page(robin, u"A third page, written while open."_s, u"hopeful"_s);
        QVERIFY(m_shelf->savePage(third));
        QVERIFY(third.id > second.id);
        QCOMPARE(third.text, u"A third page, written while open."_s);
        m_shelf->relock(robin);
        QVERIFY(!m_shelf->savePage(third));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Locked);
        QVERIFY(m_shelf->unlock(robin, passphrase));
        QCOMPARE(m_shelf->pages(robin)->constFirst().feeling, u"hopeful"_s);

        // Taking the lock off needs the passphrase, and puts every page back in the clear.
        QVERIFY(!m_shelf->removeLock(robin, u"not the passphrase"_s));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::WrongPassphrase);
        QVERIFY(m_shelf->removeLock(robin, passphrase));
        QVERIFY(!m_shelf->isLocked(robin));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT text FROM journal_entries WHERE id = %1 AND sealed = ''"_s.arg(first.id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), firstWords);
    }

    void aNewPassphraseIsTypedTwiceAndLongEnough()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        QVERIFY(!m_shelf->setLock(robin, u"short"_s, u"short"_s));
        QVERIFY(m_shelf->lastMessage().contains(QString::number(JournalShelf::minimumPassphraseLength)));
        QVERIFY(!m_shelf->setLock(robin, passphrase, passphrase + u'!'));
        QVERIFY(!m_shelf->isLocked(robin));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
    }

    void theFileAndItsLogHoldNoWordsOfALockedJournal()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, editedAwayWords);
        QVERIFY(m_shelf->savePage(first));
        first.text = firstWords; // the earlier words were in the file and its log too
        QVERIFY(m_shelf->savePage(first));
        JournalEntry second = page(robin, secondWords);
        QVERIFY(m_shelf->savePage(second));
        WorkInProgressStore work(*m_database);
        const UnsavedPage unsaved{robin, 0, u"journal-03"_s, {}, {}, unsavedWords};
        QVERIFY(work.setText(JournalShelf::unsavedSlot(robin), m_shelf->unsavedToKeep(unsaved)));

        const QString file = QDir(m_dir->path()).filePath(Database::fileName());
        const QStringList words{firstWords, secondWords, unsavedWords, editedAwayWords};
        QVERIFY(holdsAnyOf(bytesOf(file) + bytesOf(file + u"-wal"_s), words)); // the search sees clear words

        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(!holdsAnyOf(bytesOf(file), words));
        QVERIFY(!holdsAnyOf(bytesOf(file + u"-wal"_s), words));

        // Writing while open, a new page and the page not kept yet: sealed as well.
        QVERIFY(m_shelf->unlock(robin, passphrase));
        const QString laterWords = u"Lighthouse page written while the journal was open."_s;
        JournalEntry later = page(robin, laterWords);
        QVERIFY(m_shelf->savePage(later));
        const UnsavedPage typing{robin, later.id, {}, {}, {}, unsavedWords + u" more"_s};
        const QString kept = m_shelf->unsavedToKeep(typing);
        QVERIFY(!kept.isEmpty());
        QVERIFY(work.setText(JournalShelf::unsavedSlot(robin), kept));
        QCOMPARE(m_shelf->unsavedFrom(robin, kept)->text, typing.text);
        QVERIFY(!holdsAnyOf(bytesOf(file) + bytesOf(file + u"-wal"_s), words + QStringList{laterWords}));

        // Closed, the unsaved page can be neither kept nor read.
        m_shelf->relock(robin);
        QVERIFY(m_shelf->unsavedToKeep(typing).isEmpty());
        QVERIFY(!m_shelf->unsavedFrom(robin, kept));

        m_shelf.reset();
        m_database.reset(); // closing checkpoints the log into the file
        QVERIFY(!holdsAnyOf(bytesOf(file) + bytesOf(file + u"-wal"_s), words + QStringList{laterWords}));
    }

    void aWrongPassphraseIsNotDamage()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(!m_shelf->unlock(robin, u"a quiet evening walk"_s));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::WrongPassphrase);
        QVERIFY(!m_shelf->lastMessage().isEmpty());
        QVERIFY(!m_shelf->isOpen(robin));
        QVERIFY(m_shelf->unlock(robin, passphrase)); // nothing was harmed by the wrong try
        QCOMPARE(m_shelf->pages(robin)->constFirst().text, firstWords);
    }

    void aTamperedOrSwappedPageIsDamage_data()
    {
        QTest::addColumn<bool>("swap");
        QTest::newRow("one byte changed") << false;
        QTest::newRow("two pages swapped") << true;
    }

    void aTamperedOrSwappedPageIsDamage()
    {
        QFETCH(bool, swap);
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords);
        JournalEntry second = page(robin, secondWords);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY(m_shelf->savePage(second));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));

        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT id, sealed FROM journal_entries ORDER BY id"_s));
        QHash<qint64, QByteArray> sealed;
        while (query.next())
            sealed.insert(query.value(0).toLongLong(), QByteArray::fromBase64(query.value(1).toByteArray()));
        QCOMPARE(sealed.size(), 2);
        QHash<qint64, QByteArray> changed = sealed;
        if (swap) {
            changed[first.id] = sealed.value(second.id);
            changed[second.id] = sealed.value(first.id);
        } else {
            changed[first.id][30] = char(changed[first.id][30] ^ 0x01);
        }
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            query.prepare(u"UPDATE journal_entries SET sealed = ? WHERE id = ?"_s);
            query.addBindValue(QString::fromLatin1(it.value().toBase64()));
            query.addBindValue(it.key());
            QVERIFY(query.exec());
        }

        QVERIFY(m_shelf->unlock(robin, passphrase)); // the passphrase is right
        QVERIFY(!m_shelf->pages(robin));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Damaged);
        QVERIFY(!m_shelf->removeLock(robin, passphrase));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Damaged);
        QVERIFY(!m_shelf->changePassphrase(robin, u"another long one"_s, u"another long one"_s));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::Damaged);
    }

    void aNewPassphraseKeepsEveryPage()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        QStringList texts;
        for (int i = 0; i < 5; ++i) {
            texts.prepend(u"Page %1 of the journal."_s.arg(i));
            JournalEntry entry = page(robin, texts.constFirst(), u"calm"_s, {u"trust"_s});
            QVERIFY(m_shelf->savePage(entry));
            QTest::qWait(2); // distinct updated_at for a stable order
        }
        WorkInProgressStore work(*m_database);
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(m_shelf->unlock(robin, passphrase));
        const UnsavedPage typing{robin, 0, {}, {}, {}, unsavedWords};
        QVERIFY(work.setText(JournalShelf::unsavedSlot(robin), m_shelf->unsavedToKeep(typing)));

        const QString newPassphrase = u"the kettle sings at seven"_s;
        QVERIFY(!m_shelf->changePassphrase(robin, newPassphrase, u"the kettle sings at eight"_s));
        QVERIFY(m_shelf->changePassphrase(robin, newPassphrase, newPassphrase));
        QVERIFY(m_shelf->isOpen(robin));
        m_shelf->relock(robin);
        QVERIFY(!m_shelf->unlock(robin, passphrase));
        QCOMPARE(m_shelf->lastStatus(), VaultStatus::WrongPassphrase);
        QVERIFY(m_shelf->unlock(robin, newPassphrase));
        QStringList after;
        const QList<JournalEntry> pages = *m_shelf->pages(robin);
        for (const JournalEntry &entry : pages)
            after.append(entry.text);
        QCOMPARE(after, texts);
        QCOMPARE(m_shelf->unsavedFrom(robin, *work.text(JournalShelf::unsavedSlot(robin)))->text, unsavedWords);
    }

    void aBackupCarriesALockedJournalSealed()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords, u"lonely"_s);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QString error;
        const QByteArray backup = Backup::exportAll(*m_database, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(!holdsAnyOf(backup, {firstWords}));

        QTemporaryDir otherDir;
        Database other;
        other.open(otherDir.path());
        const Backup::RestoreResult restored = Backup::restore(other, otherDir.path(), backup);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        JournalShelf shelf(other);
        QVERIFY(shelf.isLocked(robin));
        QVERIFY(!shelf.pages(robin));
        QVERIFY(!shelf.unlock(robin, u"a guess at it"_s));
        QCOMPARE(shelf.lastStatus(), VaultStatus::WrongPassphrase);
        QVERIFY(shelf.unlock(robin, passphrase));
        const QList<JournalEntry> pages = *shelf.pages(robin);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.constFirst().text, firstWords);
        QCOMPARE(pages.constFirst().feeling, u"lonely"_s);
    }

    void searchLooksThroughOpenPagesInMemory()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords, u"lonely"_s);
        JournalEntry second = page(robin, secondWords);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY(m_shelf->savePage(second));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(m_shelf->unlock(robin, passphrase));
        const QList<JournalEntry> pages = *m_shelf->pages(robin);
        QCOMPARE(JournalShelf::search(pages, u"PELICAN sea"_s).size(), 1);
        QCOMPARE(JournalShelf::search(pages, u"lonely"_s).constFirst().id, first.id);
        QCOMPARE(JournalShelf::search(pages, u"page"_s).size(), 1);
        QCOMPARE(JournalShelf::search(pages, u"  "_s).size(), 2);
        QCOMPARE(JournalShelf::search(pages, u"river"_s,
                                      [](const JournalEntry &) { return u"By the river"_s; })
                     .size(),
                 2);
        QVERIFY(JournalShelf::search(pages, u"nowhere-to-be-found"_s).isEmpty());
    }

    void aRemovedPageComesBackSealed()
    {
        const qint64 robin = m_shelf->create(u"Robin"_s, Journal::Kind::Own);
        JournalEntry first = page(robin, firstWords);
        QVERIFY(m_shelf->savePage(first));
        QVERIFY(m_shelf->setLock(robin, passphrase, passphrase));
        QVERIFY(m_shelf->unlock(robin, passphrase));
        const JournalEntry removed = m_shelf->pages(robin)->constFirst();
        QVERIFY(m_shelf->removePage(removed.id));
        QVERIFY(m_shelf->pages(robin)->isEmpty());
        QVERIFY(m_shelf->restorePage(removed));
        QCOMPARE(m_shelf->pages(robin)->constFirst().text, firstWords);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT text, sealed FROM journal_entries"_s) && query.next());
        QVERIFY(query.value(0).toString().isEmpty());
        QVERIFY(!query.value(1).toString().isEmpty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JournalShelf> m_shelf;
};

QTEST_GUILESS_MAIN(TestJournalShelf)
#include "tst_journalshelf.moc"
