// SPDX-License-Identifier: GPL-3.0-or-later
// The app as it is composed (AppState over a real data folder), doing what a
// person does on the Data page: delete everything, bring a backup back, close
// Hearth with words not saved yet. Every view must show the result at once.
#include "appstate.h"
#include "storage/datafolder.h"
#include "storage/historystore.h"
#include "storage/migrations.h"
#include "storage/workinprogressstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QMap<QString, qint64> rowCounts(Database &database)
{
    QMap<QString, qint64> counts;
    for (const QString &table : Migrations::userTables()) {
        QSqlQuery query(database.connection());
        // Table names come from our own list.
        if (query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
            counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestAppState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;

    void restart()
    {
        m_app.reset();
        m_app = std::make_unique<AppState>(m_dir->path());
    }

    // Talks about the first card of a conversation and closes it, keeping the words.
    void haveAConversation(const QString &appreciation)
    {
        SessionController *together = m_app->together();
        QVERIFY(together->start(u"surprise"_s, {}, 2, 5, 0));
        const QString card = together->cardId();
        while (together->cardId() == card)
            together->next();
        together->finish();
        together->close(appreciation, QString(), true, u"Sundays"_s);
        together->reset();
    }

    // Something in every table, written the way the pages write it.
    void fillEveryTable()
    {
        QVERIFY(m_app->together()->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
        haveAConversation(u"You listened."_s);
        const QString cardId = m_app->content().decks().constFirst().cardIds.constFirst();
        QVERIFY(m_app->favourites()->toggleStar(u"card"_s, cardId));
        m_app->builder()->setFeeling(u"hopeful"_s);
        QVERIFY(m_app->builder()->save().ok);
        m_app->builder()->setSituation(u"we plan the weekend"_s); // unsaved, kept aside
        QVERIFY(m_app->journal()->save(0, QString(), u"A page of mine."_s) > 0);
        QVERIFY(m_app->drills()->saveRewrite(0, u"I miss you."_s));
        m_app->coach()->keepFreeWrite(u"Free words."_s);
        QVERIFY(m_app->autosaver().flush());
        const QString ritualId = m_app->content().rituals().constFirst().id;
        QVERIFY(m_app->rituals()->choose(ritualId));
        QVERIFY(m_app->rituals()->tick(ritualId, u"We did."_s));
        // A deck of their own with a card, written as the deck editor writes it.
        QVERIFY(m_app->deckEditor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        QVERIFY(m_app->deckEditor()->addCard({{u"section"_s, u"closeness"_s}, {u"depth"_s, 1},
                                              {u"kind"_s, u"question"_s}, {u"answeredBy"_s, u"each"_s},
                                              {u"text"_s, u"What made you laugh?"_s}}).ok);
        for (auto [table, count] : rowCounts(m_app->database()).asKeyValueRange())
            QVERIFY2(count > 0, qPrintable(table + u" is empty"_s));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->saving());
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    void deleteAllRemovesEverythingAndResetsEveryView()
    {
        fillEveryTable();
        // Copies set aside on an earlier start, with private words in them.
        const QString damaged = u"hearth.damaged-2026-11-01-101010.sqlite"_s;
        for (const QString &name : QStringList{damaged, damaged + u"-wal"_s}) {
            QFile file(QDir(m_dir->path()).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("our private words");
        }
        QCOMPARE(m_app->setAsideFiles().size(), 1);
        // A conversation is under way when the person deletes everything.
        QVERIFY(m_app->together()->start(u"surprise"_s, {}, 2, 5, 0));
        m_app->journal()->keepUnsaved(0, QString(), u"Half a thought"_s); // still waiting to be written

        const ActionResult result = m_app->deleteAllData();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(u"copy Hearth had set aside is removed"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(u" saved entries"_s), qPrintable(result.message));
        for (auto [table, count] : rowCounts(m_app->database()).asKeyValueRange())
            QVERIFY2(count == 0, qPrintable(table + u" still has rows"_s));
        QVERIFY(m_app->setAsideFiles().isEmpty());
        QVERIFY(DataFolder::setAsideFiles(m_dir->path()).isEmpty());
        QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(damaged + u"-wal"_s)));

        // Every view shows it at once.
        QCOMPARE(m_app->favourites()->count(), 0);
        QCOMPARE(m_app->drafts()->count(), 0);
        QCOMPARE(m_app->journal()->count(), 0);
        QVERIFY(m_app->journal()->unsaved().isEmpty());
        QCOMPARE(m_app->conversations()->count(), 0);
        QCOMPARE(m_app->drills()->doneCount(), 0);
        QCOMPARE(m_app->rituals()->ourCount(), 0);
        QVERIFY(!m_app->rituals()->index(0).data(RitualsModel::LastKeptRole).toDateTime().isValid());
        QVERIFY(!m_app->coach()->hasFreeWrite());
        QVERIFY(m_app->builder()->empty());
        QVERIFY(!m_app->together()->hasCouple());
        QCOMPARE(m_app->together()->stage(), SessionController::Stage::Setup);
        QCOMPARE(m_app->deckEditor()->decks()->rowCount(), 0);
        QVERIFY(m_app->deckEditor()->deckId().isEmpty());
        QVERIFY(std::none_of(m_app->content().decks().cbegin(), m_app->content().decks().cend(),
                             [](const Deck &deck) { return deck.origin != DeckOrigin::BuiltIn; }));

        // Nothing comes back after a pause in typing or on quit.
        QTest::qWait(Autosaver::pauseMs + 100);
        restart();
        for (auto [table, count] : rowCounts(m_app->database()).asKeyValueRange())
            QVERIFY2(count == 0, qPrintable(table + u" has rows again"_s));

        // A new couple's first conversation is recorded.
        QVERIFY(m_app->together()->saveCouple(u"Ada"_s, u"#B4552F"_s, u"Kit"_s, u"#3F6E9A"_s));
        haveAConversation(u"Thank you."_s);
        QCOMPARE(m_app->conversations()->count(), 1);
        QCOMPARE(HistoryStore(m_app->database()).pastConversations(m_app->together()->coupleId()).size(), 1);
    }

    void aBackupComesBackWholeAndEveryViewShowsIt()
    {
        fillEveryTable();
        const QMap<QString, qint64> before = rowCounts(m_app->database());
        const QString backup = QDir(m_dir->path()).filePath(u"backup.json"_s);
        const ActionResult saved = m_app->exportBackup(QUrl::fromLocalFile(backup));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        // Owner-only (ReadUser and WriteUser are Qt's names for the same bits as this user).
        QCOMPARE(QFile::permissions(backup) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        QVERIFY(m_app->deleteAllData().ok);
        QVERIFY(m_app->together()->saveCouple(u"Someone"_s, u"#B4552F"_s, u"Else"_s, u"#3F6E9A"_s));
        QVERIFY(m_app->together()->start(u"surprise"_s, {}, 2, 5, 0));

        const ActionResult restored = m_app->importBackup(QUrl::fromLocalFile(backup));
        QVERIFY2(restored.ok, qPrintable(restored.message));
        // What the restore replaced is kept aside, and listed.
        QCOMPARE(m_app->setAsideFiles().size(), 1);
        QVERIFY(m_app->setAsideFiles().constFirst().toMap().value(u"fileName"_s).toString().startsWith(
            u"hearth.before-restore-"_s));
        QCOMPARE(rowCounts(m_app->database()), before);
        QCOMPARE(m_app->favourites()->count(), 1);
        QCOMPARE(m_app->drafts()->count(), 1);
        QCOMPARE(m_app->journal()->count(), 1);
        QCOMPARE(m_app->conversations()->count(), 1);
        QCOMPARE(m_app->drills()->doneCount(), 1);
        QCOMPARE(m_app->rituals()->ourCount(), 1);
        QCOMPARE(m_app->rituals()->index(0).data(RitualsModel::LastNoteRole).toString(), u"We did."_s);
        QCOMPARE(m_app->deckEditor()->decks()->rowCount(), 1);
        QVERIFY(!m_app->library()->match(m_app->library()->index(0), LibraryModel::TextRole, u"What made you laugh?"_s,
                                         1, Qt::MatchExactly).isEmpty());
        QCOMPARE(m_app->deckEditor()->decks()->index(0).data(DeckListModel::CardCountRole).toInt(), 1);
        QCOMPARE(m_app->coach()->freeWrite(), u"Free words."_s);
        QCOMPARE(m_app->builder()->situation(), u"we plan the weekend"_s);
        QCOMPARE(m_app->together()->stage(), SessionController::Stage::Setup);
        QCOMPARE(m_app->together()->names(), (QStringList{u"Robin"_s, u"Sam"_s}));
        // The restored couple's next conversation is recorded against them.
        haveAConversation(u"Again."_s);
        QCOMPARE(m_app->conversations()->count(), 2);
    }

    // Closing the window with words typed a moment ago: all of them are there
    // next time, the closing ritual's too. (Under valgrind in the suite, so
    // the shutdown order is checked for freed memory too.)
    void closingFlushesEveryUnsavedWord()
    {
        QVERIFY(m_app->together()->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
        QVERIFY(m_app->together()->start(u"surprise"_s, {}, 2, 5, 0));
        const QString card = m_app->together()->cardId();
        while (m_app->together()->cardId() == card)
            m_app->together()->next();
        m_app->together()->finish();
        m_app->together()->holdClosingWords(u"You stayed."_s, u"You asked."_s, true, u"Soon"_s);
        m_app->builder()->setFeeling(u"tender"_s);
        m_app->coach()->keepFreeWrite(u"Typed just now"_s);
        m_app->drills()->keepUnsavedRewrite(2, u"I would love"_s);
        m_app->journal()->keepUnsaved(0, QString(), u"A page half written"_s);
        QVERIFY(m_app->autosaver().hasPending()); // nothing waited for the pause

        restart();
        QCOMPARE(m_app->builder()->feeling(), u"tender"_s);
        QCOMPARE(m_app->coach()->freeWrite(), u"Typed just now"_s);
        QCOMPARE(m_app->drills()->unsavedRewrite(2).toString(), u"I would love"_s);
        QCOMPARE(m_app->journal()->unsaved().value(u"text"_s).toString(), u"A page half written"_s);
        const QVariantMap past = m_app->conversations()->get(0).toMap();
        QCOMPARE(past.value(u"firstAppreciation"_s).toString(), u"You stayed."_s);
        QCOMPARE(past.value(u"secondAppreciation"_s).toString(), u"You asked."_s);
    }

    // A database from a newer Hearth: nothing is saved, and the actions that
    // would need saving say so instead of claiming success.
    void whileNotSavingNothingClaimsSuccess()
    {
        m_app.reset();
        const QString path = QDir(m_dir->path()).filePath(Database::fileName());
        {
            Database database;
            database.open(m_dir->path());
            QSqlQuery(database.connection()).exec(u"PRAGMA user_version = 99"_s);
        }
        const QByteArray hash = fileHash(path);
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(!m_app->saving());
        QVERIFY(!m_app->storageNotice().isEmpty());

        const ActionResult deleted = m_app->deleteAllData();
        QVERIFY(!deleted.ok);
        QVERIFY(deleted.message.contains(u"not saving"_s));
        QVERIFY(!m_app->exportBackup(QUrl::fromLocalFile(QDir(m_dir->path()).filePath(u"b.json"_s))).ok);
        QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(u"b.json"_s)));
        QVERIFY(!m_app->importBackup(QUrl::fromLocalFile(path)).ok);
        m_app.reset();
        QCOMPARE(fileHash(path), hash);
    }

    // A read that fails is said, not shown as an empty journal.
    void aFailedReadIsToldNotHidden()
    {
        QVERIFY(m_app->journal()->save(0, QString(), u"Mine."_s) > 0);
        QSignalSpy problems(m_app.get(), &AppState::problem);
        QSqlQuery query(m_app->database().connection());
        QVERIFY(query.exec(u"ALTER TABLE journal_entries RENAME TO journal_entries_gone"_s));
        m_app->journal()->reload();
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.constFirst().constFirst().toString().contains(u"could not read"_s));
    }

    void aSetAsideCopyCanBeRemovedAndNothingElse()
    {
        const QString name = u"hearth.damaged-2026-11-02-111111.sqlite"_s;
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
        file.close();
        QSignalSpy changed(m_app.get(), &AppState::setAsideFilesChanged);
        const QVariantList listed = m_app->setAsideFiles();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst().toMap().value(u"fileName"_s).toString(), name);
        QVERIFY(!listed.constFirst().toMap().value(u"size"_s).toString().isEmpty());

        QVERIFY(!m_app->removeSetAsideFile(Database::fileName()).ok); // the live database is not a copy
        QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(Database::fileName())));
        QVERIFY(!m_app->removeSetAsideFile(u"../"_s + name).ok);
        QVERIFY(m_app->removeSetAsideFile(name).ok);
        QVERIFY(m_app->setAsideFiles().isEmpty());
        QVERIFY(changed.count() >= 1);
    }

    // The pause as the app composes it: each kind from the content, and
    // afterwards a prompt the journal can open, even after finishing at once.
    void aPauseEndsOnAPromptTheJournalKnows()
    {
        PauseController *pause = m_app->pause();
        QCOMPARE(pause->kinds().size(), m_app->content().pauseKinds().size());
        QSignalSpy stages(pause, &PauseController::stageChanged);
        for (const QVariant &kind : pause->kinds()) {
            QVERIFY(pause->start(kind.toMap().value(u"kindId"_s).toString(), PauseController::longestMinutes()));
            QCOMPARE(pause->stage(), PauseController::Stage::Running);
            QVERIFY(!pause->stepText().isEmpty());
            pause->finishEarly();
            QCOMPARE(pause->stage(), PauseController::Stage::Finished);
            const QVariantMap offered = pause->offeredPrompt();
            QVERIFY(m_app->journal()->promptIndexOf(offered.value(u"promptId"_s).toString()) >= 0);
            QVERIFY(!offered.value(u"text"_s).toString().isEmpty());
            pause->reset();
        }
        QCOMPARE(stages.count(), 3 * pause->kinds().size());
        QVERIFY(!pause->start(u"breathing"_s, PauseController::longestMinutes() + 1));
        QCOMPARE(pause->stage(), PauseController::Stage::Choosing);
    }
};

QTEST_MAIN(TestAppState)
#include "tst_appstate.moc"
