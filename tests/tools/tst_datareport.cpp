// SPDX-License-Identifier: GPL-3.0-or-later
// `hearth --data-report` through the built binary: what it says about folders
// as crashes, damage and newer versions leave them, and that it changes
// nothing in any of them, byte for byte, not even the listing.
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/hearthprocess.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

struct Report
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

Report dataReport(
    const QString &dataDir, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const auto result
        = HearthProcess::run({u"--data-report"_s, u"--data-dir"_s, dataDir}, {.environment = environment});
    return {result.exitCode, QJsonDocument::fromJson(result.out).object(), result.err};
}

// The report, checked against the folder as it was before and after: nothing changed.
Report reportChangingNothing(const QString &dataDir)
{
    const auto before = fingerprint(dataDir);
    Report report = dataReport(dataDir);
    if (fingerprint(dataDir) != before) {
        QTest::qFail("--data-report changed the folder", __FILE__, __LINE__);
        return {};
    }
    return report;
}

// The report's counts equal those read independently from `path`'s file.
void compareCounts(const QJsonObject &report, const QMap<QString, qint64> &expected)
{
    const QJsonObject counts = report.value(u"counts"_s).toObject();
    QCOMPARE(counts.keys().size(), Migrations::userTables().size());
    for (const QString &table : Migrations::userTables()) {
        if (expected.contains(table))
            QCOMPARE(counts.value(table).toInteger(-1), expected.value(table));
        else
            QVERIFY2(counts.value(table).isNull(), qPrintable(table));
    }
}

} // namespace

