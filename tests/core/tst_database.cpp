// SPDX-License-Identifier: GPL-3.0-or-later
// The store must never lose what the user wrote: new files are private,
// old files upgrade, damaged files are set aside untouched, newer files are
// left alone, and an unwritable folder still lets the app run.
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

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
        QVERIFY(query.exec(u"INSERT INTO journal_entries (text, created_at, updated_at) VALUES ('x', 'now', 'now')"_s));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            const QString path = db.path() + suffix;
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(QFile::permissions(path) & modeBits,
                     QFileDevice::Permissions(fileMode | QFileDevice::ReadUser | QFileDevice::WriteUser));
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
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), dir.filePath(u"hearth.sqlite"_s)));
        QFile::setPermissions(dir.filePath(u"hearth.sqlite"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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

    // Schema 3 moved the free-write out of coach_drafts (it was row 0) and
    // gave drafts the builder's "could my partner say no?" tick.
    void theSecondSchemaUpgradesWithNothingLost()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v2.sqlite"), dir.filePath(u"hearth.sqlite"_s)));
        QFile::setPermissions(dir.filePath(u"hearth.sqlite"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
        QCOMPARE(bytesOf(db.quarantinedPath()), damaged);
        if (withJournal)
            QCOMPARE(bytesOf(db.quarantinedPath() + u"-wal"_s), wal);
        // A fresh, working database took its place.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM favourites"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), Database::schemaVersion);
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
            QVERIFY(query.exec(u"INSERT INTO journal_entries (text, created_at, updated_at) VALUES ('kept in memory', 'a', 'b')"_s));
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
