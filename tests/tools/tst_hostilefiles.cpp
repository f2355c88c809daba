// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken files given to the built `hearth`, as a person or a
// script might by mistake or on purpose: each is refused with words naming
// the file and what is wrong, in a few seconds and a few tens of MB, and a
// refused restore leaves the data folder byte for byte as it was.
#include "support/slowdown.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "support/hearthprocess.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"
#include "support/userdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

// Far above what the command needs (~30 MB), far below what reading a
// device or holding a 200 MB line would take. Under AddressSanitizer a
// process takes ~300 MB more (shadow memory, the quarantine of freed blocks)
// and runs slower; the bounds still show, scaled.
#ifdef HEARTH_SANITIZE
constexpr long peakLimitKb = 800 * 1024;
#else
constexpr long peakLimitKb = 200 * 1024;
#endif
constexpr qint64 timeLimitMs = 10000 * slowdown;

// The largest resident size of any child waited for so far, in KB.
long childrenPeakKb()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray write(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        {
            Database database;
            database.open(m_data.path());
            QVERIFY(database.isPersistent());
            QVERIFY(UserData::seed(database, u"ours"_s));
            m_good = parse(Backup::exportAll(database));
        }
        QVERIFY(!m_good.isEmpty());
        m_databasePath = QDir(m_data.path()).filePath(Database::fileName());
        m_hash = hashOf(m_databasePath);
        m_rows = UserData::snapshotOf(m_databasePath);
        QCOMPARE(UserData::rowCount(m_rows), 16);
    }

    void aHostileBackupIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tables") << u"no-tables"_s << u"it has no \"tables\""_s;
        QTest::newRow("one table missing") << u"table-missing"_s << u"the table \"appreciations\" is missing"_s;
        QTest::newRow("an unknown table") << u"unknown-table"_s << u"a table Hearth does not know: \"passwords\""_s;
        QTest::newRow("2^60 in an integer") << u"huge-integer"_s << u"\"findings\" must be a whole number from -2^53 to 2^53, not 1152921504606846976"_s;
        QTest::newRow("60 MB") << u"large"_s << u"is larger than 32 MB"_s;
        // 30 MB of "[]," would take gigabytes once parsed; it is counted first.
        QTest::newRow("30 MB of empty lists") << u"lists"_s << u"holds more than 100000 objects and lists"_s;
        QTest::newRow("30 MB of zeros") << u"zeros"_s << u"holds more than 1500000 values"_s;
        QTest::newRow("a FIFO") << u"fifo"_s << u"named pipe (FIFO)"_s;
        QTest::newRow("/dev/zero") << u"device"_s << u"is a device"_s;
        QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
        QTest::newRow("truncated JSON") << u"truncated"_s << u"not valid JSON"_s;
        QTest::newRow("a newer version") << u"newer"_s << u"newer Hearth"_s;
        QTest::newRow("a newer schema") << u"newer-schema"_s << u"newer Hearth"_s;
        QTest::newRow("no such file") << u"missing"_s << u"does not exist"_s;
    }

    void aHostileBackupIsRefusedAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir files;
        QString path = files.filePath(u"backup.json"_s);
        QJsonObject root = m_good;
        QJsonObject tables = root.value(u"tables"_s).toObject();
        if (kind == "no-tables"_L1) {
            root.remove(u"tables"_s);
            writeBytes(path, write(root));
        } else if (kind == "table-missing"_L1) {
            tables.remove(u"appreciations"_s);
            root.insert(u"tables"_s, tables);
            writeBytes(path, write(root));
        } else if (kind == "unknown-table"_L1) {
            tables.insert(u"passwords"_s, QJsonArray());
            root.insert(u"tables"_s, tables);
            writeBytes(path, write(root));
        } else if (kind == "huge-integer"_L1) {
            QJsonArray rows = tables.value(u"drill_progress"_s).toArray();
            QJsonObject row = rows.at(0).toObject();
            row.insert(u"findings"_s, qint64(1) << 60);
            rows.replace(0, row);
            tables.insert(u"drill_progress"_s, rows);
            root.insert(u"tables"_s, tables);
            writeBytes(path, write(root));
        } else if (kind == "large"_L1) {
            // Real bytes, not a sparse file: a backup with one enormous journal page.
            const QByteArray whole = write(root);
            const QByteArray padding(60 * 1024 * 1024, ' ');
            writeBytes(path, whole.left(whole.size() - 2) + padding + "}\n");
        } else if (kind == "lists"_L1) {
            writeBytes(path, "[" + QByteArray("[],").repeated(10 * 1024 * 1024) + "[]]");
        } else if (kind == "zeros"_L1) {
            writeBytes(path, "[" + QByteArray("0,").repeated(15 * 1024 * 1024) + "0]");
        } else if (kind == "fifo"_L1) {
            QVERIFY(makeFifo(path)); // and no writer, ever
        } else if (kind == "device"_L1) {
            path = u"/dev/zero"_s;
        } else if (kind == "folder"_L1) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == "truncated"_L1) {
            const QByteArray whole = write(root);
            writeBytes(path, whole.left(whole.size() * 2 / 3));
        } else if (kind == "newer"_L1) {
            root.insert(u"version"_s, 2);
            writeBytes(path, write(root));
        } else if (kind == "newer-schema"_L1) {
            root.insert(u"schemaVersion"_s, Database::schemaVersion + 1);
            writeBytes(path, write(root));
        }

        const auto result = HearthProcess::run({u"--restore"_s, path, u"--data-dir"_s, m_data.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains("Nothing was changed"), result.err.constData());
        QVERIFY(result.err.size() < 2000); // the file is never echoed
        QVERIFY2(result.elapsedMs < timeLimitMs, qPrintable(u"%1 ms"_s.arg(result.elapsedMs)));
        QVERIFY2(childrenPeakKb() < peakLimitKb, qPrintable(u"%1 KB"_s.arg(childrenPeakKb())));

        QCOMPARE(hashOf(m_databasePath), m_hash);
        QCOMPARE(UserData::snapshotOf(m_databasePath), m_rows);
        QCOMPARE(safetyCopiesIn(m_data.path()), QStringList());
    }

    void validateReadsOnlyOrdinaryFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("/dev/zero") << u"device"_s << u"is a device"_s;
        QTest::newRow("a FIFO with no writer") << u"fifo"_s << u"named pipe (FIFO)"_s;
        QTest::newRow("60 MB") << u"large"_s << u"is larger than 8 MB"_s;
        QTest::newRow("7 MB of empty lists") << u"lists"_s << u"holds more than 100000 objects and lists"_s;
        QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
    }

    void validateReadsOnlyOrdinaryFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir files;
        QString path = files.filePath(u"deck.json"_s);
        if (kind == "device"_L1)
            path = u"/dev/zero"_s;
        else if (kind == "fifo"_L1)
            QVERIFY(makeFifo(path));
        else if (kind == "large"_L1)
            writeBytes(path, QByteArray(60 * 1024 * 1024, '['));
        else if (kind == "lists"_L1)
            writeBytes(path, "[" + QByteArray("[],").repeated(7 * 1024 * 1024 / 3) + "[]]");
        else if (kind == "folder"_L1)
            QVERIFY(QDir().mkdir(path));

        const auto result = HearthProcess::run({u"--validate"_s, path});
        QCOMPARE(result.exitCode, 1);
        const QJsonArray errors = QJsonDocument::fromJson(result.out).object().value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)[u"file"_s].toString(), path);
        QVERIFY2(errors.at(0)[u"message"_s].toString().contains(message), result.out.constData());
        QVERIFY2(result.elapsedMs < timeLimitMs, qPrintable(u"%1 ms"_s.arg(result.elapsedMs)));
        QVERIFY2(childrenPeakKb() < peakLimitKb, qPrintable(u"%1 KB"_s.arg(childrenPeakKb())));
    }

    // A 200 MB line streamed in is counted, never held whole or echoed back.
    void checkStreamsAnEnormousLine()
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        QVERIFY(HearthProcess::start(process, {u"--check"_s}));
        const QByteArray chunk(1024 * 1024, 'a');
        constexpr int chunks = 200;
        for (int i = 0; i < chunks; ++i) {
            process.write(chunk);
            while (process.bytesToWrite() > 4 * chunk.size())
                QVERIFY(process.waitForBytesWritten(30000));
        }
        process.write("\nYou never listen.\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.size() < 4000, qPrintable(u"%1 bytes of output"_s.arg(out.size())));
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject tooLong = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(tooLong.value(u"line"_s).toInteger(), 1);
        QCOMPARE(tooLong.value(u"length"_s).toInteger(), qint64(chunks) * chunk.size());
        QVERIFY(tooLong.value(u"error"_s).toString().contains(u"line 1 is 209715200 bytes long"_s));
        QCOMPARE(tooLong.value(u"text"_s).toString(), QString());
        const QJsonObject next = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(next.value(u"text"_s).toString(), u"You never listen."_s);
        QVERIFY(!next.value(u"findings"_s).toArray().isEmpty());
        QVERIFY2(timer.elapsed() < 30000 * slowdown, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        QVERIFY2(childrenPeakKb() < peakLimitKb, qPrintable(u"%1 KB"_s.arg(childrenPeakKb())));
    }

private:
    QTemporaryDir m_data;
    QJsonObject m_good;
    QString m_databasePath;
    QByteArray m_hash;
    UserData::Snapshot m_rows;
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
