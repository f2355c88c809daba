// SPDX-License-Identifier: GPL-3.0-or-later
// hearth --demo, the real binary: every page shows the example couple's data
// and the demo's notice, and nothing is read from or written to any of the
// person's folders: their home, config, data and cache folders, the runtime
// folder and a --data-dir with a real database stay byte for byte as they were.
// What a page shows is read from hearth.shown, the window's list of the texts
// on screen when the screenshot is taken (app/cli/showntext.h).
#include "content/contentrepository.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "support/hearthprocess.h"
#include "support/testfiles.h"
#include "support/userdata.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString notice = u"This is a demo: nothing you do here is saved."_s;

// Every file and folder under `root`, hidden ones too, with its bytes' hash.
QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        tree.insert(QDir(root).relativeFilePath(info.filePath()),
                    info.isFile() ? TestFiles::hashOf(info.filePath()) : QByteArray("(folder)"));
    }
    return tree;
}

// The texts a run said were on screen.
QStringList shownTexts(const QByteArray &err)
{
    QStringList shown;
    for (const QString &line : QString::fromUtf8(err).split(u'\n')) {
        if (line.startsWith(u"hearth.shown: "_s))
            shown.append(line.mid(14));
    }
    return shown;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QTemporaryDir m_screenshots; // apart from the watched folders
    QMap<QString, QByteArray> m_before;
    ContentRepository m_content;

    [[nodiscard]] QString watched() const { return m_root.filePath(u"watched"_s); }
    [[nodiscard]] QString folder(const QString &name) const { return QDir(watched()).filePath(name); }

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, folder(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, folder(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, folder(u"share"_s));
        env.insert(u"XDG_CACHE_HOME"_s, folder(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, folder(u"runtime"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"hearth.shown.debug=true;hearth.demo.debug=true"_s);
        return env;
    }

    [[nodiscard]] QStringList demoArguments() const { return {u"--demo"_s, u"--data-dir"_s, folder(u"data"_s)}; }

    void verifyNothingChanged()
    {
        const auto after = treeOf(watched());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(m_before.value(it.key()) == it.value(), qPrintable(u"new or changed: "_s + it.key()));
        QCOMPARE(after, m_before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid() && m_screenshots.isValid());
        for (const QString &name : {u"home"_s, u"config"_s, u"share"_s, u"cache"_s, u"runtime"_s})
            QVERIFY(QDir().mkpath(folder(name)));
        QVERIFY(QFile::setPermissions(folder(u"runtime"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                   | QFileDevice::ExeOwner));
        // The person's own data, in a real database, and their window settings.
        {
            Database database;
            database.open(folder(u"data"_s));
            QVERIFY(database.isPersistent());
            QVERIFY(UserData::seed(database));
        }
        QVERIFY(QDir().mkpath(folder(u"config/Hearth"_s)));
        TestFiles::writeBytes(folder(u"config/Hearth/hearth.conf"_s), "[window]\nsize=@Size(1111 777)\n");
        m_before = treeOf(watched());
        QVERIFY(m_before.contains(u"data/hearth.sqlite"_s));
        m_content.loadDirectory(ContentRepository::builtInRoot());
    }

    void everyPageShowsTheDemoAndChangesNothing_data()
    {
        const Card *card = m_content.card(DemoData::conversationCardId(m_content));
        QVERIFY(card);
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("expected"); // texts that must be on screen, whole or in part
        QTest::newRow("home") << u"home"_s << QStringList{};
        QTest::newRow("guide") << u"guide"_s << QStringList{};
        QTest::newRow("together-setup") << u"together-setup"_s << DemoData::names();
        // The card in play, who speaks, and the listener's panel with the card's hint.
        QTest::newRow("together") << u"together"_s << QStringList{card->text, card->listenerHint};
        QTest::newRow("conversation") << u"conversation"_s << QStringList{card->text, card->listenerHint};
        QTest::newRow("practice") << u"practice"_s << QStringList{DemoData::draftRequest()};
        QTest::newRow("coach") << u"coach"_s << QStringList{u"You always come home late"_s};
        QTest::newRow("drills") << u"drills"_s << QStringList{};
        QTest::newRow("journal") << u"journal"_s << QStringList{DemoData::journalText()};
        QTest::newRow("library") << u"library"_s << QStringList{};
        QTest::newRow("favourites") << u"favourites"_s << QStringList{DemoData::favouriteNote()};
        QTest::newRow("data") << u"data"_s << QStringList{};
        QTest::newRow("conversations") << u"conversations"_s << QStringList{DemoData::conversationNote()};
        QTest::newRow("rituals") << u"rituals"_s << QStringList{DemoData::ritualNote()};
        // A pause under way: the demo's example begins in its second step.
        const PauseKind *breathing = m_content.pauseKind(u"breathing"_s);
        QVERIFY(breathing && breathing->steps.size() > 1);
        QTest::newRow("pause") << u"pause"_s << QStringList{breathing->steps.at(1).text};
        // Months of conversations, counted in words above the calendar.
        QTest::newRow("progress") << u"progress"_s << QStringList{u"you talked together"_s};
    }

    void everyPageShowsTheDemoAndChangesNothing()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, expected);
        const QString png = m_screenshots.filePath(page + u".png"_s);
        const auto result = HearthProcess::run(demoArguments()
                                                   + QStringList{u"--screenshot"_s, png, u"--page"_s, page,
                                                                 u"--size"_s, u"1024x640"_s},
                                               {.environment = environment()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFileInfo(png).size() > 0);
        const QStringList shown = shownTexts(result.err);
        QVERIFY2(shown.contains(notice), qPrintable(shown.join(u'\n')));
        for (const QString &text : expected) {
            const bool found = std::any_of(shown.cbegin(), shown.cend(),
                                           [&](const QString &s) { return s.contains(text.simplified()); });
            QVERIFY2(found, qPrintable(u"not on screen: %1\nshown:\n%2"_s.arg(text, shown.join(u'\n'))));
        }
        verifyNothingChanged();
    }

    // The window as a person uses it, quit as a logout quits it: the moment
    // a normal window saves its size and the words being written.
    void aQuitWindowChangesNothing()
    {
        QProcess process;
        QVERIFY(HearthProcess::start(process, demoArguments(), {.environment = environment()}));
        // The demo's conversation starts after the quit handler is in place.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("conversation is on"), 30000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY2(process.waitForFinished(30000), "hearth --demo did not quit on SIGTERM");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        verifyNothingChanged();
    }

    // The same screenshot without --demo shows the person's own data, and no notice.
    void withoutDemoThereIsNoNotice()
    {
        QTemporaryDir own;
        QProcessEnvironment env = environment();
        for (const QString &variable : {u"HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s,
                                        u"XDG_RUNTIME_DIR"_s})
            env.insert(variable, own.path());
        const auto result = HearthProcess::run({u"--data-dir"_s, own.path(), u"--screenshot"_s,
                                                own.filePath(u"x.png"_s), u"--page"_s, u"favourites"_s},
                                               {.environment = env});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QStringList shown = shownTexts(result.err);
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(notice));
        QVERIFY(!shown.join(u'\n').contains(DemoData::favouriteNote()));
        // The same run writes to its folder when it is not the demo: what
        // the checks above measure is there to be seen.
        QVERIFY(QFileInfo::exists(own.filePath(u"hearth.sqlite"_s)));
    }

    void demoIsNotForTheDataCommands_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("data-report") << u"--data-report"_s;
        QTest::newRow("backup") << u"--backup"_s;
        QTest::newRow("restore") << u"--restore"_s;
    }

    void demoIsNotForTheDataCommands()
    {
        QFETCH(QString, option);
        QStringList arguments = demoArguments() << option;
        if (option != "--data-report"_L1)
            arguments << m_screenshots.filePath(u"backup.json"_s);
        const auto result = HearthProcess::run(arguments, {.environment = environment()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--demo"), result.err.constData());
        verifyNothingChanged();
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
