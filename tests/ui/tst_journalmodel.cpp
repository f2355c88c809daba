// SPDX-License-Identifier: GPL-3.0-or-later
// The journal as QML sees it, through the app as composed (AppState over a
// real data folder): correct as models (QAbstractItemModelTester), journals
// chosen by name, pages with a feeling and tags, search, delete with undo,
// the lock's whole life, the unsaved page kept sealed, idle relocking, and
// the export a person asks for.
#include "appstate.h"
#include "journal/journalshelf.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString passphrase = u"a quiet morning walk"_s;
}

class TestJournalModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        m_journal = m_app->journal();
        // Said as a warning, so a failing check shows why.
        connect(m_journal, &JournalModel::problem, this, [](const QString &message) { qWarning().noquote() << message; });
        m_pagesTester = std::make_unique<QAbstractItemModelTester>(
            m_journal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_listTester = std::make_unique<QAbstractItemModelTester>(
            m_journal->journals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_listTester.reset();
        m_pagesTester.reset();
        m_app.reset();
        m_dir.reset();
    }

    void journalsAreChosenByName()
    {
        QCOMPARE(m_journal->journalName(), u"My journal"_s); // before any page, as the first journal is called
        QVERIFY(m_journal->save(0, {}, u"A first page."_s) > 0);
        QCOMPARE(m_journal->journals()->count(), 1);
        QSignalSpy changed(m_journal, &JournalModel::journalChanged);
        QVERIFY(!m_journal->createJournal(u" "_s, false).ok); // whose?
        QVERIFY(m_journal->createJournal(u"Sam"_s, false).ok);
        QCOMPARE(m_journal->journalName(), u"Sam"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_journal->count(), 0);
        QVERIFY(m_journal->createJournal({}, true).ok);
        QVERIFY(m_journal->isShared());
        QCOMPARE(m_journal->journals()->names(), (QStringList{u"My journal"_s, u"Sam"_s, u"Our journal"_s}));
        m_journal->setJournalId(1);
        QCOMPARE(m_journal->count(), 1);
        QVERIFY(m_journal->renameJournal(u"Robin"_s).ok);
        QCOMPARE(m_journal->journals()->names().constFirst(), u"Robin"_s);
    }

    void pagesKeepAFeelingAndTagsAndAreFoundBySearch()
    {
        const int first = m_journal->save(0, u"journal-03"_s, u"The river walk helped."_s, u"calm"_s,
                                          {u"vulnerability"_s});
        QVERIFY(first > 0);
        QVERIFY(m_journal->save(0, {}, u"Another page entirely."_s) > 0);
        QCOMPARE(m_journal->count(), 2);
        const QVariantMap row = m_journal->get(m_journal->rowOf(first)).toMap();
        QCOMPARE(row.value(u"feeling"_s).toString(), u"calm"_s);
        QCOMPARE(row.value(u"tags"_s).toStringList(), QStringList{u"vulnerability"_s});
        m_journal->setSearchText(u"RIVER"_s);
        QCOMPARE(m_journal->count(), 1);
        m_journal->setSearchText(u"calm"_s); // the feeling is searched too
        QCOMPARE(m_journal->count(), 1);
        m_journal->setSearchText({});
        QCOMPARE(m_journal->count(), 2);

        QVERIFY(m_journal->remove(first));
        QCOMPARE(m_journal->count(), 1);
        QVERIFY(m_journal->canUndo());
        QVERIFY(m_journal->undo());
        QCOMPARE(m_journal->count(), 2);
        QCOMPARE(m_journal->get(m_journal->rowOf(first)).toMap().value(u"feeling"_s).toString(), u"calm"_s);
    }

    void aLockedJournalShowsNothingUntilOpened()
    {
        QVERIFY(m_journal->save(0, {}, u"Heron words nobody else reads."_s) > 0);
        QVERIFY(!m_journal->setLock(passphrase, u"another"_s).ok);
        const ActionResult locked = m_journal->setLock(passphrase, passphrase);
        QVERIFY2(locked.ok, qPrintable(locked.message));
        QVERIFY(m_journal->isLocked());
        QVERIFY(!m_journal->isOpen());
        QCOMPARE(m_journal->count(), 0);
        const QModelIndex row = m_journal->journals()->index(0);
        QCOMPARE(row.data(JournalListModel::LockedRole).toBool(), true);
        QCOMPARE(row.data(JournalListModel::OpenRole).toBool(), false);
        QVERIFY(!m_journal->idleLock().isWatching());
        QVERIFY(!m_journal->exportMarkdown(QUrl::fromLocalFile(m_dir->filePath(u"out.md"_s))).ok);
        QVERIFY(m_journal->save(0, {}, u"Not while it is closed."_s) == 0);

        const ActionResult wrong = m_journal->unlock(u"a quiet evening walk"_s);
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.message, describe(VaultStatus::WrongPassphrase));
        QVERIFY(m_journal->unlock(passphrase).ok);
        QCOMPARE(m_journal->count(), 1);
        QVERIFY(m_journal->idleLock().isWatching());
        QCOMPARE(m_journal->idleLock().idleMs(), JournalShelf::idleMinutesBeforeRelock * 60 * 1000);

        // A page being written is kept aside sealed, and read back while open.
        m_journal->keepUnsaved(0, {}, u"Kingfisher words still being written."_s);
        QVERIFY(m_app->autosaver().flush());
        QSqlQuery query(m_app->database().connection());
        QVERIFY(query.exec(u"SELECT text FROM work_in_progress WHERE slot = 'journal'"_s) && query.next());
        QVERIFY(!query.value(0).toString().contains(u"Kingfisher"_s));
        query.finish(); // a reader left open would keep the next lock from emptying the log
        QCOMPARE(m_journal->unsaved().value(u"text"_s).toString(), u"Kingfisher words still being written."_s);

        // Idle minutes close it again (the timer's signal, sent here at once).
        QVERIFY(QMetaObject::invokeMethod(const_cast<JournalIdleLock *>(&m_journal->idleLock()), "idleTooLong"));
        QVERIFY(!m_journal->isOpen());
        QCOMPARE(m_journal->count(), 0);
        QVERIFY(m_journal->unsaved().isEmpty());
        m_journal->keepUnsaved(0, {}, {}); // nothing a closed journal's view says may drop what is kept
        QVERIFY(m_app->autosaver().flush());

        QVERIFY(m_journal->unlock(passphrase).ok);
        QVERIFY(m_journal->changePassphrase(u"the kettle sings at seven"_s, u"the kettle sings at seven"_s).ok);
        m_journal->relock();
        QVERIFY(!m_journal->unlock(passphrase).ok);
        QVERIFY(m_journal->unlock(u"the kettle sings at seven"_s).ok);
        QCOMPARE(m_journal->unsaved().value(u"text"_s).toString(), u"Kingfisher words still being written."_s);
        QVERIFY(!m_journal->removeLock(passphrase).ok);
        QVERIFY(m_journal->removeLock(u"the kettle sings at seven"_s).ok);
        QVERIFY(!m_journal->isLocked());
        QCOMPARE(m_journal->count(), 1);
    }

    void closingHearthClosesTheJournal()
    {
        QVERIFY(m_journal->save(0, {}, u"A page."_s) > 0);
        QVERIFY(m_journal->setLock(passphrase, passphrase).ok);
        QVERIFY(m_journal->unlock(passphrase).ok);
        m_pagesTester.reset();
        m_listTester.reset();
        m_app.reset(); // quitting
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->journal()->isLocked());
        QVERIFY(!m_app->journal()->isOpen());
        QCOMPARE(m_app->journal()->count(), 0);
    }

    void anOpenJournalIsExportedOnAsking()
    {
        QVERIFY(m_journal->save(0, u"journal-03"_s, u"Words to take along."_s, u"hopeful"_s) > 0);
        const QString path = m_dir->filePath(u"journal.md"_s);
        const ActionResult saved = m_journal->exportMarkdown(QUrl::fromLocalFile(path));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.startsWith(u"# My journal"_s));
        QVERIFY(markdown.contains(u"Words to take along."_s));
        QVERIFY(markdown.contains(u"hopeful"_s));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    JournalModel *m_journal = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_pagesTester;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
};

QTEST_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
