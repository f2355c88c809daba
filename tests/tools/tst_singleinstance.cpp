// SPDX-License-Identifier: GPL-3.0-or-later
// One Hearth per data folder, with the real binary: whatever was left at
// DIR/hearth.lock never keeps anyone out, a second start brings the first
// forward (or says plainly that it could not), and the first survives being
// asked even when nobody reads what it prints.
#include "cli/singleinstance.h"
#include "support/slowdown.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "support/hearthprocess.h"
#include "support/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using TestFiles::modeOf;

namespace {

// The schema version of the folder's database: what a start that saves leaves behind.
int savedSchema(const QString &dir)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(QDir(dir).filePath(Database::fileName()));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return version;
}

// Starts the window on `dir` (through a shell command, when given) and waits
// until it holds the folder.
bool startWindow(QProcess &window, const QString &dir, const QStringList &through = {})
{
    if (!HearthProcess::start(window, {u"--data-dir"_s, dir}, {.through = through}))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 * slowdown) {
        if (HearthProcess::isOpenOn(dir) && QFile::exists(QDir(dir).filePath(Database::fileName())))
            return true;
        if (window.state() != QProcess::Running) {
            qWarning().noquote() << "The window ended early, exit" << window.exitCode() << ":"
                                 << window.readAllStandardOutput() << window.readAllStandardError();
            return false;
        }
        QTest::qWait(50);
    }
    qWarning().noquote() << "The window did not take the folder in 20 s:" << window.readAllStandardError();
    return false;
}

