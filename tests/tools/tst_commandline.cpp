// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `hearth` as a user would and checks what it prints and saves.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runHearth(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateReportsTheBuiltInContent()
    {
        const Result result = runHearth({u"--validate"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
        QCOMPARE(report.value(u"sections"_s).toInt(), 7);
        const QJsonObject bySection = report.value(u"cardsBySection"_s).toObject();
        QCOMPARE(bySection.size(), 7);
        int total = 0;
        for (const QJsonValue &count : bySection)
            total += count.toInt();
        QCOMPARE(total, report.value(u"cards"_s).toInt());
        for (const char *key : {"feelings", "needs", "decks", "drills", "journalPrompts", "rituals", "fauxFeelings"})
            QVERIFY2(report.contains(QLatin1StringView(key)), key);
    }

    void validateReportsErrorsInGivenFiles()
    {
        const QString broken = QStringLiteral(HEARTH_TEST_DATA "/content/mixed/decks/broken.json");
        const QString lone = QStringLiteral(HEARTH_TEST_DATA "/content/lone-deck.json");
        const Result result = runHearth({u"--validate"_s, broken, lone});
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

    void versionAndHelp()
    {
        const Result version = runHearth({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("hearth "));
        const Result help = runHearth({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--data-dir", "--screenshot", "--page", "--validate", "--quit-after-first-frame"})
            QVERIFY2(help.out.contains(option), option);
    }

    void quitsAfterTheFirstFrame()
    {
        QTemporaryDir data;
        const Result result = runHearth({u"--quit-after-first-frame"_s, u"--data-dir"_s, data.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    void screenshotsArePicturesOfTheWindow_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::newRow("home") << u"home"_s << QSize(1280, 800);
        QTest::newRow("guide") << u"guide"_s << QSize(1280, 800);
        QTest::newRow("guide, large") << u"guide"_s << QSize(1920, 1080);
    }

    void screenshotsArePicturesOfTheWindow()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(u"shot.png"_s);
        const Result result = runHearth({u"--screenshot"_s, png, u"--page"_s, page, u"--size"_s,
                                         u"%1x%2"_s.arg(size.width()).arg(size.height()), u"--data-dir"_s, dir.path()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), size);
        // A real picture of the window, not a blank: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    }

    void anUnknownPageIsNamed()
    {
        QTemporaryDir dir;
        const Result result = runHearth({u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--page"_s, u"attic"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("no page called 'attic'"));
        QVERIFY(result.err.contains("home, guide"));
    }

    void withoutADisplayItSaysSoPlainly()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        const Result result = runHearth({}, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("needs a graphical desktop"));
        QVERIFY(result.err.contains("--screenshot"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
