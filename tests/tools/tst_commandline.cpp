// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `hearth` as a user would and checks what it prints and saves.
#include "support/slowdown.h"
#include "storage/database.h"
#include "storage/favouritesstore.h"
#include "storage/historystore.h"
#include "storage/instancelock.h"
#include "storage/integritystamp.h"
#include "storage/journalstore.h"
#include "support/hearthprocess.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A data folder with a few favourites in it, as someone who has used Hearth would have.
void seedFavourites(const QString &dataDir)
{
    Database database;
    database.open(dataDir);
    QVERIFY(database.isPersistent());
    FavouritesStore store(database);
    const QList<std::tuple<QString, QString, QString, QString, QString>> seeds = {
        {u"card"_s, u"warm-up-01"_s, u"What is one small thing from today you would like me to know about?"_s, u"closeness"_s, u"Our favourite way to start"_s},
        {u"journal"_s, u"journal-03"_s, u"When did you last feel fully yourself? Write about where you were."_s, u"self-awareness"_s, {}},
        {u"ritual"_s, u"ritual-02"_s, u"Six-second hug \u2014 Hold each other for a slow breath or two."_s, u"investing"_s, u"Every morning"_s},
        {u"card"_s, u"retired-card"_s, u"A card from an older Hearth, kept as it was saved."_s, u"roadblocks"_s, {}},
    };
    HistoryStore history(database);
    Couple couple{0, {u"Robin"_s, u"Sam"_s}, {u"#B4552F"_s, u"#3F6E9A"_s}};
    QVERIFY(history.saveCouple(couple));
    // Two conversations to look back on, one with words kept.
    const qint64 earlier = history.startSession(couple.id, u"cards"_s, 0, 2);
    QVERIFY(history.recordCard(earlier, u"warm-up-01"_s, true));
    QVERIFY(history.recordCard(earlier, u"warm-up-02"_s, true));
    QVERIFY(history.addAppreciation(earlier, 0, u"You listened without fixing anything."_s));
    QVERIFY(history.addAppreciation(earlier, 1, u"You told me something new about your week."_s));
    QVERIFY(history.endSession(earlier, u"Let's do this on Sundays."_s));
    JournalStore journal(database);
    JournalEntry page{0, u"journal-03"_s, u"On the train home, reading, with nowhere to be."_s, {}, {}};
    QVERIFY(journal.save(page));
    const qint64 later = history.startSession(couple.id, u"escalating"_s, 1, 3);
    QVERIFY(history.recordCard(later, u"esc-1-01"_s, true));
    QVERIFY(history.endSession(later, QString()));
    for (const auto &[kind, id, text, section, note] : seeds) {
        Favourite favourite;
        favourite.kind = kind;
        favourite.contentId = id;
        favourite.savedText = text;
        favourite.section = section;
        favourite.note = note;
        QVERIFY(store.add(favourite));
    }
}