void stop(QProcess &window)
{
    window.terminate();
    if (!window.waitForFinished(10000 * slowdown)) {
        window.kill();
        window.waitForFinished();
    }
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void whateverWasLeftAtTheLockNeverKeepsAnyoneOut_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("an empty lock file") << u"empty"_s;
        QTest::newRow("a garbage lock file") << u"garbage"_s;
        QTest::newRow("another machine's lock") << u"other-host"_s;
        QTest::newRow("a live-looking pid of ours") << u"live-pid"_s;
        QTest::newRow("a folder of that name") << u"folder"_s;
    }

    void whateverWasLeftAtTheLockNeverKeepsAnyoneOut()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString lockPath = QDir(dir.path()).filePath(InstanceLock::fileName());
        if (kind == "folder"_L1) {
            QVERIFY(QDir().mkpath(lockPath + u"/inside"_s));
        } else {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly));
            if (kind == "garbage"_L1)
                lock.write(QByteArray("\x00\xff\xfe garbage \n\n\x7f", 16).repeated(64));
            else if (kind == "other-host"_L1)
                lock.write("12345\nhearth\nother-host\n");
            else if (kind == "live-pid"_L1)
                lock.write(QByteArray::number(QCoreApplication::applicationPid()) + "\nhearth\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        }
        const auto result = HearthProcess::run({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.out.contains("already open"), result.out.constData());
        QVERIFY2(!result.err.contains("nothing will be saved"), result.err.constData());
        QCOMPARE(savedSchema(dir.path()), Database::schemaVersion);
        QVERIFY(QFileInfo(lockPath).isFile());
        QCOMPARE(modeOf(lockPath), 0600);
        if (kind == "folder"_L1) // kept, out of the way
            QCOMPARE(QDir(dir.path()).entryList({u"hearth.lock.set-aside-*"_s}, QDir::Dirs).size(), 1);
        QVERIFY(!HearthProcess::isOpenOn(dir.path())); // let go on exit
    }

    void aSecondStartBringsTheFirstForward()
    {
        QTemporaryDir dir;
        QProcess first;
        QVERIFY(startWindow(first, dir.path()));
        QCOMPARE(modeOf(QDir(dir.path()).filePath(InstanceLock::fileName())), 0600);

        // Through another path to the same folder: the canonical path names the socket.
        const QString sideways = QDir(dir.path()).filePath(u"sub/.."_s);
        QVERIFY(QDir().mkpath(QDir(dir.path()).filePath(u"sub"_s)));
        for (const QString &path : {dir.path(), sideways}) {
            const auto second = HearthProcess::run({u"--data-dir"_s, path});
            QCOMPARE(second.exitCode, 0);
            QVERIFY2(second.out.contains("already open"), second.out.constData());
            QVERIFY2(second.elapsedMs < 10000 * slowdown, qPrintable(u"%1 ms"_s.arg(second.elapsedMs)));
        }
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += first.readAllStandardOutput()).count("bringing it to the front") == 2,
                                  said.constData(), 10000 * slowdown);
        QCOMPARE(first.state(), QProcess::Running);
        stop(first);
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    }

    // A start that asks while the first is still building its window (the
    // first holds the folder well before its window exists) is answered, and
    // the window is brought forward once it is there; none is lost.
    void aStartThatAsksBeforeTheWindowIsKeptForIt()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim(), SingleInstance::Claim::First);
        const auto askFromAnotherThread = [&dir]() -> std::optional<SingleInstance::Claim> {
            std::optional<SingleInstance::Claim> claimed;
            std::unique_ptr<QThread> asking(QThread::create([&] { claimed = SingleInstance(dir.path()).claim(); }));
            asking->start();
            // The first answers in this thread's event loop; the asker gives up on its own.
            while (!asking->isFinished())
                QTest::qWait(10);
            return claimed;
        };
        QCOMPARE(askFromAnotherThread(), SingleInstance::Claim::HandedOver);
        QCOMPARE(askFromAnotherThread(), SingleInstance::Claim::HandedOver);

        int broughtForward = 0;
        first.bringForwardWith([&broughtForward] { ++broughtForward; });
        QCOMPARE(broughtForward, 2);
        QCOMPARE(askFromAnotherThread(), SingleInstance::Claim::HandedOver);
        QCOMPARE(broughtForward, 3);
    }

    void theFirstSurvivesBeingAskedWhenNobodyReadsItsOutput_data()
    {
        QTest::addColumn<bool>("closedDescriptor");
        QTest::newRow("a pipe whose reader went away") << false;
        QTest::newRow("no standard output at all") << true;
    }

    void theFirstSurvivesBeingAskedWhenNobodyReadsItsOutput()
    {
        QFETCH(bool, closedDescriptor);
        QTemporaryDir dir;
        QProcess first;
        if (closedDescriptor) {
            // The shell closes descriptor 1 and 2, then becomes Hearth.
            QVERIFY(startWindow(first, dir.path(), {u"/bin/sh"_s, u"-c"_s, u"exec \"$0\" \"$@\" >&- 2>&-"_s}));
        } else {
            QVERIFY(startWindow(first, dir.path()));
            first.closeReadChannel(QProcess::StandardOutput); // its next print meets a broken pipe
        }
        for (int i = 0; i < 2; ++i) {
            const auto second = HearthProcess::run({u"--data-dir"_s, dir.path()});
            QCOMPARE(second.exitCode, 0);
            QVERIFY2(second.out.contains("already open"), second.out.constData());
        }
        QTest::qWait(500);
        QCOMPARE(first.state(), QProcess::Running);
        QVERIFY(HearthProcess::isOpenOn(dir.path()));
        stop(first);
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        if (closedDescriptor) // nothing it printed went into a file it had open
            QCOMPARE(QFile(QDir(dir.path()).filePath(InstanceLock::fileName())).size() < 32, true);
    }

    void whenTheHolderDoesNotAnswerItSaysSo()
    {
        QTemporaryDir dir;
        InstanceLock lock(dir.path()); // held here, by a process with no window to answer
        QCOMPARE(lock.tryAcquire(), InstanceLock::Result::Acquired);
        const auto second = HearthProcess::run({u"--data-dir"_s, dir.path()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("did not answer"), second.err.constData());
        QVERIFY2(!second.out.contains("come to the front"), second.out.constData());
        QVERIFY2(second.elapsedMs < 15000 * slowdown, qPrintable(u"%1 ms"_s.arg(second.elapsedMs)));
    }

    // Under nohup a hang-up is ignored from the start; Hearth must not undo that.
    void aHangUpIgnoredAtStartStaysIgnored()
    {
        QTemporaryDir dir;
        QProcess window;
        QVERIFY(startWindow(window, dir.path(), {u"/bin/sh"_s, u"-c"_s, u"trap '' HUP; exec \"$0\" \"$@\""_s}));
        QCOMPARE(::kill(pid_t(window.processId()), SIGHUP), 0);
        QTest::qWait(1000);
        QCOMPARE(window.state(), QProcess::Running);
        stop(window);
    }

    // Without nohup a hang-up (a closed terminal) quits as closing the window does.
    void aHangUpOtherwiseQuitsCleanly()
    {
        QTemporaryDir dir;
        QProcess window;
        QVERIFY(startWindow(window, dir.path()));
        QCOMPARE(::kill(pid_t(window.processId()), SIGHUP), 0);
        QVERIFY(window.waitForFinished(10000 * slowdown));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        QVERIFY(!HearthProcess::isOpenOn(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
