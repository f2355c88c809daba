// SPDX-License-Identifier: GPL-3.0-or-later
// The window's size and maximised state survive a restart: the real hearth,
// started offscreen with its own config and data folders and quit as a logout
// quits it (SIGTERM). Offscreen windows cannot be resized by hand, so this
// checks what is written where, and that what is there is read back: a size
// that was read comes out again on quit, where the default would otherwise.
#include "support/hearthprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestWindowSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    [[nodiscard]] QString settingsFile() const { return m_home.filePath(u"config/Hearth/hearth.conf"_s); }
    [[nodiscard]] QString dataDir() const { return m_home.filePath(u"data"_s); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"share"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    // Starts the window, waits until it has its data folder (the quit
    // handler is in place by then), and quits it as a logout would.
    void runAndQuit(const QStringList &extra = {})
    {
        QFile::remove(QDir(dataDir()).filePath(u"hearth.sqlite"_s));
        QProcess process;
        QVERIFY(HearthProcess::start(process, QStringList{u"--data-dir"_s, dataDir()} + extra,
                                     {.environment = environment()}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(QDir(dataDir()).filePath(u"hearth.sqlite"_s)), 30000);
        QTest::qWait(500); // the first frame, so the window has been shown
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY2(process.waitForFinished(30000), "hearth did not quit on SIGTERM");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void firstRunWritesUnderHearth()
    {
        runAndQuit();
        QVERIFY2(QFileInfo::exists(settingsFile()), qPrintable(settingsFile()));
        QVERIFY(!QFileInfo::exists(m_home.filePath(u"config/Unknown Organization"_s)));
        const QSettings written(settingsFile(), QSettings::IniFormat);
        QCOMPARE(written.value(u"window/size"_s).toSize(), QSize(1280, 800));
        QCOMPARE(written.value(u"window/maximized"_s).toBool(), false);
        // The person's words stay where they always were, whatever QSettings needs.
        QVERIFY(!QFileInfo::exists(m_home.filePath(u"share/Hearth"_s)));
    }

    void sizeAndMaximisedAreReadBack_data()
    {
        QTest::addColumn<QString>("maximizedBefore");
        QTest::addColumn<QString>("maximizedAfter");
        // Read as false, written back as "false": proof the file was written.
        QTest::newRow("size") << u"0"_s << u"false"_s;
        // Read as true, written back as "true"; the size is the one to come
        // back to when no longer maximised.
        QTest::newRow("maximised, keeping the size") << u"yes"_s << u"true"_s;
    }

    void sizeAndMaximisedAreReadBack()
    {
        QFETCH(QString, maximizedBefore);
        QFETCH(QString, maximizedAfter);
        {
            QSettings before(settingsFile(), QSettings::IniFormat);
            before.setValue(u"window/size"_s, QSize(1111, 777));
            before.setValue(u"window/maximized"_s, maximizedBefore);
        }
        runAndQuit();
        const QSettings after(settingsFile(), QSettings::IniFormat);
        QCOMPARE(after.value(u"window/maximized"_s).toString(), maximizedAfter);
        QCOMPARE(after.value(u"window/size"_s).toSize(), QSize(1111, 777));
    }

    void sizeAskedForWins()
    {
        runAndQuit({u"--size"_s, u"1000x700"_s});
        const QSettings after(settingsFile(), QSettings::IniFormat);
        QCOMPARE(after.value(u"window/size"_s).toSize(), QSize(1000, 700));
        QCOMPARE(after.value(u"window/maximized"_s).toBool(), false);
    }

    void defaultDataFolderIsUnchanged()
    {
        const auto result = HearthProcess::run({u"--help"_s}, {.environment = environment()});
        const QString help = QString::fromUtf8(result.out).simplified();
        QVERIFY2(help.contains(u"(default: "_s + m_home.filePath(u"share/hearth"_s) + u")."_s), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestWindowSettings)

#include "tst_windowsettings.moc"
