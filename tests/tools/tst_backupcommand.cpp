// SPDX-License-Identifier: GPL-3.0-or-later
// `hearth --backup` and `--restore` as a person or a script runs them: a
// backup comes back whole in a fresh folder, a restore keeps a copy of what
// it replaced, a backup works while Hearth is open, and a restore waits for
// Hearth to be closed.
#include "support/slowdown.h"
#include "storage/database.h"
#include "support/hearthprocess.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"
#include "support/userdata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

void seedFolder(const QString &dir, const QString &flavour)
{
    Database database;
    database.open(dir);
    QVERIFY(database.isPersistent());
    QVERIFY(UserData::seed(database, flavour));
}

QString databaseIn(const QString &dir)
{
    return QDir(dir).filePath(Database::fileName());
}

} // namespace

class TestBackupCommand : public QObject
{
    Q_OBJECT

private slots:
    void aBackupComesBackWholeInAFreshFolder()
    {
        QTemporaryDir first;
        seedFolder(first.path(), u"ours"_s);
        const UserData::Snapshot original = UserData::snapshotOf(databaseIn(first.path()));
        QTemporaryDir files;
        const QString backup = files.filePath(u"hearth-backup.json"_s);

        const auto saved = HearthProcess::run({u"--backup"_s, backup, u"--data-dir"_s, first.path()});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY2(saved.out.contains(backup.toUtf8()), saved.out.constData());
        QCOMPARE(modeOf(backup), 0600);
        const QJsonObject root = QJsonDocument::fromJson(bytesOf(backup)).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"hearth-backup"_s);

        QTemporaryDir fresh;
        const QString target = fresh.filePath(u"new/place"_s); // not there yet
        const auto restored = HearthProcess::run({u"--restore"_s, backup, u"--data-dir"_s, target});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QVERIFY2(restored.out.contains("nothing there before"), restored.out.constData());
        QCOMPARE(UserData::snapshotOf(databaseIn(target)), original);
        QCOMPARE(UserData::rowCount(original), 16);
        QCOMPARE(safetyCopiesIn(target), QStringList());
        QCOMPARE(modeOf(target), 0700);
    }

    void aRestoreKeepsACopyOfWhatItReplaced()
    {
        QTemporaryDir source;
        seedFolder(source.path(), u"from the backup"_s);
        QTemporaryDir target;
        seedFolder(target.path(), u"the words before"_s);
        const UserData::Snapshot before = UserData::snapshotOf(databaseIn(target.path()));
        QTemporaryDir files;
        const QString backup = files.filePath(u"b.json"_s);
        QCOMPARE(HearthProcess::run({u"--backup"_s, backup, u"--data-dir"_s, source.path()}).exitCode, 0);

        const auto restored = HearthProcess::run({u"--restore"_s, backup, u"--data-dir"_s, target.path()});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(UserData::snapshotOf(databaseIn(target.path())), UserData::snapshotOf(databaseIn(source.path())));

        const QStringList copies = safetyCopiesIn(target.path());
        QCOMPARE(copies.size(), 1);
        const QString copy = QDir(target.path()).filePath(copies.constFirst());
        QVERIFY2(restored.out.contains(copy.toUtf8()), restored.out.constData()); // it says where
        QCOMPARE(modeOf(copy), 0600);
        QCOMPARE(UserData::snapshotOf(copy), before);
    }

    void aBackupWorksWhileHearthIsOpenAndARestoreWaits()
    {
        QTemporaryDir data;
        seedFolder(data.path(), u"open"_s);
        const UserData::Snapshot seeded = UserData::snapshotOf(databaseIn(data.path()));
        QProcess window;
        QVERIFY(HearthProcess::start(window, {u"--data-dir"_s, data.path()}));
        // Open means: holding the folder's lock.
        QTRY_VERIFY_WITH_TIMEOUT(HearthProcess::isOpenOn(data.path()), 20000 * slowdown);

        QTemporaryDir files;
        const QString backup = files.filePath(u"while-open.json"_s);
        const auto saved = HearthProcess::run({u"--backup"_s, backup, u"--data-dir"_s, data.path()});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());

        // What it saved is what the folder holds: restore it elsewhere and compare.
        QTemporaryDir elsewhere;
        QCOMPARE(HearthProcess::run({u"--restore"_s, backup, u"--data-dir"_s, elsewhere.path()}).exitCode, 0);
        QCOMPARE(UserData::snapshotOf(databaseIn(elsewhere.path())), seeded);

        const auto refused = HearthProcess::run({u"--restore"_s, backup, u"--data-dir"_s, data.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Hearth is open on"), refused.err.constData());
        QVERIFY2(refused.err.contains("Nothing was changed"), refused.err.constData());
        QCOMPARE(safetyCopiesIn(data.path()), QStringList());
        QCOMPARE(window.state(), QProcess::Running);

        window.terminate();
        QVERIFY(window.waitForFinished(10000 * slowdown));
        QCOMPARE(UserData::snapshotOf(databaseIn(data.path())), seeded);
    }

    void aBackupReplacesAnOlderFileOwnerOnly()
    {
        QTemporaryDir data;
        seedFolder(data.path(), u"x"_s);
        QTemporaryDir files;
        const QString backup = files.filePath(u"old.json"_s);
        writeBytes(backup, "an older backup");
        QVERIFY(QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ReadOther));
        QCOMPARE(HearthProcess::run({u"--backup"_s, backup, u"--data-dir"_s, data.path()}).exitCode, 0);
        QCOMPARE(modeOf(backup), 0600);
    }

    void whatCannotBeDoneIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no data there") << u"empty-folder"_s << u"there is no Hearth data in"_s;
        QTest::newRow("over its own database") << u"own-file"_s << u"is one of Hearth's own files"_s;
        QTest::newRow("into a missing folder") << u"missing-folder"_s << u"the backup could not be written to"_s;
        QTest::newRow("a damaged database") << u"damaged"_s << u"could not be read, so nothing was backed up"_s;
    }

    void whatCannotBeDoneIsSaidPlainly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir data;
        QTemporaryDir files;
        QString backup = files.filePath(u"b.json"_s);
        if (kind == "own-file"_L1) {
            seedFolder(data.path(), u"x"_s);
            backup = databaseIn(data.path());
        } else if (kind == "missing-folder"_L1) {
            seedFolder(data.path(), u"x"_s);
            backup = files.filePath(u"no/such/folder/b.json"_s);
        } else if (kind == "damaged"_L1) {
            writeBytes(databaseIn(data.path()), QByteArray("not a database at all\n").repeated(100));
        }
        const QByteArray hash = hashOf(databaseIn(data.path()));
        const auto result = HearthProcess::run({u"--backup"_s, backup, u"--data-dir"_s, data.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QCOMPARE(hashOf(databaseIn(data.path())), hash);
        if (kind == "damaged"_L1)
            QVERIFY(QDir(data.path()).entryList({u"hearth.damaged-*"_s}).isEmpty()); // never repaired from here
    }

    void helpMentionsThem()
    {
        const auto help = HearthProcess::run({u"--help"_s});
        QVERIFY(help.out.contains("--backup <file>"));
        QVERIFY(help.out.contains("--restore <file>"));
    }
};

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
