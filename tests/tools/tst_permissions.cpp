// SPDX-License-Identifier: GPL-3.0-or-later
// Hearth as an ordinary account meets files it may not write or must not
// adopt (issue #9): a 0400 database, a read-only folder, a database another
// account planted. The real binary, real permissions: a normal start must not
// claim to save, --data-report must say so (exit 3), and neither may change a
// byte. The suite runs as root, whom permissions do not stop, so then hearth
// runs as `nobody` through setpriv (util-linux).
#include "support/hearthprocess.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

constexpr auto ownerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    bool m_asNobody = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QTemporaryDir m_root; // traversable by the account hearth runs as
    QString m_home; // that account's own home, runtime and cache folders

    // Makes `path` belong to the account hearth runs as.
    void hand(const QString &path)
    {
        if (m_asNobody)
            QCOMPARE(::lchown(QFile::encodeName(path).constData(), m_uid, m_gid), 0);
    }

    HearthProcess::Result hearth(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home);
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_home + u"/runtime"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, m_home + u"/cache"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/data"_s);
        QStringList through;
        if (m_asNobody)
            through = {u"setpriv"_s, u"--reuid=%1"_s.arg(m_uid), u"--regid=%1"_s.arg(m_gid), u"--clear-groups"_s};
        return HearthProcess::run(arguments, {.environment = environment, .through = through});
    }

    // A data folder of the account hearth runs as, holding a copy of the v1 database.
    QString makeDataFolder(const QString &name)
    {
        QString dir = m_root.filePath(name);
        if (!QDir().mkdir(dir) || !QFile::setPermissions(dir, ownerOnlyFolder))
            return {};
        copyFile(fixture(u"hearth-v1.sqlite"_s), QDir(dir).filePath(u"hearth.sqlite"_s));
        hand(dir);
        hand(QDir(dir).filePath(u"hearth.sqlite"_s));
        return dir;
    }

    // A normal start and a data report in `dir`: neither saves, neither changes anything.
    void checkNothingIsSavedOrChanged(const QString &dir, const QString &reasonSays)
    {
        const auto before = fingerprint(dir);

        const auto report = hearth({u"--data-report"_s, u"--data-dir"_s, dir});
        QVERIFY2(report.exitCode == 3, report.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(report.out).object();
        QCOMPARE(json.value(u"saving"_s).toBool(true), false);
        QVERIFY2(json.value(u"reason"_s).toString().contains(reasonSays), report.out.constData());
        QCOMPARE(fingerprint(dir), before);

        const auto start = hearth({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir});
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(start.err.contains("Running without saving"), start.err.constData());
        QVERIFY2(!start.err.contains("Saving to"), start.err.constData());
        // The one-Hearth-per-folder lock may stay behind (it holds a pid, no data).
        auto after = fingerprint(dir);
        after.remove(u"hearth.lock"_s);
        QCOMPARE(after, before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_asNobody = ::geteuid() == 0;
        if (m_asNobody) {
            const passwd *nobody = ::getpwnam("nobody");
            const group *nogroup = ::getgrnam("nogroup");
            if (!nobody || !nogroup)
                QSKIP("running as root and there is no nobody:nogroup account to run hearth as");
            m_uid = nobody->pw_uid;
            m_gid = nogroup->gr_gid;
            QProcess probe;
            probe.start(u"setpriv"_s,
                {u"--reuid=%1"_s.arg(m_uid), u"--regid=%1"_s.arg(m_gid), u"--clear-groups"_s, u"test"_s,
                    u"-x"_s, HearthProcess::binary()});
            if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit
                || probe.exitCode() != 0) {
                QSKIP(qPrintable(u"running as root, and setpriv cannot run %1 as nobody (%2)"_s.arg(
                    HearthProcess::binary(),
                    probe.error() == QProcess::FailedToStart
                        ? u"setpriv is missing"_s
                        : QString::fromLocal8Bit(probe.readAllStandardError()))));
            }
            QVERIFY(QFile::setPermissions(m_root.path(), ownerOnlyFolder | QFileDevice::ExeOther));
        }
        m_home = m_root.filePath(u"home"_s);
        for (const QString &dir : QStringList {m_home, m_home + u"/runtime"_s, m_home + u"/cache"_s,
                 m_home + u"/config"_s, m_home + u"/data"_s}) {
            QVERIFY(QDir().mkdir(dir));
            QVERIFY(QFile::setPermissions(dir, ownerOnlyFolder));
            hand(dir);
        }
    }

    void aDatabaseThatCannotBeWritten()
    {
        const QString dir = makeDataFolder(u"read-only-file"_s);
        QVERIFY(!dir.isEmpty());
        QVERIFY(
            QFile::setPermissions(QDir(dir).filePath(u"hearth.sqlite"_s), QFileDevice::ReadOwner)); // 0400
        checkNothingIsSavedOrChanged(dir, u"not allowed to change"_s);
    }

    void aFolderThatCannotBeWritten()
    {
        const QString dir = makeDataFolder(u"read-only-folder"_s);
        QVERIFY(!dir.isEmpty());
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
        const auto writableAgain = qScopeGuard([&dir] { QFile::setPermissions(dir, ownerOnlyFolder); });
        checkNothingIsSavedOrChanged(dir, u"can't save"_s);
    }

    void anotherAccountsDatabaseIsNotAdopted()
    {
        if (!m_asNobody)
            QSKIP("only root can plant a file of another account here");
        const QString dir = makeDataFolder(u"planted"_s);
        QVERIFY(!dir.isEmpty());
        // Root's file, readable by all, in the folder of the account hearth runs as.
        const QString planted = QDir(dir).filePath(u"hearth.sqlite"_s);
        QCOMPARE(::chown(QFile::encodeName(planted).constData(), 0, 0), 0);
        QVERIFY(QFile::setPermissions(planted,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        checkNothingIsSavedOrChanged(dir, u"another account"_s);
    }

    // The same folders with the right permissions do save: the cases above
    // fail for the reason they test, not for how hearth is run.
    void theSameFolderWithItsPermissionsSaves()
    {
        const QString dir = makeDataFolder(u"ordinary"_s);
        QVERIFY(!dir.isEmpty());
        const auto report = hearth({u"--data-report"_s, u"--data-dir"_s, dir});
        QVERIFY2(report.exitCode == 0, report.out.constData());
        const auto start = hearth({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir});
        QVERIFY2(start.exitCode == 0, start.err.constData());
        QVERIFY2(start.err.contains("Saving to"), start.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
