// SPDX-License-Identifier: GPL-3.0-or-later
// A storm of kills on the first start (issue #9): the real `hearth` is started
// on a copy of the committed v1 database and killed with SIGKILL at a random
// moment in its first 200 ms, in the middle of creating, switching to WAL or
// upgrading, again and again. After each kill a normal start must save, the
// data report must show every row of the fixture, and the file must pass
// SQLite's integrity check.
//
// HEARTH_STORM_SEED repeats a run (the seed is printed), HEARTH_STORM_KILLS
// changes the number of kills (100; 25 in the sanitizer build, whose starts
// are several times slower: there the point is ASan and UBSan watching every
// recovery, not the count), HEARTH_STORM_BINARY runs another build
// of hearth (to measure an older one; it needs --data-report for the counts).
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/hearthprocess.h"
#include "support/slowdown.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

QString hearthBinary()
{
    const QString other = qEnvironmentVariable("HEARTH_STORM_BINARY");
    return other.isEmpty() ? HearthProcess::binary() : other;
}

QString integrityOf(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            verdict = query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                              : query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return verdict;
}

} // namespace

class TestStartupStorm : public QObject
{
    Q_OBJECT

private slots:
    void everyKillDuringTheFirstStartLeavesHearthSaving()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HEARTH_STORM_SEED")
            ? quint32(qEnvironmentVariableIntValue("HEARTH_STORM_SEED"))
            : QRandomGenerator::global()->generate();
        const int kills = qEnvironmentVariableIsSet("HEARTH_STORM_KILLS")
            ? qEnvironmentVariableIntValue("HEARTH_STORM_KILLS")
            : 100 / slowdown;
        qInfo("seed %u (repeat with HEARTH_STORM_SEED=%u), %d kills of %s", seed, seed, kills,
            qPrintable(hearthBinary()));
        QRandomGenerator random(seed);
        const HearthProcess::Options hearth {.program = hearthBinary()};

        // What the fixture holds, read with the test's own SQL.
        const QMap<QString, qint64> fixtureRows = countRows(fixture(u"hearth-v1.sqlite"_s));
        QCOMPARE(fixtureRows.value(u"favourites"_s), 2);

        QElapsedTimer timer;
        timer.start();
        QStringList failures;
        int saidNotSaving = 0;
        int hotJournalsLeft = 0;
        int logsLeft = 0;
        for (int kill = 1; kill <= kills; ++kill) {
            QTemporaryDir root;
            const QString dir = root.filePath(u"data"_s);
            QVERIFY(QDir().mkdir(dir));
            QVERIFY(QFile::setPermissions(
                dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
            copyFile(fixture(u"hearth-v1.sqlite"_s), QDir(dir).filePath(u"hearth.sqlite"_s));

            // The first 200 ms of an ordinary build's start; the same stretch of
            // the start in a slower build.
            const int afterMs = int(random.bounded(200 * slowdown));
            QProcess first;
            QVERIFY(HearthProcess::start(first, {u"--data-dir"_s, dir}, hearth));
            QThread::msleep(afterMs);
            ::kill(pid_t(first.processId()), SIGKILL);
            QVERIFY(first.waitForFinished(10000 * slowdown));
            hotJournalsLeft += QFileInfo(QDir(dir).filePath(u"hearth.sqlite-journal"_s)).size() > 0;
            logsLeft += QFileInfo(QDir(dir).filePath(u"hearth.sqlite-wal"_s)).size() > 0;

            QStringList wrong;
            const auto start = HearthProcess::run({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir}, hearth);
            if (start.exitCode != 0)
                wrong << u"the start after the kill exited with %1"_s.arg(start.exitCode);
            if (start.err.contains("Running without saving")) {
                ++saidNotSaving;
                wrong << u"the start after the kill was not saving: "_s
                        + QString::fromUtf8(start.err.mid(start.err.indexOf("Running without saving")))
                              .trimmed();
            } else if (!start.err.contains("hearth.storage: Saving to")) {
                wrong << u"the start after the kill did not say it was saving"_s;
            }

            const auto report = HearthProcess::run({u"--data-report"_s, u"--data-dir"_s, dir}, hearth);
            const QJsonObject json = QJsonDocument::fromJson(report.out).object();
            if (report.exitCode != 0 || !json.value(u"saving"_s).toBool())
                wrong << u"the report says it is not saving (%1)"_s.arg(json.value(u"reason"_s).toString());
            const QJsonObject counts = json.value(u"counts"_s).toObject();
            for (const QString &table : Migrations::userTables()) {
                if (counts.value(table).toInteger(-1) != fixtureRows.value(table, 0)) {
                    wrong << u"%1 has %2 rows, not %3"_s
                                 .arg(table, counts.value(table).toVariant().toString())
                                 .arg(fixtureRows.value(table, 0));
                }
            }
            if (!json.value(u"setAside"_s).toArray().isEmpty())
                wrong << u"copies were left set aside: %1"_s.arg(
                    json.value(u"setAside"_s).toVariant().toStringList().join(u", "_s));

            const QString integrity = integrityOf(QDir(dir).filePath(u"hearth.sqlite"_s));
            if (integrity != "ok"_L1)
                wrong << u"integrity check: "_s + integrity;

            if (!wrong.isEmpty())
                failures << u"kill %1 after %2 ms: %3"_s.arg(kill).arg(afterMs).arg(wrong.join(u"; "_s));
        }
        qInfo("%d kills in %.1f s; %d left a hot journal, %d a write-ahead log; %d failed, %d of them not "
              "saving",
            kills, double(timer.elapsed()) / 1000.0, hotJournalsLeft, logsLeft, int(failures.size()),
            saidNotSaving);
        QVERIFY2(failures.isEmpty(), qPrintable(u"seed %1:\n"_s.arg(seed) + failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestStartupStorm)
#include "tst_startupstorm.moc"