class TestDataReport : public QObject
{
    Q_OBJECT

private slots:
    void aFolderNotMadeYet()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(u"not/yet"_s);
        const Report report = dataReport(dir);
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"dataDir"_s).toString(), dir);
        QCOMPARE(report.json.value(u"database"_s).toString(), dir + u"/hearth.sqlite"_s);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), true);
        QVERIFY(report.json.value(u"reason"_s).isNull());
        QVERIFY(report.json.value(u"schemaVersion"_s).isNull());
        QVERIFY(report.json.value(u"counts"_s).isNull());
        QCOMPARE(report.json.value(u"setAside"_s).toArray(), QJsonArray());
        QVERIFY(!QFileInfo::exists(root.filePath(u"not"_s)));
    }

    void anOldDatabaseIsCountedAsItIs()
    {
        QTemporaryDir dir;
        copyFile(fixture(u"hearth-v1.sqlite"_s), dir.filePath(u"hearth.sqlite"_s));
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), true);
        QCOMPARE(report.json.value(u"schemaVersion"_s).toInt(), 1);
        compareCounts(report.json, countRows(fixture(u"hearth-v1.sqlite"_s)));
    }

    void aHotJournalIsRolledBackOnlyInACopy()
    {
        QTemporaryDir dir;
        makeFolderWithHotJournal(dir.path());
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), true);
        QVERIFY(report.json.value(u"reason"_s).isNull()); // a normal start just finishes the crash's business
        compareCounts(report.json, countRows(fixture(u"hearth-v1.sqlite"_s)));
        QVERIFY(QFileInfo(dir.filePath(u"hearth.sqlite-journal"_s)).size() > 0);
    }

    void aLogIsReplayedOnlyInACopy()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 30);
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"schemaVersion"_s).toInt(), Database::schemaVersion); // from the log
        QCOMPARE(report.json.value(u"counts"_s).toObject().value(u"journal_entries"_s).toInt(), 30);
        QVERIFY(!QFile::exists(dir.filePath(u"hearth.sqlite-shm"_s)));
    }

    void aDamagedLogIsReported()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 300);
        const QString wal = dir.filePath(u"hearth.sqlite-wal"_s);
        flipBytes(wal, middleFramePageOffset(wal));
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0); // a start carries on with what can be read, and says so
        const qint64 kept = report.json.value(u"counts"_s).toObject().value(u"journal_entries"_s).toInteger();
        QVERIFY(kept > 0 && kept < 300);
        const QString reason = report.json.value(u"reason"_s).toString();
        QVERIFY2(reason.contains(u"damaged"_s) && reason.contains(QString::number(300 - kept)),
            qPrintable(reason));
    }

    // Through a real start: the log's damage is told, both files are set
    // aside as they were, and a report afterwards lists the copy.
    void aDamagedLogThroughARealStart()
    {
        QTemporaryDir dir;
        makeFolderWithLog(dir.path(), 300);
        const QString wal = dir.filePath(u"hearth.sqlite-wal"_s);
        flipBytes(wal, middleFramePageOffset(wal));
        const QByteArray database = bytesOf(dir.filePath(u"hearth.sqlite"_s));
        const QByteArray log = bytesOf(wal);

        const auto start = HearthProcess::run({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(start.exitCode, 0);
        const QByteArray said = start.err;
        QVERIFY2(said.contains("damaged") && said.contains("Saving to"), said.constData());

        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0);
        const QJsonArray setAside = report.json.value(u"setAside"_s).toArray();
        QCOMPARE(setAside.size(), 1);
        const QString copy = setAside.first().toString();
        QVERIFY2(copy.startsWith(u"hearth.damaged-log-"_s), qPrintable(copy));
        QVERIFY2(said.contains(copy.toUtf8()), said.constData()); // told where the copy is
        QCOMPARE(bytesOf(dir.filePath(copy)), database);
        QCOMPARE(bytesOf(dir.filePath(copy + u"-wal"_s)), log);
        const qint64 kept = report.json.value(u"counts"_s).toObject().value(u"journal_entries"_s).toInteger();
        QVERIFY2(said.contains(QByteArray::number(300 - kept)), said.constData()); // and how much was lost
    }

    void whileHearthIsOpen()
    {
        QTemporaryDir dir;
        QProcess hearth;
        QVERIFY(HearthProcess::start(hearth, {u"--data-dir"_s, dir.path()}));
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += hearth.readAllStandardError()).contains("Saving to"), said.constData(), 20000);
        const Report report = dataReport(dir.path());
        hearth.terminate();
        QVERIFY(hearth.waitForFinished(10000));
        QCOMPARE(report.exitCode, 0);
        const QString reason = report.json.value(u"reason"_s).toString();
        QVERIFY2(reason.contains(u"open on this folder"_s), qPrintable(reason));
        QCOMPARE(report.json.value(u"schemaVersion"_s).toInt(), Database::schemaVersion);
    }

    void filesHearthMustNotTouch_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("countable");
        QTest::addColumn<QString>("says");
        QTest::newRow("newer, with a view this SQLite cannot parse")
            << u"hearth-v99-newer-view.sqlite"_s << 99 << false << u"newer version of Hearth"_s;
        QTest::newRow("negative version") << u"hearth-negative-version.sqlite"_s << -3 << true << u"-3"_s;
    }

    void filesHearthMustNotTouch()
    {
        QFETCH(QString, fixtureName);
        QFETCH(int, version);
        QFETCH(bool, countable);
        QFETCH(QString, says);
        QTemporaryDir dir;
        copyFile(fixture(fixtureName), dir.filePath(u"hearth.sqlite"_s));
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 3);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), false);
        QVERIFY2(report.json.value(u"reason"_s).toString().contains(says),
            qPrintable(report.json.value(u"reason"_s).toString()));
        QCOMPARE(report.json.value(u"schemaVersion"_s).toInt(), version);
        QCOMPARE(report.json.value(u"counts"_s).isObject(), countable);
    }

    void aDamagedFileWouldBeSetAside()
    {
        QTemporaryDir dir;
        writeBytes(dir.filePath(u"hearth.sqlite"_s), QByteArray("not a database\n").repeated(300));
        writeBytes(dir.filePath(u"hearth.damaged-2026-01-02-030405.sqlite"_s), "an older one");
        const Report report = reportChangingNothing(dir.path());
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), true);
        QVERIFY(report.json.value(u"reason"_s).toString().contains(u"cannot be read"_s));
        QVERIFY(report.json.value(u"schemaVersion"_s).isNull());
        QVERIFY(report.json.value(u"counts"_s).isNull());
        QCOMPARE(report.json.value(u"setAside"_s).toArray(),
            QJsonArray {u"hearth.damaged-2026-01-02-030405.sqlite"_s});
    }

    void aFolderThatIsAFile()
    {
        QTemporaryDir root;
        writeBytes(root.filePath(u"file"_s), "x");
        const Report report = dataReport(root.filePath(u"file/data"_s));
        QCOMPARE(report.exitCode, 3);
        QVERIFY(!report.json.value(u"reason"_s).toString().isEmpty());
    }

    // A console command: no display, no platform plugin needed.
    void runsWithoutADisplay()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            environment.remove(name);
        const Report report = dataReport(dir.path(), environment);
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.json.value(u"saving"_s).toBool(), true);
        QVERIFY2(report.err.isEmpty(), report.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDataReport)
#include "tst_datareport.moc"
