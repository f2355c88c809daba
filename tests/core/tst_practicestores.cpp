// SPDX-License-Identifier: GPL-3.0-or-later
// What practising alone keeps: drafts from the statement builder (saved,
// listed, changed, deleted), the free-write coach's text, drill progress
// (saved and reset), and the sentence the builder makes from four parts.
#include "practice/istatement.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/drillprogressstore.h"
#include "storage/favouritesexchange.h"
#include "storage/favouritesstore.h"
#include "storage/journalstore.h"
#include "storage/workinprogressstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Draft draft(const QString &feeling, const QString &text)
{
    Draft d;
    d.feeling = feeling;
    d.text = text;
    return d;
}

} // namespace

class TestPracticeStores : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->open({});
        m_drafts = std::make_unique<DraftStore>(*m_database);
        m_drills = std::make_unique<DrillProgressStore>(*m_database);
        m_kept = std::make_unique<WorkInProgressStore>(*m_database);
    }

    void draftsAreSavedListedChangedAndDeleted()
    {
        QVERIFY(m_drafts->all().isEmpty());
        Draft first = draft(u"lonely"_s, u"I feel lonely."_s);
        first.need = u"connection"_s; // situation and request stay null: stored as empty text
        QVERIFY(m_drafts->add(first));
        QVERIFY(first.id > 0);
        QVERIFY(first.createdAt.isValid());
        QCOMPARE(first.updatedAt, first.createdAt);
        Draft second = draft(u"hurt"_s, u"I feel hurt."_s);
        QVERIFY(m_drafts->add(second));
        QVERIFY(second.id > first.id);

        const auto stored = m_drafts->find(first.id);
        QVERIFY(stored);
        QCOMPARE(stored->need, u"connection"_s);
        QCOMPARE(stored->situation, u""_s);
        QCOMPARE(stored->text, u"I feel lonely."_s);
        QCOMPARE(stored->createdAt, first.createdAt);

        // The most recently changed comes first.
        QTest::qWait(5);
        first.text = u"I feel lonely in the evenings."_s;
        QVERIFY(m_drafts->update(first));
        QVERIFY(first.updatedAt > first.createdAt);
        const QList<Draft> all = m_drafts->all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, first.id);
        QCOMPARE(all.at(0).text, u"I feel lonely in the evenings."_s);

        QVERIFY(m_drafts->remove(second.id));
        QVERIFY(!m_drafts->remove(second.id));
        QVERIFY(!m_drafts->find(second.id));
        Draft gone = second;
        QVERIFY(!m_drafts->update(gone));
        QCOMPARE(m_drafts->all().size(), 1);
    }

    void aDeletedStarredDraftsIdIsNeverGivenAgain()
    {
        Draft kept = draft(u"glad"_s, u"I feel glad."_s);
        QVERIFY(m_drafts->add(kept));
        FavouritesStore favourites(*m_database);
        Favourite star;
        star.kind = DraftStore::favouriteKind();
        star.contentId = DraftStore::favouriteId(kept.id);
        star.savedText = kept.text;
        QVERIFY(favourites.add(star));
        QVERIFY(m_drafts->remove(kept.id));

        // SQLite alone would hand out the same id again, and the new draft would look starred.
        Draft next = draft(u"calm"_s, u"I feel calm."_s);
        QVERIFY(m_drafts->add(next));
        QVERIFY(next.id > kept.id);
        QCOMPARE(DraftStore::draftIdOf(DraftStore::favouriteId(next.id)), next.id);
        QCOMPARE(DraftStore::draftIdOf(u"draft-x"_s), 0);
        QCOMPARE(DraftStore::draftIdOf(u"warm-up-01"_s), 0);
    }

    void wordsInProgressAreKeptPerSlot()
    {
        const QString freeWrite = WorkInProgressStore::freeWriteSlot();
        QVERIFY(!m_kept->text(freeWrite));
        QVERIFY(m_kept->setText(freeWrite, u"You never listen."_s));
        QCOMPARE(*m_kept->text(freeWrite), u"You never listen."_s);
        QVERIFY(m_kept->setText(freeWrite, u"I miss you."_s));
        QCOMPARE(*m_kept->text(freeWrite), u"I miss you."_s);
        QVERIFY(m_kept->setText(freeWrite, QString()));
        QCOMPARE(*m_kept->text(freeWrite), u""_s); // written, and emptied: not the example again

        QVERIFY(m_kept->setText(WorkInProgressStore::drillSlot(u"drill-01"_s), u"I feel"_s));
        QVERIFY(m_kept->setText(WorkInProgressStore::drillSlot(u"drill-02"_s), u"Could we"_s));
        QVERIFY(m_kept->clearAllStartingWith(WorkInProgressStore::drillSlot({})));
        QVERIFY(!m_kept->text(WorkInProgressStore::drillSlot(u"drill-01"_s)));
        QVERIFY(!m_kept->text(WorkInProgressStore::drillSlot(u"drill-02"_s)));
        QVERIFY(m_kept->text(freeWrite)); // other slots stay
        QVERIFY(m_kept->clear(freeWrite));
        QVERIFY(!m_kept->text(freeWrite));
        QVERIFY(m_drafts->all().isEmpty());
    }

    void journalEntriesAreWrittenChangedAndDeleted()
    {
        JournalStore journal(*m_database);
        QVERIFY(journal.all().isEmpty());
        JournalEntry first{0, u"journal-03"_s, u"Walking by the river, last spring — ünïcödé."_s, {}, {}};
        QVERIFY(journal.save(first));
        QVERIFY(first.id > 0);
        QVERIFY(first.createdAt.isValid());
        JournalEntry free{0, QString(), u"No prompt today."_s, {}, {}}; // prompt stays null: stored as ''
        QVERIFY(journal.save(free));
        QCOMPARE(journal.find(free.id)->promptId, u""_s);

        QTest::qWait(5);
        first.text += u" And the cold water."_s;
        QVERIFY(journal.save(first));
        const QList<JournalEntry> all = journal.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, first.id); // the most recently changed first
        QCOMPARE(all.at(0).text, first.text);
        QCOMPARE(all.at(0).createdAt, first.createdAt);

        QVERIFY(journal.remove(free.id));
        QVERIFY(!journal.remove(free.id));
        JournalEntry gone = free;
        QVERIFY(!journal.save(gone));
        QCOMPARE(journal.all().size(), 1);
    }

    void theRefusableTickIsKeptWithTheDraft()
    {
        Draft d = draft(u"hopeful"_s, u"I feel hopeful. Could we try?"_s);
        d.requestCanBeRefused = true;
        QVERIFY(m_drafts->add(d));
        QVERIFY(m_drafts->find(d.id)->requestCanBeRefused);
        d.requestCanBeRefused = false;
        QVERIFY(m_drafts->update(d));
        QVERIFY(!m_drafts->find(d.id)->requestCanBeRefused);
    }

    void draftsSurviveABackupAndGoWithDeleteAll()
    {
        Draft d = draft(u"tender"_s, u"I feel tender."_s);
        QVERIFY(m_drafts->add(d));
        QVERIFY(m_kept->setText(WorkInProgressStore::freeWriteSlot(), u"Private words."_s));
        DrillProgress progress{u"drill-01"_s, u"I miss you."_s, 0, {}};
        QVERIFY(m_drills->save(progress));

        const QByteArray backup = Backup::exportAll(*m_database);
        QString error;
        QVERIFY(Backup::deleteAll(*m_database, &error));
        QVERIFY(m_drafts->all().isEmpty());
        QVERIFY(!m_kept->text(WorkInProgressStore::freeWriteSlot()));
        QVERIFY(m_drills->all().isEmpty());

        QVERIFY2(Backup::importAll(*m_database, backup, &error), qPrintable(error));
        QCOMPARE(m_drafts->all().size(), 1);
        QCOMPARE(m_drafts->all().constFirst().text, u"I feel tender."_s);
        QCOMPARE(*m_kept->text(WorkInProgressStore::freeWriteSlot()), u"Private words."_s);
        QCOMPARE(m_drills->all().value(u"drill-01"_s).rewrite, u"I miss you."_s);
    }

    // Before schema 3 the free-write was coach_drafts' row 0; such a backup
    // still brings it back, into its own slot, and no draft 0 appears.
    void aBackupFromSchemaTwoBringsTheFreeWriteBack()
    {
        const QByteArray backup = R"({"format": "hearth-backup", "version": 1, "schemaVersion": 2,
            "tables": {"coach_drafts": [
                {"id": 0, "feeling": "", "situation": "", "need": "", "request": "",
                 "text": "Old free writing.", "created_at": "2026-11-01T10:00:00.000Z",
                 "updated_at": "2026-11-02T10:00:00.000Z"},
                {"id": 4, "feeling": "calm", "situation": "", "need": "", "request": "",
                 "text": "I feel calm.", "created_at": "2026-11-01T10:00:00.000Z",
                 "updated_at": "2026-11-01T10:00:00.000Z"}],
            "couples": [], "sessions": [], "session_cards": [], "favourites": [],
            "journal_entries": [], "drill_progress": [], "appreciations": []}})";
        QString error;
        QVERIFY2(Backup::importAll(*m_database, backup, &error), qPrintable(error));
        QCOMPARE(*m_kept->text(WorkInProgressStore::freeWriteSlot()), u"Old free writing."_s);
        QCOMPARE(m_drafts->all().size(), 1);
        QCOMPARE(m_drafts->all().constFirst().id, 4);
        QVERIFY(!m_drafts->all().constFirst().requestCanBeRefused);
    }

    void drillProgressIsSavedReplacedAndReset()
    {
        DrillProgress first{u"drill-01"_s, u"I feel lonely when the TV stays on."_s, 1, {}};
        QVERIFY(m_drills->save(first));
        QVERIFY(first.completedAt.isValid());
        DrillProgress second{u"drill-02"_s, u"Could we plan Saturday together?"_s, 0, {}};
        QVERIFY(m_drills->save(second));
        QCOMPARE(m_drills->all().size(), 2);

        // Doing a drill again replaces the earlier rewrite.
        DrillProgress again{u"drill-01"_s, u"I feel lonely when the TV stays on while I talk."_s, 0, {}};
        QVERIFY(m_drills->save(again));
        const auto all = m_drills->all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(u"drill-01"_s).rewrite, again.rewrite);
        QCOMPARE(all.value(u"drill-01"_s).findings, 0);

        DrillProgress nameless{QString(), u"text"_s, 0, {}};
        QVERIFY(!m_drills->save(nameless));

        QVERIFY(m_drills->reset());
        QVERIFY(m_drills->all().isEmpty());
    }

    void whatIsSavedIsOnDisk()
    {
        QTemporaryDir dir;
        qint64 id = 0;
        {
            Database database;
            database.open(dir.path());
            QVERIFY(database.isPersistent());
            DraftStore drafts(database);
            Draft d = draft(u"relieved"_s, u"I feel relieved."_s);
            QVERIFY(drafts.add(d));
            id = d.id;
            QVERIFY(WorkInProgressStore(database).setText(WorkInProgressStore::freeWriteSlot(), u"Kept between runs."_s));
            DrillProgressStore drills(database);
            DrillProgress progress{u"drill-03"_s, u"Would you wash up tonight?"_s, 0, {}};
            QVERIFY(drills.save(progress));
        }
        Database database;
        database.open(dir.path());
        DraftStore drafts(database);
        QCOMPARE(drafts.find(id)->text, u"I feel relieved."_s);
        QCOMPARE(*WorkInProgressStore(database).text(WorkInProgressStore::freeWriteSlot()), u"Kept between runs."_s);
        QCOMPARE(DrillProgressStore(database).all().size(), 1);
    }

    void starredStatementsAreTheirOwnWords()
    {
        QCOMPARE(FavouritesExchange::kindLabel(u"statement"_s), u"Your own words"_s);
        QVERIFY(FavouritesExchange::isOwnWords(u"statement"_s));
        QVERIFY(!FavouritesExchange::isOwnWords(u"card"_s));

        // They travel through an export and back like any favourite.
        FavouritesStore store(*m_database);
        Favourite own;
        own.kind = u"statement"_s;
        own.contentId = u"draft-7"_s;
        own.savedText = u"I feel hopeful when we plan together."_s;
        const QByteArray json = FavouritesExchange::toJson({own});
        const auto result = FavouritesExchange::importJson(json, store, *m_database);
        QCOMPARE(result.added, 1);
        QVERIFY(result.errors.isEmpty());
        QVERIFY(store.find(u"statement"_s, u"draft-7"_s));
        QVERIFY(FavouritesExchange::toMarkdown(store.all(), {}).contains("**Your own words:** I feel hopeful"));

        const Favourite stored = *store.find(u"statement"_s, u"draft-7"_s);
        QVERIFY(store.setSavedText(stored.id, u"I feel hopeful when we plan our week together."_s));
        QCOMPARE(store.find(u"statement"_s, u"draft-7"_s)->savedText, u"I feel hopeful when we plan our week together."_s);
    }

    void theStatementReadsAsOneSentence_data()
    {
        QTest::addColumn<QString>("feeling");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("need");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nothing yet") << u""_s << u""_s << u""_s << u""_s
                                     << u"I feel \u2026 when \u2026 because I need \u2026 Would you be willing to \u2026?"_s;
        QTest::newRow("all four") << u"lonely"_s << u"you looked at your phone at dinner"_s << u"connection"_s
                                  << u"put our phones away while we eat"_s
                                  << u"I feel lonely when you looked at your phone at dinner because I need connection. "
                                     "Would you be willing to put our phones away while we eat?"_s;
        QTest::newRow("words the sentence has") << u" hurt "_s << u"When You left early."_s << u"because I need to matter."_s
                                                << u"Would you be willing to call me next time?"_s
                                                << u"I feel hurt when you left early because I need to matter. "
                                                   "Would you be willing to call me next time?"_s;
        QTest::newRow("a name keeps its capital") << u"worried"_s << u"Sam said nothing all evening"_s << u""_s
                                                  << u"could you tell me when something is wrong?"_s
                                                  << u"I feel worried when Sam said nothing all evening because I need \u2026 "
                                                     "Would you be willing to tell me when something is wrong?"_s;
        QTest::newRow("line breaks") << u"tired"_s << u"the dishes\nwait   until morning"_s << u"rest"_s << u""_s
                                     << u"I feel tired when the dishes wait until morning because I need rest. "
                                        "Would you be willing to \u2026?"_s;
    }

    void theStatementReadsAsOneSentence()
    {
        QFETCH(QString, feeling);
        QFETCH(QString, situation);
        QFETCH(QString, need);
        QFETCH(QString, request);
        QFETCH(QString, expected);
        QCOMPARE(IStatement::compose({feeling, situation, need, request}), expected);
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<DrillProgressStore> m_drills;
    std::unique_ptr<WorkInProgressStore> m_kept;
};

QTEST_GUILESS_MAIN(TestPracticeStores)
#include "tst_practicestores.moc"