// Keeps a copy of a screenshot for people to look at, when asked to.
void keepForLooking(const QString &png, const QString &name)
{
    const QString keep = qEnvironmentVariable("HEARTH_KEEP_SCREENSHOTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name);
        QFile::copy(png, keep + u'/' + name);
    }
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateReportsTheBuiltInContent()
    {
        const auto result = HearthProcess::run({u"--validate"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
        QCOMPARE(report.value(u"sections"_s).toInt(), 7);
        const QJsonObject bySection = report.value(u"cardsBySection"_s).toObject();
        QCOMPARE(bySection.size(), 7);
        int total = 0;
        for (const auto &count : bySection)
            total += count.toInt();
        QCOMPARE(total, report.value(u"cards"_s).toInt());
        for (const char *key : {"feelings", "needs", "decks", "drills", "journalPrompts", "rituals", "fauxFeelings",
                                "languages"})
            QVERIFY2(report.contains(QLatin1StringView(key)), key);
    }

    void validateReportsErrorsInGivenFiles()
    {
        const QString broken = QStringLiteral(HEARTH_TEST_DATA "/content/mixed/decks/broken.json");
        const QString lone = QStringLiteral(HEARTH_TEST_DATA "/content/lone-deck.json");
        const auto result = HearthProcess::run({u"--validate"_s, broken, lone});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), false);
        const QJsonArray errors = report.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"file"_s].toString(), broken);
        QVERIFY(errors.at(0)[u"where"_s].toString().startsWith(u"line "_s));
        QCOMPARE(errors.at(1)[u"file"_s].toString(), lone);
        QCOMPARE(errors.at(1)[u"where"_s].toString(), u"cards[1].depth"_s);
        QCOMPARE(report.value(u"cards"_s).toInt(), 1);
    }

    void validateChecksTranslationsAgainstTheEnglish()
    {
        const QString sample = QStringLiteral(HEARTH_TEST_DATA "/content/translations/de");
        const auto good = HearthProcess::run({u"--validate"_s, sample + u"/guide.json"_s, sample + u"/decks/warm-up.json"_s});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(good.out).object().value(u"errors"_s).toArray().size(), 0);

        QTemporaryDir dir;
        const QString broken = dir.filePath(u"repair.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "hearth-translation", "version": 1,
                      "cards": {"repair-01": {"depth": 3}, "no-such-card": {"text": "Hallo?"}}})");
        file.close();
        const auto result = HearthProcess::run({u"--validate"_s, broken});
        QCOMPARE(result.exitCode, 1);
        const QJsonArray errors = QJsonDocument::fromJson(result.out).object().value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        QStringList places;
        for (const auto &error : errors) {
            QCOMPARE(error[u"file"_s].toString(), broken);
            places.append(error[u"where"_s].toString());
        }
        places.sort();
        QCOMPARE(places, (QStringList{u"cards.no-such-card"_s, u"cards.repair-01.depth"_s}));
    }

    void versionAndHelp()
    {
        const auto version = HearthProcess::run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("hearth "));
        const auto help = HearthProcess::run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--data-dir", "--screenshot", "--page", "--validate", "--quit-after-first-frame"})
            QVERIFY2(help.out.contains(option), option);
    }

    void quitsAfterTheFirstFrame()
    {
        QTemporaryDir data;
        const auto result = HearthProcess::run({u"--quit-after-first-frame"_s, u"--data-dir"_s, data.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    void screenshotsArePicturesOfTheWindow_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::newRow("home") << u"home"_s << QSize(1280, 800);
        QTest::newRow("guide") << u"guide"_s << QSize(1280, 800);
        QTest::newRow("guide, large") << u"guide"_s << QSize(1920, 1080);
        QTest::newRow("library") << u"library"_s << QSize(1280, 800);
        QTest::newRow("favourites") << u"favourites"_s << QSize(1280, 800);
        QTest::newRow("data") << u"data"_s << QSize(1280, 800);
        QTest::newRow("conversations") << u"conversations"_s << QSize(1280, 800);
        QTest::newRow("together-setup") << u"together-setup"_s << QSize(1280, 800);
        QTest::newRow("together") << u"together"_s << QSize(1280, 800);
        QTest::newRow("together, large") << u"together"_s << QSize(1920, 1080);
        QTest::newRow("practice") << u"practice"_s << QSize(1280, 800);
        QTest::newRow("practice, large") << u"practice"_s << QSize(1920, 1080);
        QTest::newRow("coach") << u"coach"_s << QSize(1280, 800);
        QTest::newRow("coach, large") << u"coach"_s << QSize(1920, 1080);
        QTest::newRow("drills") << u"drills"_s << QSize(1280, 800);
        QTest::newRow("drills, large") << u"drills"_s << QSize(1920, 1080);
        QTest::newRow("journal") << u"journal"_s << QSize(1280, 800);
    }

    void screenshotsArePicturesOfTheWindow()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        seedFavourites(dir.path());
        const QString png = dir.filePath(u"shot.png"_s);
        const auto result = HearthProcess::run({u"--screenshot"_s, png, u"--page"_s, page, u"--size"_s,
                                                u"%1x%2"_s.arg(size.width()).arg(size.height()), u"--data-dir"_s, dir.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.err.contains("qrc:/"), result.err.constData()); // no QML warnings
        const QImage image(png);
        QCOMPARE(image.size(), size);
        // A real picture of the window, not a blank: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));
        keepForLooking(png, u"%1-%2x%3.png"_s.arg(page).arg(size.width()).arg(size.height()));
    }

    void anUnknownPageIsNamed()
    {
        QTemporaryDir dir;
        // Its own folder: the person's usual one may be in use (or by a parallel test).
        const auto result = HearthProcess::run({u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--page"_s, u"attic"_s,
                                                u"--data-dir"_s, dir.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("no page called 'attic'"));
        QVERIFY(result.err.contains("home, guide, together-setup, together, practice, coach, drills, journal, library, favourites, data, conversations"));
    }

    void aWindowSizeMustBeTwoNumbers_data()
    {
        QTest::addColumn<QString>("size");
        for (const char *size : {"12x800", "1280x80000", "1280", "x800", "1280x", "1280x800x2", "1280X800", "1e3x800", "", " 1280x800"})
            QTest::newRow(size) << QString::fromLatin1(size);
    }

    void aWindowSizeMustBeTwoNumbers()
    {
        QFETCH(QString, size);
        QTemporaryDir dir;
        const auto result = HearthProcess::run({u"--quit-after-first-frame"_s, u"--size"_s, size, u"--data-dir"_s, dir.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"--size must look like 1280x800, not '%1'"_s.arg(size).toUtf8()), result.err.constData());
    }

    void aWindowSizeOfThreeOrFourDigitsIsTaken()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"small.png"_s);
        const auto result = HearthProcess::run({u"--screenshot"_s, png, u"--size"_s, u"999x1000"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QImage(png).size(), QSize(999, 1000));
    }

    void aSecondStartHandsOverToTheFirst()
    {
        QTemporaryDir dir;
        QProcess first;
        QVERIFY(HearthProcess::start(first, {u"--data-dir"_s, dir.path()}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"hearth.sqlite"_s)), 20000 * slowdown);

        const auto second = HearthProcess::run({u"--data-dir"_s, dir.path()});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already open"), second.out.constData());
        QByteArray firstSaid;
        QTRY_VERIFY2_WITH_TIMEOUT((firstSaid += first.readAllStandardOutput()).contains("bringing it to the front"),
                                  firstSaid.constData(), 10000 * slowdown);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000 * slowdown));
    }

    // A logout sends SIGTERM: Hearth quits as when its window is closed (pages
    // save what is being written, the lock is let go), not killed mid-write.
    void aLogoutQuitsAsClosingTheWindowDoes()
    {
        QTemporaryDir dir;
        QProcess hearth;
        QVERIFY(HearthProcess::start(hearth, {u"--data-dir"_s, dir.path(), u"--page"_s, u"coach"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"hearth.lock"_s)), 20000 * slowdown);
        hearth.terminate(); // even while still starting up
        QVERIFY(hearth.waitForFinished(10000 * slowdown));
        QCOMPARE(hearth.exitStatus(), QProcess::NormalExit);
        QCOMPARE(hearth.exitCode(), 0);
        InstanceLock lock(dir.path()); // the file stays; the kernel let go of the lock
        QCOMPARE(lock.tryAcquire(), InstanceLock::Result::Acquired);
    }

    void aDamagedDatabaseIsExplainedInTheWindow()
    {
        QTemporaryDir dir;
        TestFiles::writeBytes(dir.filePath(u"hearth.sqlite"_s), QByteArray("not a database at all\n").repeated(100));
        const auto result = HearthProcess::run({u"--quit-after-first-frame"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!QDir(dir.path()).entryList({u"hearth.damaged-*.sqlite"_s}).isEmpty());
    }

    // A start checks the database whole only when it is not the file the last
    // Hearth closed (IntegrityStamp): damage done between two starts is found.
    void damageBetweenTwoStartsIsFoundAtTheSecond()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(Database::fileName());
        const QStringList quickStart = {u"--quit-after-first-frame"_s, u"--data-dir"_s, dir.path()};
        const QString note = IntegrityStamp::pathFor(path);
        QCOMPARE(HearthProcess::run(quickStart).exitCode, 0);
        const QByteArray firstNote = TestFiles::bytesOf(note);
        QVERIFY(firstNote.startsWith("hearth-checked "));
        QCOMPARE(HearthProcess::run(quickStart).exitCode, 0);
        // Not checked whole again: the time of the last whole check stays.
        QCOMPARE(TestFiles::bytesOf(note).split(' ').last(), firstNote.split(' ').last());

        TestFiles::damageAPageInTheMiddle(path);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(HearthProcess::run(quickStart).exitCode, 0);
        QVERIFY(!QDir(dir.path()).entryList({u"hearth.damaged-*.sqlite"_s}).isEmpty());
    }

    void withoutADisplayItSaysSoPlainly()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        const auto result = HearthProcess::run({}, {.environment = environment});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("needs a graphical desktop"));
        QVERIFY(result.err.contains("--screenshot"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
