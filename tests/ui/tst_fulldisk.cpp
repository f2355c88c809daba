// SPDX-License-Identifier: GPL-3.0-or-later
// Real small disks: a tmpfs that fills up while the person writes, and a data
// folder on a mount that became read-only. Through AppState, as the app is
// composed. Mounting needs root (as the suite runs here and in CI); elsewhere
// these tests skip and say why.
#include "appstate.h"
#include "storage/journalstore.h"
#include "storage/workinprogressstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Writes a filler file until the disk refuses; returns how much it wrote.
qint64 fillDisk(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray block(16 * 1024, 'x');
    qint64 written = 0;
    while (filler.write(block) == block.size() && filler.flush())
        written += block.size();
    return written;
}

QString integrity(Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString() : u"no answer"_s;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;

    void mountTmpfs(const QString &options)
    {
        if (::geteuid() != 0)
            QSKIP("Mounting a small disk needs root; run the suite as root to test a full or read-only disk.");
        QVERIFY(m_mountPoint.isValid());
        if (!run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"hearth-test"_s, m_mountPoint.path()}))
            QSKIP("This machine does not let the suite mount a tmpfs (a container without CAP_SYS_ADMIN?).");
        m_mounted = true;
    }

private slots:
    void cleanup()
    {
        if (m_mounted)
            QVERIFY(run(u"umount"_s, {u"-l"_s, m_mountPoint.path()}));
        m_mounted = false;
    }

    // The disk fills while words wait to be written: they stay waiting, the
    // person is told, nothing saved before is harmed, and once there is room
    // again they are written.
    void aFullDiskLosesNothingTyped()
    {
        mountTmpfs(u"size=2m,mode=0700"_s);
        const QString dataDir = QDir(m_mountPoint.path()).filePath(u"data"_s);
        const QString filler = QDir(m_mountPoint.path()).filePath(u"filler"_s);
        const QString words = u"What I want you to know about this week. "_s.repeated(2000); // 80 KB
        {
            AppState app(dataDir);
            QVERIFY(app.saving());
            QVERIFY(app.journal()->save(0, QString(), u"Saved before the disk filled."_s) > 0);
            QVERIFY(fillDisk(filler) > 0);

            QSignalSpy problems(&app, &AppState::problem);
            app.coach()->keepFreeWrite(words);
            QVERIFY(!app.autosaver().flush());
            QVERIFY(problems.count() >= 1);
            QVERIFY(app.autosaver().hasPending()); // kept in memory, not dropped
            QCOMPARE(app.coach()->freeWrite(), words);
            QCOMPARE(app.journal()->save(0, QString(), words), 0); // a page that cannot be kept says so
            QCOMPARE(app.journal()->count(), 1);

            QVERIFY(QFile::remove(filler));
            QVERIFY(app.autosaver().flush());
            QCOMPARE(integrity(app.database()), u"ok"_s);
        }
        AppState again(dataDir);
        QCOMPARE(again.coach()->freeWrite(), words);
        QCOMPARE(again.journal()->count(), 1);
        QCOMPARE(integrity(again.database()), u"ok"_s);
    }

    // Quitting while the disk is full: the words could not be written, and
    // nothing already saved is damaged by trying.
    void quittingOnAFullDiskDamagesNothing()
    {
        mountTmpfs(u"size=2m,mode=0700"_s);
        const QString dataDir = QDir(m_mountPoint.path()).filePath(u"data"_s);
        const QString filler = QDir(m_mountPoint.path()).filePath(u"filler"_s);
        {
            AppState app(dataDir);
            QVERIFY(app.journal()->save(0, QString(), u"Kept safe."_s) > 0);
            QVERIFY(fillDisk(filler) > 0);
            app.coach()->keepFreeWrite(u"x"_s.repeated(200000));
        } // ~AppState tries to write, and fails
        QVERIFY(QFile::remove(filler));
        AppState again(dataDir);
        QVERIFY(again.saving());
        QCOMPARE(again.journal()->count(), 1);
        QCOMPARE(integrity(again.database()), u"ok"_s);
    }

    // The folder's disk became read-only (remounted after an error): Hearth
    // says it is not saving, and the actions that need saving say so too.
    void aReadOnlyMountIsNotSavedTo()
    {
        mountTmpfs(u"size=4m,mode=0700"_s);
        const QString dataDir = QDir(m_mountPoint.path()).filePath(u"data"_s);
        {
            AppState app(dataDir);
            QVERIFY(app.journal()->save(0, QString(), u"Written while it could be."_s) > 0);
        }
        QVERIFY(run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, m_mountPoint.path()}));
        AppState app(dataDir);
        QVERIFY(!app.saving());
        QVERIFY2(!app.storageNotice().isEmpty(), "the person is told why nothing is saved");
        QVERIFY(!app.deleteAllData().ok);
        QVERIFY(!app.importBackup(QUrl::fromLocalFile(QDir(dataDir).filePath(u"x.json"_s))).ok);
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
