// SPDX-License-Identifier: GPL-3.0-or-later
// `hearth --validate PACK.json` and `hearth --import-pack PACK.json` as a
// person writing packs in an editor, or a script, runs them: the same
// messages as an import, exit 0 only without errors, hostile files answered
// at once, an import that updates, and one that waits for Hearth to close.
#include "storage/database.h"
#include "support/hearthprocess.h"
#include "support/slowdown.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString packs = QStringLiteral(HEARTH_TEST_DATA "/packs");

struct Report
{
    int exitCode = -1;
    QJsonObject json;
    QStringList errors; // "file: where: message", as ContentError::toString()
};

Report validate(const QStringList &files)
{
    const auto run = HearthProcess::run(QStringList{u"--validate"_s} + files);
    Report report{run.exitCode, QJsonDocument::fromJson(run.out).object(), {}};
    for (const QJsonValue &error : report.json.value(u"errors"_s).toArray()) {
        const QJsonObject e = error.toObject();
        const QString where = e.value(u"where"_s).toString();
        report.errors.append(e.value(u"file"_s).toString() + u": "_s + (where.isEmpty() ? QString() : where + u": "_s)
                             + e.value(u"message"_s).toString());
    }
    return report;
}

} // namespace

class TestPackCommand : public QObject
{
    Q_OBJECT

private slots:
    void theExamplePackIsValid()
    {
        const Report report = validate({packs + u"/evenings.json"_s});
        QVERIFY2(report.exitCode == 0, qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.json.value(u"ok"_s).toBool(), true);
        QCOMPARE(report.json.value(u"packs"_s).toInt(), 1);
        QVERIFY(report.errors.isEmpty());
    }

    void eachBrokenPackIsReportedWithItsPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QFile list(packs + u"/broken/messages.txt"_s);
        QVERIFY(list.open(QIODevice::ReadOnly));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString file = line.section(u": "_s, 0, 0);
            // A file that does not say it is a pack is checked as content, in the loader's words.
            if (file == "not-a-pack.json"_L1)
                continue;
            QTest::newRow(qPrintable(file)) << file << line;
        }
    }

    void eachBrokenPackIsReportedWithItsPlace()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = packs + u"/broken/"_s + file;
        const Report report = validate({path});
        QCOMPARE(report.exitCode, 1);
        QCOMPARE(report.json.value(u"ok"_s).toBool(true), false);
        QVERIFY2(report.errors.contains(packs + u"/broken/"_s + message), qPrintable(report.errors.join(u'\n')));
    }

    void contentFilesAndPacksTogether()
    {
        const Report report = validate({QStringLiteral(HEARTH_SOURCE_DIR "/content/decks/warm-up.json"),
                                        packs + u"/evenings.json"_s, packs + u"/broken/bad-depth.json"_s});
        QCOMPARE(report.exitCode, 1);
        QCOMPARE(report.json.value(u"packs"_s).toInt(), 2);
        QCOMPARE(report.json.value(u"decks"_s).toInt(), 1); // the content file was checked as content
        QCOMPARE(report.errors, QStringList{packs + u"/broken/bad-depth.json: cards[3].depth: must be 1, 2 or 3"_s});
        // The built-in content alone still validates.
        QCOMPARE(validate({}).exitCode, 0);
    }

    void hostileFilesAreAnsweredAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pack.json"_s);
        QVERIFY(TestFiles::makeFifo(fifo));
        const QString folder = dir.filePath(u"folder.json"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s));
        const QString huge = dir.filePath(u"huge.json"_s);
        QFile sparse(huge);
        QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(qint64(4) * 1024 * 1024 * 1024));
        sparse.close();
        for (const QString &path : {fifo, folder, huge, u"/dev/zero"_s}) {
            const Report report = validate({path});
            QCOMPARE(report.exitCode, 1);
            QCOMPARE(report.errors.size(), 1);
            QVERIFY2(report.errors.constFirst().startsWith(path + u": "_s), qPrintable(report.errors.constFirst()));
        }
        // Imports refuse them before touching the folder.
        QTemporaryDir data;
        for (const QString &path : {fifo, folder, huge, u"/dev/zero"_s}) {
            const auto run = HearthProcess::run({u"--import-pack"_s, path, u"--data-dir"_s, data.path()});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("was not imported, and nothing was changed"), run.err.constData());
        }
        QVERIFY(!QFile::exists(QDir(data.path()).filePath(Database::fileName())));
    }

    void importThenImportAgainUpdates()
    {
        QTemporaryDir data;
        const QString target = data.filePath(u"new/place"_s); // not there yet
        const QString pack = packs + u"/evenings.json"_s;
        const auto first = HearthProcess::run({u"--import-pack"_s, pack, u"--data-dir"_s, target});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("\xE2\x80\x9CSlow evenings\xE2\x80\x9D: 4 cards, a new deck"), first.out.constData());
        QCOMPARE(TestFiles::modeOf(target), 0700);

        const auto again = HearthProcess::run({u"--import-pack"_s, pack, u"--data-dir"_s, target});
        QVERIFY2(again.out.contains("4 cards, nothing changed"), again.out.constData());

        QTemporaryDir files;
        const QString edited = files.filePath(u"evenings-2.json"_s);
        TestFiles::writeBytes(edited, TestFiles::bytesOf(pack).replace("leave at the door", "leave outside"));
        const auto update = HearthProcess::run({u"--import-pack"_s, edited, u"--data-dir"_s, target});
        QVERIFY2(update.exitCode == 0, update.err.constData());
        QVERIFY2(update.out.contains("4 cards, 1 changed"), update.out.constData());

        const auto broken = HearthProcess::run(
            {u"--import-pack"_s, packs + u"/broken/bad-depth.json"_s, u"--data-dir"_s, target});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("bad-depth.json: cards[3].depth: must be 1, 2 or 3"), broken.err.constData());
    }

    void anImportWaitsForHearthToClose()
    {
        QTemporaryDir data;
        QProcess window;
        QVERIFY(HearthProcess::start(window, {u"--data-dir"_s, data.path()}));
        QTRY_VERIFY_WITH_TIMEOUT(HearthProcess::isOpenOn(data.path()), 20000 * slowdown);
        const auto refused =
            HearthProcess::run({u"--import-pack"_s, packs + u"/evenings.json"_s, u"--data-dir"_s, data.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Hearth is open on"), refused.err.constData());
        QVERIFY2(refused.err.contains("Nothing was changed"), refused.err.constData());
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        QVERIFY(window.waitForFinished(10000 * slowdown));

        const auto done =
            HearthProcess::run({u"--import-pack"_s, packs + u"/evenings.json"_s, u"--data-dir"_s, data.path()});
        QVERIFY2(done.exitCode == 0, done.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackCommand)
#include "tst_packcommand.moc"
