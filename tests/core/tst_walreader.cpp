// SPDX-License-Identifier: GPL-3.0-or-later
// Hearth reads SQLite's write-ahead log itself, to tell a frame torn by a kill
// (normal) from damage that would make SQLite drop committed transactions.
// Logs made by SQLite, logs built here by hand in both byte orders, and
// garbage: any bytes must be safe.
#include "storage/database.h"
#include "storage/sqliteheader.h"
#include "storage/walreader.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using TestFiles::bytesOf;

namespace {

constexpr qsizetype pageSize = 4096;
constexpr qsizetype frameSize = WalReader::frameHeaderSize + pageSize;

struct Files
{
    QByteArray database;
    QByteArray wal;
};

// What SQLite leaves on disk after `rows` commits that were never folded
// into the database file (copied while the connection is open).
Files filesFromSqlite(int rows)
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.path());
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA wal_autocheckpoint = 0"_s) || !query.exec(u"INSERT INTO journals VALUES (1, '', 'own', '', 'a')"_s))
        return {};
    for (int i = 0; i < rows; ++i) {
        query.prepare(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (1, ?, 'a', 'b')"_s);
        query.addBindValue(QString(700, QChar(u'a' + i % 26)));
        if (!query.exec())
            return {};
    }
    return {bytesOf(db.path()), bytesOf(db.path() + u"-wal"_s)};
}

// The database SQLite makes of `files`, by opening a copy and checkpointing it.
QByteArray checkpointedBySqlite(const Files &files)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.sqlite"_s);
    for (const auto &[name, bytes] :
        {std::pair {path, files.database}, std::pair {QString(path + u"-wal"_s), files.wal}}) {
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checkpoint"_s);
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"checkpoint"_s);
    return bytesOf(path);
}

void putBigEndian(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToBigEndian(value, bytes.data() + at);
}

// An independent writer of the format, for logs SQLite on this machine never
// makes (big-endian checksums) and for exact control over each frame.
class LogBuilder
{
public:
    LogBuilder(bool bigEndianSums, quint32 pageBytes)
        : m_bigEndian(bigEndianSums)
        , m_pageSize(pageBytes)
    {
        m_bytes = QByteArray(32, '\0');
        putBigEndian(m_bytes, 0, bigEndianSums ? 0x377f0683 : 0x377f0682);
        putBigEndian(m_bytes, 4, 3007000);
        putBigEndian(m_bytes, 8, pageBytes);
        putBigEndian(m_bytes, 16, 0x11223344);
        putBigEndian(m_bytes, 20, 0x55667788);
        sum(m_bytes.first(24));
        putBigEndian(m_bytes, 24, m_s0);
        putBigEndian(m_bytes, 28, m_s1);
    }

    void addFrame(quint32 page, quint32 sizeAfterCommit, char fill)
    {
        QByteArray frame(24, '\0');
        putBigEndian(frame, 0, page);
        putBigEndian(frame, 4, sizeAfterCommit);
        frame.replace(8, 8, m_bytes.sliced(16, 8));
        const QByteArray data(m_pageSize, fill);
        sum(frame.first(8));
        sum(data);
        putBigEndian(frame, 16, m_s0);
        putBigEndian(frame, 20, m_s1);
        m_bytes += frame + data;
    }

    [[nodiscard]] QByteArray bytes() const { return m_bytes; }

private:
    void sum(QByteArrayView data)
    {
        for (qsizetype i = 0; i + 8 <= data.size(); i += 8) {
            const quint32 x0 = m_bigEndian ? qFromBigEndian<quint32>(data.data() + i)
                                           : qFromLittleEndian<quint32>(data.data() + i);
            const quint32 x1 = m_bigEndian ? qFromBigEndian<quint32>(data.data() + i + 4)
                                           : qFromLittleEndian<quint32>(data.data() + i + 4);
            m_s0 += x0 + m_s1;
            m_s1 += x1 + m_s0;
        }
    }

    bool m_bigEndian;
    quint32 m_pageSize;
    quint32 m_s0 = 0;
    quint32 m_s1 = 0;
    QByteArray m_bytes;
};

void invert(QByteArray &bytes, qsizetype at, qsizetype count = 4)
{
    for (qsizetype i = at; i < at + count; ++i)
        bytes[i] = char(~bytes[i]);
}

} // namespace

class TestWalReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sqlite = filesFromSqlite(120);
        QVERIFY(m_sqlite.wal.size() > 32 + 20 * frameSize);
        QCOMPARE((m_sqlite.wal.size() - 32) % frameSize, 0);
    }

    void readsALogSqliteWrote()
    {
        const WalReader::Report report = WalReader::read(m_sqlite.wal);
        QVERIFY(report.headerValid);
        QVERIFY(!report.headerDamaged);
        QCOMPARE(report.pageSize, quint32(pageSize));
        QCOMPARE(report.frames, (m_sqlite.wal.size() - 32) / frameSize);
        QCOMPARE(report.replayedFrames, report.frames);
        QVERIFY(report.replayedCommits >= 120);
        QCOMPARE(report.firstBadFrame, qint64(-1));
        QVERIFY(!report.dropsCommittedData());
        // The schema was made after the switch to the log: its version is in there.
        QVERIFY(report.newestHeaderOffset > 0);
        QCOMPARE(SqliteHeader::userVersion(
                     QByteArrayView(m_sqlite.wal).sliced(report.newestHeaderOffset, pageSize))
                     .value_or(-99),
            Database::schemaVersion);
    }

    void replaysAsSqliteDoes()
    {
        const QByteArray ours
            = WalReader::replay(m_sqlite.database, m_sqlite.wal, WalReader::Replay::AsSqliteDoes);
        QVERIFY(!ours.isEmpty());
        QCOMPARE(ours, checkpointedBySqlite(m_sqlite));
        // With damage in the middle, SQLite keeps the frames before it, and so do we.
        Files damaged = m_sqlite;
        invert(damaged.wal, 32 + 40 * frameSize + 24 + 100);
        QCOMPARE(WalReader::replay(damaged.database, damaged.wal, WalReader::Replay::AsSqliteDoes),
            checkpointedBySqlite(damaged));
    }

    // 4 bytes changed in a middle frame: SQLite stops there and drops every
    // commit after it; the frames after it still prove themselves.
    void damageInAMiddleFrameDropsCommits_data()
    {
        QTest::addColumn<qsizetype>("where");
        QTest::newRow("in the page") << qsizetype(24 + 2000);
        QTest::newRow("in the page number") << qsizetype(0);
        QTest::newRow("in the salt") << qsizetype(8);
        QTest::newRow("in the checksum") << qsizetype(16);
    }

    void damageInAMiddleFrameDropsCommits()
    {
        QFETCH(qsizetype, where);
        QByteArray wal = m_sqlite.wal;
        const qint64 frames = (wal.size() - 32) / frameSize;
        const qint64 middle = frames / 2;
        invert(wal, 32 + middle * frameSize + where);
        const WalReader::Report report = WalReader::read(wal);
        QCOMPARE(report.firstBadFrame, middle);
        QVERIFY(report.replayedFrames <= middle);
        QVERIFY(report.dropsCommittedData());
        QVERIFY(report.commitsAfterBreak > 10);
        // At most the frame after a damaged checksum cannot prove itself.
        QVERIFY(report.intactFramesAfterBreak >= frames - middle - 2);
        // Replaying every commit gives back what SQLite had committed.
        if (where != 0) {
            QCOMPARE(WalReader::replay(m_sqlite.database, wal, WalReader::Replay::EveryCommit).size(),
                checkpointedBySqlite(m_sqlite).size());
        }
    }

    void aTornLastFrameIsNormal_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<bool>("scribble");
        QTest::newRow("half a frame") << int(frameSize / 2) << false;
        QTest::newRow("only a header") << int(pageSize) << false;
        QTest::newRow("a page half written") << 0 << true;
    }

    void aTornLastFrameIsNormal()
    {
        QFETCH(int, cut);
        QFETCH(bool, scribble);
        QByteArray wal = m_sqlite.wal;
        wal.chop(cut);
        if (scribble)
            invert(wal, wal.size() - 1500, 1500);
        const WalReader::Report report = WalReader::read(wal);
        QVERIFY(report.headerValid);
        QVERIFY(!report.dropsCommittedData());
        QCOMPARE(report.commitsAfterBreak, qint64(0));
        QVERIFY(report.replayedFrames > 0);
    }

    // A log left from before the last checkpoint: frames with the old salts
    // after the current ones are not this log's, and not damage.
    void framesOfAnEarlierLogAreNotDamage()
    {
        LogBuilder log(false, 1024);
        log.addFrame(1, 0, 'a');
        log.addFrame(2, 2, 'b');
        QByteArray bytes = log.bytes();
        LogBuilder earlier(false, 1024);
        for (int i = 0; i < 5; ++i)
            earlier.addFrame(3, 3, 'c');
        QByteArray stale = earlier.bytes().sliced(32);
        for (qsizetype frame = 0; frame < 5; ++frame)
            putBigEndian(stale, frame * (24 + 1024) + 8, 0x11223343); // the previous salt-1
        bytes += stale;
        const WalReader::Report report = WalReader::read(bytes);
        QCOMPARE(report.frames, qint64(7));
        QCOMPARE(report.replayedFrames, qint64(2));
        QCOMPARE(report.firstBadFrame, qint64(2));
        QCOMPARE(report.intactFramesAfterBreak, qint64(0));
        QVERIFY(!report.dropsCommittedData());
    }

    void bothByteOrdersOfChecksums_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<quint32>("pageBytes");
        QTest::newRow("little-endian, 4096") << false << 4096u;
        QTest::newRow("big-endian, 512") << true << 512u;
        QTest::newRow("big-endian, 65536") << true << 65536u;
    }

    void bothByteOrdersOfChecksums()
    {
        QFETCH(bool, bigEndian);
        QFETCH(quint32, pageBytes);
        LogBuilder log(bigEndian, pageBytes);
        log.addFrame(1, 0, 'x');
        log.addFrame(2, 2, 'y');
        log.addFrame(3, 0, 'z');
        log.addFrame(3, 3, 'w');
        log.addFrame(1, 0, 'q'); // not committed
        QByteArray bytes = log.bytes();
        WalReader::Report report = WalReader::read(bytes);
        QVERIFY(report.headerValid);
        QCOMPARE(report.pageSize, pageBytes);
        QCOMPARE(report.frames, qint64(5));
        QCOMPARE(report.replayedFrames, qint64(4));
        QCOMPARE(report.replayedCommits, qint64(2));
        QCOMPARE(report.newestHeaderOffset, qint64(32 + 24));

        const QByteArray image = WalReader::replay({}, bytes, WalReader::Replay::AsSqliteDoes);
        QCOMPARE(image.size(), 3 * qsizetype(pageBytes));
        QCOMPARE(image.at(0), 'x');
        QCOMPARE(image.at(pageBytes), 'y');
        QCOMPARE(image.at(2 * pageBytes), 'w');

        invert(bytes, 32 + (24 + pageBytes) + 24 + 7); // the second frame, a commit
        report = WalReader::read(bytes);
        QCOMPARE(report.firstBadFrame, qint64(1));
        QCOMPARE(report.replayedFrames, qint64(0));
        QCOMPARE(report.commitsAfterBreak, qint64(1));
        QVERIFY(report.dropsCommittedData());
    }

    void aDamagedHeaderHidesEveryFrame()
    {
        QByteArray wal = m_sqlite.wal;
        invert(wal, 0); // the magic
        const WalReader::Report report = WalReader::read(wal);
        QVERIFY(!report.headerValid);
        QVERIFY(report.headerDamaged);
        QVERIFY(report.dropsCommittedData());
        QVERIFY(WalReader::replay(m_sqlite.database, wal, WalReader::Replay::EveryCommit).isEmpty());
    }

    void anImplausiblePageIsNotAllocated()
    {
        LogBuilder log(false, 65536);
        log.addFrame(0xfffffff0u, 0xfffffff0u, 'x');
        const QByteArray bytes = log.bytes();
        QCOMPARE(WalReader::read(bytes).replayedFrames, qint64(1));
        QVERIFY(WalReader::replay({}, bytes, WalReader::Replay::AsSqliteDoes).isEmpty());
        QVERIFY(WalReader::replay({}, bytes, WalReader::Replay::EveryCommit).isEmpty());
    }

    // The parser will meet a fuzzer: nothing it is given may crash it.
    void anyBytesAreSafe()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        LogBuilder small(false, 512);
        for (quint32 i = 1; i <= 12; ++i)
            small.addFrame(i % 5 + 1, i % 3 == 0 ? i : 0, char(i));
        const QByteArray log = small.bytes();
        for (qsizetype length = 0; length <= log.size(); length += 7) {
            const WalReader::Report report = WalReader::read(log.first(length));
            QVERIFY(report.frames <= length / (24 + 512));
            Q_UNUSED(
                WalReader::replay(QByteArray(1024, 'd'), log.first(length), WalReader::Replay::EveryCommit));
        }
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = round % 2 ? log : m_sqlite.wal.first(32 + 12 * frameSize);
            for (int flips = random.bounded(1, 6); flips > 0; --flips)
                bytes[random.bounded(bytes.size())] = char(random.bounded(256));
            if (random.bounded(4) == 0)
                bytes.truncate(random.bounded(bytes.size()));
            const WalReader::Report report = WalReader::read(bytes);
            QVERIFY(report.replayedFrames <= report.frames);
            QVERIFY(report.newestHeaderOffset < bytes.size());
            const QByteArray image
                = WalReader::replay(bytes.left(3000), bytes, WalReader::Replay::EveryCommit);
            QVERIFY(image.size() <= WalReader::maxImageBytes);
        }
        QByteArray noise(70000, '\0');
        for (char &byte : noise)
            byte = char(random.bounded(256));
        QVERIFY(!WalReader::read(noise).headerValid);
    }

    void readsTheDatabaseHeader()
    {
        // The file itself still has the header of before the log: version 0.
        QCOMPARE(SqliteHeader::userVersion(m_sqlite.database).value_or(-99), 0);
        QByteArray header = m_sqlite.database.first(100);
        putBigEndian(header, 60, 0xfffffffd);
        QCOMPARE(SqliteHeader::userVersion(header).value_or(-99), -3);
        QCOMPARE(SqliteHeader::userVersion(header.first(99)), std::nullopt);
        header[15] = 'x'; // the magic's terminating zero
        QCOMPARE(SqliteHeader::userVersion(header), std::nullopt);
        QCOMPARE(SqliteHeader::userVersion({}), std::nullopt);
    }

private:
    Files m_sqlite;
};

QTEST_GUILESS_MAIN(TestWalReader)
#include "tst_walreader.moc"
