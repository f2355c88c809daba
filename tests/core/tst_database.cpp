// SPDX-License-Identifier: GPL-3.0-or-later
// The store must never lose what the user wrote: new files are private,
// old files upgrade, damaged files are set aside untouched, newer files are
// left alone, and an unwritable folder still lets the app run.
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/integritystamp.h"
#include "storage/sqlitedamagelog.h"
#include "storage/migrations.h"
#include "storage/walreader.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A database at `path` with the given user_version, made without Hearth.
void makeForeignDatabase(const QString &path, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE future (x TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO future VALUES ('from a later Hearth')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}

QStringList damagedFilesIn(const QString &dir)
{
    return QDir(dir).entryList({u"hearth.damaged-*"_s}, QDir::Files, QDir::Name);
}

QStringList setAsideNames(const QString &dir)
{
    QStringList names;
    for (const DataFolder::SetAsideFile &file : DataFolder::setAsideFiles(dir))
        names.append(file.fileName);
    return names;
}

// A committed database of an older schema, copied into `dir` as Hearth's
// own file, writable as Hearth would have left it.
bool copyFixture(const QString &fixture, const QTemporaryDir &dir)
{
    const QString file = dir.filePath(u"hearth.sqlite"_s);
    return QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/") + fixture, file)
           && QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// A database Hearth made in `dir`, large enough to have pages that opening
// never reads, closed as at the end of a session.
void makeClosedDatabaseOfManyPages(const QString &dir)
{
    Database db;
    db.open(dir);
    QVERIFY(db.isPersistent());
    QVERIFY(db.transaction([&db] {
        QSqlQuery insert(db.connection());
        insert.prepare(u"INSERT INTO favourites (kind, content_id, saved_text, created_at) VALUES ('card', ?, ?, '2026-12-03T10:00:00Z')"_s);
        for (int i = 0; i < 2000; ++i) {
            insert.addBindValue(u"card-%1"_s.arg(i));
            insert.addBindValue(u"A prompt kept to come back to, number %1. "_s.arg(i).repeated(4));
            if (!insert.exec())
                return false;
        }
        return true;
    }));
}

// Notes the file at `path` as if Hearth had left it so, checked whole at `checkedAt`.
void noteAsLeftByHearth(const QString &path, const QDateTime &checkedAt)
{
    const std::optional<IntegrityStamp::FileId> file = IntegrityStamp::fileIdOf(path);
    QVERIFY(file);
    QString error;
    QVERIFY2(IntegrityStamp::record(path, *file, checkedAt, &error), qPrintable(error));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void aNewDatabaseIsPrivate()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(u"nested/data"_s);
        Database db;
        db.open(dir);
        QCOMPARE(db.state(), Database::State::Ready);
        QVERIFY(db.isPersistent());
        QVERIFY(db.notice().isEmpty());
        QCOMPARE(db.path(), QDir(dir).filePath(u"hearth.sqlite"_s));

        constexpr auto folderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        constexpr auto fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto modeBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser
                              | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                              | folderMode;
        QCOMPARE(QFile::permissions(dir) & modeBits, QFileDevice::Permissions(folderMode | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT OR IGNORE INTO journals VALUES (1, '', 'own', '', 'a')"_s));
        QVERIFY(query.exec(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (1, 'x', 'now', 'now')"_s));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            const QString path = db.path() + suffix;
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & modeBits,
                     QFileDevice::Permissions(fileMode | QFileDevice::ReadUser | QFileDevice::WriteUser));
        }
    }

    // A start opens the database on a thread of its own and hands it to the
    // GUI thread (WindowCommand); without the hand-over Qt refuses it there.
    void anOpenedDatabaseIsHandedToAnotherThread_data()
    {
        QTest::addColumn<bool>("handOver");
        QTest::newRow("handed over") << true;
        QTest::newRow("kept") << false;
    }

    void anOpenedDatabaseIsHandedToAnotherThread()
    {
        QFETCH(bool, handOver);
        QTemporaryDir dir;
        Database db;
        std::unique_ptr<QThread> opener(QThread::create([&db, &dir, handOver, here = QThread::currentThread()] {
            db.open(dir.path());
            if (handOver)
                db.handOverTo(here);
        }));
        opener->start();
        QVERIFY(opener->wait(20000));
        QCOMPARE(db.state(), Database::State::Ready);
        if (!handOver) { // asked for here, and again when ~Database closes it
            for (int times = 0; times < 2; ++times)
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not belong to the calling thread"_s));
        }
        QCOMPARE(db.connection().isValid(), handOver);
        if (handOver) {
            QVERIFY(db.transaction([&db] {
                QSqlQuery query(db.connection());
                return query.exec(u"INSERT INTO journals VALUES (1, '', 'own', '', 'a')"_s);
            }));
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM journals"_s).toInt(), 1);
        }
    }

    void everyConnectionIsConfigured()
    {
        QTemporaryDir dir;
        Database db;
        db.open(dir.path());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
    }

    void theFirstSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(u"hearth-v1.sqlite"_s, dir));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"SELECT partner_b_name FROM couples WHERE id = 1"_s).toString(), u"Alex"_s);
        QCOMPARE(scalar(db, u"SELECT note FROM sessions WHERE id = 1"_s).toString(), u"A good talk about weekends."_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM session_cards"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT saved_text FROM favourites WHERE id = 1"_s).toString(),
                 u"A saved card text — with ünïcödé"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 2);
        // The tables of the later steps exist and work.
        for (const QString &table : Migrations::userTables())
            QVERIFY2(scalar(db, u"SELECT count(*) FROM "_s + table).isValid(), qPrintable(table));
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    // Schema 4 gave journals owners: the one journal kept before becomes
    // journal 1, an own journal not named yet, with every page as it was.
    // Schema 5 added rituals, empty.
    void theThirdSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(u"hearth-v3.sqlite"_s, dir));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journals"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT id || '|' || name || '|' || kind || '|' || vault || '|' || created_at FROM journals"_s)
                     .toString(),
                 u"1||own||2025-02-01T09:00:00.000Z"_s);
        QCOMPARE(scalar(db, u"SELECT group_concat(id || '|' || journal_id || '|' || prompt_id || '|' || feeling || '|' "
                            "|| tags || '|' || text || '|' || sealed || '|' || created_at || '|' || updated_at, '#') "
                            "FROM (SELECT * FROM journal_entries ORDER BY id)"_s)
                     .toString(),
                 u"4|1|journal-01|||A page kept since version 3: ünïcödé.||2025-03-02T20:00:00.000Z|2025-03-02T20:05:00.000Z#"
                 "7|1||||Written freely.||2025-02-01T09:00:00.000Z|2025-04-01T09:00:00.000Z"_s);
        QCOMPARE(scalar(db, u"SELECT text FROM work_in_progress WHERE slot = 'journal'"_s).toString(),
                 u"{\"entryId\":0,\"promptId\":\"\",\"text\":\"half a page\"}"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM our_rituals"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ritual_ticks"_s).toInt(), 0);
        // The entries now belong to their journal.
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (99, 'x', 'a', 'b')"_s));
    }

    // Schema 6 added the couple's own decks and their cards, empty; every
    // journal, page and ritual of schema 5 stays as it was.
    void theFifthSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(u"hearth-v5.sqlite"_s, dir));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"SELECT group_concat(id || '|' || name || '|' || kind, '#') FROM (SELECT * FROM journals ORDER BY id)"_s)
                     .toString(),
                 u"1|Robin's pages|own#2|Ours — shared ☕|shared"_s);
        QCOMPARE(scalar(db, u"SELECT journal_id || '|' || feeling || '|' || tags || '|' || text FROM journal_entries WHERE id = 12"_s)
                     .toString(),
                 u"2|hopeful|trust investing|We walked by the river and said more than usual."_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journal_entries"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT group_concat(ritual_id || '|' || note || '|' || done_at, '#') FROM (SELECT * FROM ritual_ticks ORDER BY id)"_s)
                     .toString(),
                 u"ritual-01|Tea before work, ten minutes.|2025-03-03T07:30:00.000Z#ritual-02||2025-03-08T19:00:00.000Z"_s);
        QCOMPARE(scalar(db, u"SELECT ritual_id FROM our_rituals"_s).toString(), u"ritual-01"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM decks"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM deck_cards"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // A deck's cards belong to it and go with it.
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"INSERT INTO deck_cards (id, deck_id, position, section, depth, kind, answered_by, text) "
                            "VALUES ('x.1', 'x', 0, 'closeness', 1, 'question', 'each', 't')"_s));
        QVERIFY(!query.exec(u"INSERT INTO decks (id, source, title, mood, created_at, updated_at) VALUES ('ours.a', 'elsewhere', 't', 'warm', 'a', 'b')"_s));
        QVERIFY(query.exec(u"INSERT INTO decks (id, source, title, mood, created_at, updated_at) VALUES ('ours.a', 'ours', 't', 'warm', 'a', 'b')"_s));
        QVERIFY(query.exec(u"INSERT INTO deck_cards (id, deck_id, position, section, depth, kind, answered_by, text) "
                           "VALUES ('ours.a.1', 'ours.a', 0, 'closeness', 1, 'question', 'each', 't')"_s));
        QVERIFY(query.exec(u"DELETE FROM decks"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM deck_cards"_s).toInt(), 0);
    }

    // Schema 7 added what a start remembers of the pack files it imported,
    // empty: every deck and card of schema 6 stays as it was, and a record
    // goes with its deck.
    void theSixthSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(u"hearth-v6.sqlite"_s, dir));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"SELECT group_concat(id || '|' || source || '|' || title, '#') FROM (SELECT * FROM decks ORDER BY id)"_s)
                     .toString(),
                 u"ours.k3x9|ours|Sunday questions#pack.slow-evenings|pack|Slow evenings"_s);
        QCOMPARE(scalar(db, u"SELECT text || '|' || follow_ups || '|' || listener_hint FROM deck_cards WHERE id = 'ours.k3x9.a1'"_s)
                     .toString(),
                 u"What would you like more of this year — ünïcödé?|[\"What else?\"]|Just listen."_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM deck_cards"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journal_entries"_s).toInt(), 3);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pack_files"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"INSERT INTO pack_files VALUES ('x.json', 1, 2, x'00', 'v', 'pack.elsewhere')"_s));
        QVERIFY(query.exec(u"INSERT INTO pack_files VALUES ('evenings.json', 1, 2, x'00', 'v', 'pack.slow-evenings')"_s));
        QVERIFY(query.exec(u"DELETE FROM decks WHERE id = 'pack.slow-evenings'"_s));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pack_files"_s).toInt(), 0);
    }

    // Schema 3 moved the free-write out of coach_drafts (it was row 0) and
    // gave drafts the builder's "could my partner say no?" tick.
    void theSecondSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(u"hearth-v2.sqlite"_s, dir));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"SELECT text FROM work_in_progress WHERE slot = 'free-write'"_s).toString(),
                 u"Free writing kept since version 2: ünïcödé."_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM coach_drafts WHERE id = 0"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT feeling FROM coach_drafts WHERE id = 1"_s).toString(), u"hurt"_s);
        QCOMPARE(scalar(db, u"SELECT request_can_be_refused FROM coach_drafts WHERE id = 1"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT content_id FROM favourites WHERE id = 1"_s).toString(), u"draft-1"_s);
        QCOMPARE(scalar(db, u"SELECT rewrite FROM drill_progress WHERE drill_id = 'drill-01'"_s).toString(),
                 u"I feel lonely when we eat apart."_s);
        QCOMPARE(scalar(db, u"SELECT text FROM appreciations WHERE id = 1"_s).toString(), u"You made time for me — merci."_s);
        QCOMPARE(scalar(db, u"SELECT note FROM sessions WHERE id = 1"_s).toString(), u"We talked about holidays."_s);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void aFailedStepRollsBackAndReports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            // A table in the way of step 2 makes that step fail halfway.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"CREATE TABLE journal_entries (something_else TEXT)"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Failed);
        QVERIFY(!db.isPersistent());
        QVERIFY2(db.notice().contains(u"version 2"_s), qPrintable(db.notice()));
        db.close();

        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QSqlQuery query(check);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // coach_drafts came before the failing statement in step 2: rolled back with it.
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'coach_drafts'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"SELECT count(*) FROM favourites"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        check.close();
        check = {};
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void aDamagedFileIsSetAsideUntouched_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::addColumn<bool>("withJournal");
        QTest::newRow("not a database") << QByteArray("These are not the bytes of a database.\n").repeated(200) << false;
        QByteArray truncated = bytesOf(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"));
        truncated.truncate(truncated.size() / 2);
        truncated.replace(4096, 2048, QByteArray(2048, '\xAB')); // scribble over the schema pages
        QTest::newRow("half a database") << truncated << false;
        QTest::newRow("with -wal and -shm") << QByteArray("garbage").repeated(1000) << true;
    }

    void aDamagedFileIsSetAsideUntouched()
    {
        QFETCH(QByteArray, damaged);
        QFETCH(bool, withJournal);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        writeBytes(path, damaged);
        const QByteArray wal = "not really a write-ahead log";
        if (withJournal) {
            writeBytes(path + u"-wal"_s, wal);
            writeBytes(path + u"-shm"_s, QByteArray(32768, '\0'));
        }

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
        QVERIFY(db.isPersistent());
        QVERIFY(db.notice().contains(QDir::toNativeSeparators(db.quarantinedPath())));

        const QStringList set = damagedFilesIn(dir.path());
        QCOMPARE(set.size(), withJournal ? 3 : 1);
        // Nothing needed finishing in a file SQLite cannot read: no other copy was taken.
        QCOMPARE(setAsideNames(dir.path()), QStringList{QFileInfo(db.quarantinedPath()).fileName()});
        QCOMPARE(bytesOf(db.quarantinedPath()), damaged);
        if (withJournal)
            QCOMPARE(bytesOf(db.quarantinedPath() + u"-wal"_s), wal);
        // A fresh, working database took its place.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
    }

    // The whole check reads every page, so a start skips it for the file
    // Hearth left at its last close (IntegrityStamp). A change from outside
    // since then is still found at the next start.
    void aFileChangedSinceHearthClosedItIsCheckedWhole()
    {
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        QVERIFY(QFile::exists(IntegrityStamp::pathFor(path)));
        damageAPageInTheMiddle(path);
        QVERIFY(!QTest::currentTestFailed());

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
        QCOMPARE(setAsideNames(dir.path()).size(), 1);
    }

    // Putting the modification time back hides nothing: the status-change
    // time moves with any write and cannot be set.
    void aChangeWithItsTimeSetBackIsStillFound()
    {
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        struct stat before = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        damageAPageInTheMiddle(path);
        QVERIFY(!QTest::currentTestFailed());
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
    }

    // What skipping trusts: a note that this very file was checked whole
    // within the week. The damage below is noted as if Hearth had left it, so
    // only a whole check finds it.
    void theFileHearthLeftIsCheckedWholeOnceAWeek_data()
    {
        QTest::addColumn<qint64>("checkedSecondsAgo");
        QTest::addColumn<Database::State>("state");
        QTest::newRow("an hour ago: not checked again") << qint64(3600) << Database::State::Ready;
        QTest::newRow("eight days ago") << qint64(8 * 24 * 3600) << Database::State::Recovered;
        QTest::newRow("tomorrow: the clock was set back") << qint64(-24 * 3600) << Database::State::Recovered;
    }

    void theFileHearthLeftIsCheckedWholeOnceAWeek()
    {
        QFETCH(qint64, checkedSecondsAgo);
        QFETCH(Database::State, state);
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        damageAPageInTheMiddle(path);
        QVERIFY(!QTest::currentTestFailed());
        noteAsLeftByHearth(path, QDateTime::currentDateTimeUtc().addSecs(-checkedSecondsAgo));

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), state);
    }

    // SQLite must finish or undo a write first: that is a whole check, whatever the note says.
    void aFileWithALogToReplayIsCheckedWhole()
    {
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        {
            // A committed write left in the log, as a kill leaves it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"killed"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(query.exec(u"DELETE FROM favourites WHERE id < 4"_s));
            QVERIFY(QFile::copy(path, dir.filePath(u"main.copy"_s)));
            QVERIFY(QFile::copy(path + u"-wal"_s, dir.filePath(u"wal.copy"_s)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"killed"_s);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(dir.filePath(u"main.copy"_s), path));
        QVERIFY(QFile::rename(dir.filePath(u"wal.copy"_s), path + u"-wal"_s));
        damageAPageInTheMiddle(path);
        QVERIFY(!QTest::currentTestFailed());
        noteAsLeftByHearth(path, QDateTime::currentDateTimeUtc());

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
    }

    // Damage the open itself runs into, where the note let it skip the whole
    // check, is found by that start: the file is set aside, not given up on.
    void damageTheOpenMeetsIsSetAsideAtOnce()
    {
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        {
            // The first page's b-tree header: the schema every query reads.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100));
            QCOMPARE(file.write(QByteArray(8, '\xAB')), 8);
        }
        noteAsLeftByHearth(path, QDateTime::currentDateTimeUtc());

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
        QCOMPARE(setAsideNames(dir.path()).size(), 1);
    }

    void theCloseNotesTheFileAndWhenItWasCheckedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        const QString note = IntegrityStamp::pathFor(path);
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(modeOf(note), 0600);
        const QByteArray firstNote = bytesOf(note);
        {
            Database db; // the note vouches: not checked whole again
            db.open(dir.path());
            QCOMPARE(db.state(), Database::State::Ready);
            QVERIFY(!QFile::exists(note)); // taken as it opened: a crash leaves none
            QVERIFY(db.transaction([&db] {
                return QSqlQuery(db.connection()).exec(u"DELETE FROM favourites WHERE id % 2 = 0"_s);
            }));
        }
        // The file changed, and the time of its last whole check stays.
        const QByteArray secondNote = bytesOf(note);
        QVERIFY(secondNote != firstNote);
        QCOMPARE(secondNote.split(' ').last(), firstNote.split(' ').last());
    }

    // A note vouches for the file Hearth had open, not for whatever is at its path at the close.
    void aFileReplacedWhileOpenIsNotNoted()
    {
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        const QString other = dir.filePath(u"other.sqlite"_s);
        QVERIFY(QFile::copy(path, other));
        {
            Database db;
            db.open(dir.path());
            QCOMPARE(db.state(), Database::State::Ready);
            QCOMPARE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        }
        QVERIFY(!QFile::exists(IntegrityStamp::pathFor(path)));
    }

    // Damage met in the session, by a read however its caller took the
    // result, or as SQLite's log told it: the file is not vouched for.
    void damageMetInTheSessionLeavesNoNote_data()
    {
        QTest::addColumn<bool>("toldByTheStore");
        QTest::newRow("a read that failed") << true;
        QTest::newRow("a loop over rows that stopped") << false;
    }

    void damageMetInTheSessionLeavesNoNote()
    {
        QFETCH(bool, toldByTheStore);
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        if (!toldByTheStore) {
            damageAPageInTheMiddle(path);
            QVERIFY(!QTest::currentTestFailed());
            noteAsLeftByHearth(path, QDateTime::currentDateTimeUtc());
        }
        {
            Database db;
            db.open(dir.path());
            QCOMPARE(db.state(), Database::State::Ready);
            if (toldByTheStore) {
                db.reportReadFailure(u"database disk image is malformed"_s);
            } else {
                // Every row, by the table and by its index, as a store's loop reads them.
                for (const QString &sql : {u"SELECT saved_text FROM favourites"_s,
                                           u"SELECT content_id FROM favourites ORDER BY kind, content_id"_s}) {
                    QSqlQuery query(db.connection());
                    QVERIFY(query.exec(sql));
                    while (query.next()) {
                    }
                }
                QVERIFY(SqliteDamageLog::damageMet() > 0);
            }
        }
        QVERIFY(!QFile::exists(IntegrityStamp::pathFor(path)));
    }

    void aNoteThatIsNotOneMeansAWholeCheck_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage") << u"garbage"_s;
        QTest::newRow("empty") << u"empty"_s;
        QTest::newRow("named pipe") << u"fifo"_s;
    }

    void aNoteThatIsNotOneMeansAWholeCheck()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        makeClosedDatabaseOfManyPages(dir.path());
        QVERIFY(!QTest::currentTestFailed());
        const QString path = dir.filePath(Database::fileName());
        const QString note = IntegrityStamp::pathFor(path);
        damageAPageInTheMiddle(path);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(QFile::remove(note));
        if (kind == "fifo"_L1)
            QVERIFY(makeFifo(note));
        else
            writeBytes(note, kind == "empty"_L1 ? QByteArray() : QByteArray("hearth-checked 1 1 2 3 4 5 6 7 8\n"));

        Database db;
        db.open(dir.path()); // a pipe is never opened, so this does not block
        QCOMPARE(db.state(), Database::State::Recovered);
    }

    void aNewerDatabaseIsLeftByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        makeForeignDatabase(path, Database::schemaVersion + 7);
        const QByteArray before = bytesOf(path);
        const QDateTime modified = QFileInfo(path).lastModified();

        {
            Database db;
            db.open(dir.path());
            QCOMPARE(db.state(), Database::State::NewerVersion);
            QVERIFY(!db.isPersistent());
            QVERIFY(db.notice().contains(u"newer version of Hearth"_s));
            // The app still works, in memory.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"INSERT OR IGNORE INTO journals VALUES (1, '', 'own', '', 'a')"_s));
            QVERIFY(query.exec(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (1, 'kept in memory', 'a', 'b')"_s));
        }
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(damagedFilesIn(dir.path()).isEmpty());
    }

    void anUnwritableFolderStillOpens_data()
    {
        QTest::addColumn<QString>("dir");
        // /proc refuses new files even to root, so this holds in CI too.
        QTest::newRow("cannot be created") << u"/proc/self/hearth-data"_s;
        QTest::newRow("cannot be written") << u"/proc/self"_s;
    }

    void anUnwritableFolderStillOpens()
    {
        QFETCH(QString, dir);
        Database db;
        db.open(dir);
        QCOMPARE(db.state(), Database::State::Unwritable);
        QVERIFY(!db.isPersistent());
        QVERIFY2(db.notice().contains(dir), qPrintable(db.notice()));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM favourites"_s));
    }

    void aReadOnlyFolderForOrdinaryUsers()
    {
        if (::geteuid() == 0)
            QSKIP("root can write to any folder; the /proc cases above cover this for root");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Unwritable);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // Issue #9: a file that cannot be written showed "Saving" while every
    // write failed. A file marked read-only is left so, even for root.
    void aReadOnlyFileIsNotSavedToNorChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        copyFile(StorageFolders::fixture(u"hearth-v1.sqlite"_s), path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner)); // 0400
        const auto before = fingerprint(dir.path());
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Unwritable);
        QVERIFY(!db.isPersistent());
        QVERIFY2(db.notice().contains(u"not allowed to change"_s), qPrintable(db.notice()));
        db.close();
        QCOMPARE(fingerprint(dir.path()), before);
        QCOMPARE(QFile::permissions(path) & QFileDevice::WriteOwner, QFileDevice::Permissions());
    }

    void aLockedFileGivesAMessageNotAFreeze()
    {
        QTemporaryDir dir;
        {
            Database first;
            first.open(dir.path());
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(dir.filePath(u"hearth.sqlite"_s));
        QVERIFY(holder.open());
        QSqlQuery hold(holder);
        QVERIFY(hold.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(hold.exec(u"BEGIN EXCLUSIVE"_s));

        QElapsedTimer timer;
        timer.start();
        Database db;
        db.open(dir.path());
        QVERIFY2(db.state() == Database::State::Locked, qPrintable(db.notice()));
        QVERIFY(db.notice().contains(u"in use"_s));
        QVERIFY(timer.elapsed() < 30000);
        QVERIFY(damagedFilesIn(dir.path()).isEmpty()); // Someone else's live file is never moved.

        hold.exec(u"ROLLBACK"_s);
        hold = QSqlQuery();
        holder.close();
        holder = {};
        QSqlDatabase::removeDatabase(u"holder"_s);
    }

    // Issue #9: a kill while SQLite wrote through its rollback journal (the
    // first start, the switch to WAL, an upgrade) left a hot journal that the
    // read-only first look could never roll back, so Hearth never saved again.
    void aHotJournalIsRolledBackAndTheCopyRemoved()
    {
        QTemporaryDir dir;
        makeFolderWithHotJournal(dir.path());
        const QString path = dir.filePath(Database::fileName());
        {
            // What the old first look met.
            QSqlDatabase look = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
            look.setDatabaseName(path);
            look.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(look.open());
            QSqlQuery query(look);
            QVERIFY(!query.exec(u"PRAGMA quick_check"_s));
            QCOMPARE(query.lastError().nativeErrorCode().toInt(), 776); // SQLITE_READONLY_ROLLBACK
            query = QSqlQuery();
            look.close();
        }
        QSqlDatabase::removeDatabase(u"look"_s);

        Database db;
        db.open(dir.path());
        QVERIFY2(db.state() == Database::State::Ready, qPrintable(db.notice()));
        QVERIFY(db.notice().isEmpty()); // finishing a crash's business is no news
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites WHERE content_id = 'unfinished'"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
        QCOMPARE(setAsideNames(dir.path()), QStringList());
    }

    void aCopyTakenBeforeRecoveryIsKeptWhenTheOpenFails()
    {
        QTemporaryDir dir;
        // A table in the way makes the upgrade after the rollback fail.
        makeFolderWithHotJournal(dir.path(), {u"CREATE TABLE journal_entries (something_else TEXT)"_s});
        const QByteArray database = bytesOf(dir.filePath(Database::fileName()));
        const QByteArray journal = bytesOf(dir.filePath(Database::fileName() + u"-journal"_s));

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Failed);
        const QStringList kept = setAsideNames(dir.path());
        QCOMPARE(kept.size(), 1);
        QVERIFY2(kept.constFirst().startsWith(u"hearth.interrupted-"_s), qPrintable(kept.constFirst()));
        QCOMPARE(bytesOf(dir.filePath(kept.constFirst())), database);
        QCOMPARE(bytesOf(dir.filePath(kept.constFirst() + u"-journal"_s)), journal);
        QCOMPARE(DataFolder::setAsideFiles(dir.path()).constFirst().size, database.size() + journal.size());
        db.close();

        QString error;
        QVERIFY(DataFolder::removeSetAside(dir.path(), kept.constFirst(), &error));
        QVERIFY(!QFile::exists(dir.filePath(kept.constFirst())));
        QVERIFY(!QFile::exists(dir.filePath(kept.constFirst() + u"-journal"_s)));
        QVERIFY(QFile::exists(dir.filePath(Database::fileName())));
    }

    // A torn header hides that the file has a hot journal, which holds the
    // header as it was: the read-only look meets SQLITE_READONLY_ROLLBACK and
    // the journal is rolled back after all.
    void aTornHeaderIsRestoredFromItsJournal()
    {
        QTemporaryDir dir;
        makeFolderWithHotJournal(dir.path());
        QFile file(dir.filePath(Database::fileName()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(16, '\0'));
        file.close();

        Database db;
        db.open(dir.path());
        QVERIFY2(db.state() == Database::State::Ready, qPrintable(db.notice()));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 2);
        QCOMPARE(setAsideNames(dir.path()), QStringList());
    }

    void aDamagedFileWithAHotJournalKeepsBothCopies()
    {
        QTemporaryDir dir;
        makeFolderWithHotJournal(dir.path());
        // Scribble over the couples table's page, which the unfinished write did not touch.
        QFile file(dir.filePath(Database::fileName()));
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(4096 + 8));
        file.write(QByteArray(4000, '\x5a'));
        file.close();

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
        const QStringList kept = setAsideNames(dir.path());
        QCOMPARE(kept.size(), 2);
        QVERIFY2(kept.at(0).startsWith(u"hearth.damaged-"_s) && kept.at(1).startsWith(u"hearth.interrupted-"_s),
                 qPrintable(kept.join(u", "_s)));
        QVERIFY2(db.notice().contains(kept.at(0)) && db.notice().contains(kept.at(1)), qPrintable(db.notice()));
        QVERIFY(QFile::exists(dir.filePath(kept.at(1) + u"-journal"_s)));
    }

    void anIntactLogIsReplayedAndItsCopyRemoved()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 60);
        QVERIFY(QFileInfo(dir.filePath(u"hearth.sqlite-wal"_s)).size() > 60 * 600);
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QVERIFY(db.notice().isEmpty());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journal_entries"_s).toInt(), 60);
        QCOMPARE(setAsideNames(dir.path()), QStringList());
    }

    // A kill in the middle of writing a frame leaves a torn last frame with
    // nothing valid after it: normal, and nobody is alarmed.
    void aTornLastFrameIsNotDamage_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("cut short") << true;
        QTest::newRow("scribbled") << false;
    }

    void aTornLastFrameIsNotDamage()
    {
        QFETCH(bool, truncate);
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 40);
        const QString wal = dir.filePath(u"hearth.sqlite-wal"_s);
        const qint64 size = QFileInfo(wal).size();
        constexpr qint64 frameSize = 24 + 4096;
        if (truncate)
            QVERIFY(QFile::resize(wal, size - frameSize / 2));
        else
            flipBytes(wal, size - 1000);
        QVERIFY(!WalReader::read(bytesOf(wal)).dropsCommittedData());

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Ready);
        QVERIFY(db.notice().isEmpty());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journal_entries"_s).toInt(), 39); // the torn one never committed
        QCOMPARE(setAsideNames(dir.path()), QStringList());
    }

    // Issue #9: 4 changed bytes in the log lost half the committed rows, the
    // log was deleted and nothing was said.
    void aDamagedLogIsSetAsideAndTheLossTold()
    {
        QTemporaryDir dir;
        constexpr int rows = 400;
        makeFolderWithLog(dir.path(), rows);
        const QString wal = dir.filePath(u"hearth.sqlite-wal"_s);
        constexpr qint64 frameSize = 24 + 4096;
        const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
        flipBytes(wal, 32 + (frames / 2) * frameSize + 24 + 2000); // inside the page of a middle frame
        const QByteArray damagedDatabase = bytesOf(dir.filePath(Database::fileName()));
        const QByteArray damagedWal = bytesOf(wal);
        const WalReader::Report report = WalReader::read(damagedWal);
        QVERIFY(report.dropsCommittedData());

        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::PartlyRecovered);
        QVERIFY(db.isPersistent());
        const qint64 kept = scalar(db, u"SELECT count(*) FROM journal_entries"_s).toLongLong();
        QVERIFY2(kept > 0 && kept < rows, qPrintable(QString::number(kept)));
        // What was lost is counted, and told.
        const LogLoss::Estimate loss = db.logLoss();
        QVERIFY(loss.known);
        QCOMPARE(loss.byTable.value(u"journal_entries"_s), rows - kept);
        QCOMPARE(loss.rows, rows - kept);
        QVERIFY2(db.notice().contains(QString::number(rows - kept)), qPrintable(db.notice()));
        QVERIFY2(db.notice().contains(QDir::toNativeSeparators(db.setAsidePath())), qPrintable(db.notice()));
        // Both files are set aside exactly as they were before the open.
        const QString copy = QFileInfo(db.setAsidePath()).fileName();
        QVERIFY2(copy.startsWith(u"hearth.damaged-log-"_s), qPrintable(copy));
        QCOMPARE(setAsideNames(dir.path()), QStringList{copy});
        QCOMPARE(bytesOf(db.setAsidePath()), damagedDatabase);
        QCOMPARE(bytesOf(db.setAsidePath() + u"-wal"_s), damagedWal);
        // And Hearth saves again.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT OR IGNORE INTO journals VALUES (1, '', 'own', '', 'a')"_s));
        QVERIFY(query.exec(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (1, 'after', 'a', 'b')"_s));
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    // Issue #9: a newer file whose schema this SQLite cannot parse was called
    // damaged and replaced. "Newer" comes from the header, before any SQL.
    void fileVersionsHearthMustNotTouch_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<Database::State>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("newer, with a view this SQLite cannot parse")
            << u"hearth-v99-newer-view.sqlite"_s << Database::State::NewerVersion << u"newer version of Hearth"_s;
        QTest::newRow("negative version") << u"hearth-negative-version.sqlite"_s << Database::State::Unrecognised
                                          << u"-3"_s;
    }

    void fileVersionsHearthMustNotTouch()
    {
        QFETCH(QString, fixtureName);
        QFETCH(Database::State, state);
        QFETCH(QString, says);
        QTemporaryDir dir;
        copyFile(StorageFolders::fixture(fixtureName), dir.filePath(Database::fileName()));
        const auto before = fingerprint(dir.path());
        {
            Database db;
            db.open(dir.path());
            QCOMPARE(db.state(), state);
            QVERIFY(!db.isPersistent());
            QVERIFY2(db.notice().contains(says), qPrintable(db.notice()));
            QVERIFY(db.notice().contains(u"nothing you do now will be saved"_s));
        }
        QCOMPARE(fingerprint(dir.path()), before); // byte for byte, and no -wal or -shm beside it
    }

    void aFileWithTablesButNoVersionIsNotAdopted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        makeForeignDatabase(path, 0);
        const QByteArray before = bytesOf(path);
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Unrecognised);
        db.close();
        QCOMPARE(bytesOf(path), before);
    }

    // Issue #9: a hearth.sqlite planted in a shared folder by another account
    // must not be adopted; neither is a link to a file elsewhere.
    void anotherAccountsFileIsNotAdopted()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another account here; tst_startupstorm covers this as nobody");
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        copyFile(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), path);
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        const auto before = fingerprint(dir.path());
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::NotYours);
        QVERIFY2(db.notice().contains(u"another account"_s), qPrintable(db.notice()));
        db.close();
        QCOMPARE(fingerprint(dir.path()), before);
    }

    void aLinkIsNotFollowed()
    {
        QTemporaryDir elsewhere;
        QTemporaryDir dir;
        const QString target = elsewhere.filePath(u"someone-elses.sqlite"_s);
        copyFile(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), target);
        QVERIFY(QFile::link(target, dir.filePath(Database::fileName())));
        const QByteArray before = bytesOf(target);
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::NotYours);
        db.close();
        QCOMPARE(bytesOf(target), before);
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Files), QStringList{u"someone-elses.sqlite"_s});
    }

    void aLogWithoutItsDatabaseIsSetAside()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 5);
        const QByteArray wal = bytesOf(dir.filePath(u"hearth.sqlite-wal"_s));
        QVERIFY(QFile::remove(dir.filePath(Database::fileName())));
        Database db;
        db.open(dir.path());
        QCOMPARE(db.state(), Database::State::Recovered);
        QCOMPARE(bytesOf(db.quarantinedPath() + u"-wal"_s), wal);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM journal_entries"_s).toInt(), 0);
    }

    void setAsideCopiesAreListedAndRemoved()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.path();
        QStringList made;
        for (auto kind : {DataFolder::SetAsideKind::Damaged, DataFolder::SetAsideKind::Interrupted,
                          DataFolder::SetAsideKind::DamagedLog}) {
            const QString path = DataFolder::newSetAsidePath(dataDir, kind);
            writeBytes(path, "database");
            writeBytes(path + u"-wal"_s, "log");
            made.append(QFileInfo(path).fileName());
        }
        // Names never collide, even within one second.
        const QString again = DataFolder::newSetAsidePath(dataDir, DataFolder::SetAsideKind::Interrupted);
        QVERIFY(!QFile::exists(again));
        writeBytes(dir.filePath(u"hearth.sqlite"_s), "live");
        writeBytes(dir.filePath(u"notes.txt"_s), "not ours");
        made.sort();
        QCOMPARE(setAsideNames(dataDir), made);
        for (const DataFolder::SetAsideFile &file : DataFolder::setAsideFiles(dataDir))
            QCOMPARE(file.size, qint64(sizeof "database" - 1 + sizeof "log" - 1));

        QString error;
        QVERIFY(!DataFolder::removeSetAside(dataDir, u"hearth.sqlite"_s, &error));
        QVERIFY(!DataFolder::removeSetAside(dataDir, u"../"_s + made.constFirst(), &error));
        for (const QString &name : std::as_const(made))
            QVERIFY2(DataFolder::removeSetAside(dataDir, name, &error), qPrintable(error));
        QCOMPARE(setAsideNames(dataDir), QStringList());
        QCOMPARE(QDir(dataDir).entryList(QDir::Files), (QStringList{u"hearth.sqlite"_s, u"notes.txt"_s}));
    }

    void copyAsideKeepsEveryByteAndTheCompanions()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 3);
        const QString path = dir.filePath(Database::fileName());
        const QString copy = DataFolder::newSetAsidePath(dir.path(), DataFolder::SetAsideKind::Interrupted);
        QString error;
        QVERIFY2(DataFolder::copyAside(path, copy, &error), qPrintable(error));
        QCOMPARE(bytesOf(copy), bytesOf(path));
        QCOMPARE(bytesOf(copy + u"-wal"_s), bytesOf(path + u"-wal"_s));
        QVERIFY(!QFile::exists(copy + u"-journal"_s));
        QCOMPARE(QFile::permissions(copy), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                               | QFileDevice::WriteUser);
        // Never over an existing file.
        QVERIFY(!DataFolder::copyAside(path, copy, &error));
        QCOMPARE(bytesOf(copy), bytesOf(path));
    }

    void anEmptyFolderNameMeansInMemory()
    {
        Database db;
        db.open({});
        QCOMPARE(db.state(), Database::State::Ready);
        QVERIFY(db.path().isEmpty());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
