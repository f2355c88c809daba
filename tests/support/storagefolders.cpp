// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagefolders.h"

#include "storage/database.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestFiles::copyFile;

QString StorageFolders::fixture(const QString &name)
{
    return QStringLiteral(HEARTH_TEST_DATA "/storage/") + name;
}

QStringList StorageFolders::safetyCopiesIn(const QString &dataDir)
{
    return QDir(dataDir).entryList({u"hearth.before-restore-*"_s});
}

QMap<QString, qint64> StorageFolders::countRows(const QString &path)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"count.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
            return {};
    }
    QMap<QString, qint64> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"independent-count"_s);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery query(db);
            QStringList tables;
            if (query.exec(
                    u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s)) {
                while (query.next())
                    tables.append(query.value(0).toString());
            }
            for (const QString &table : std::as_const(tables)) {
                if (query.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) && query.next())
                    counts.insert(table, query.value(0).toLongLong());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"independent-count"_s);
    return counts;
}

void StorageFolders::makeFolderWithLog(const QString &target, int rows)
{
    QTemporaryDir source;
    Database db;
    db.open(source.path());
    QVERIFY(db.isPersistent());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    QVERIFY(query.exec(u"INSERT INTO journals VALUES (1, '', 'own', '', 'a')"_s));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(query.prepare(
            u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) VALUES (1, ?, 'a', 'b')"_s));
        query.addBindValue(u"Page %1: %2"_s.arg(i).arg(QString(600, QChar(u'a' + i % 26))));
        QVERIFY(query.exec());
    }
    QVERIFY(QDir().mkpath(target));
    copyFile(db.path(), QDir(target).filePath(Database::fileName()));
    copyFile(db.path() + u"-wal"_s, QDir(target).filePath(Database::fileName() + u"-wal"_s));
}

void StorageFolders::makeFolderWithHotJournal(const QString &target, const QStringList &prepare)
{
    QTemporaryDir source;
    const QString path = source.filePath(Database::fileName());
    copyFile(fixture(u"hearth-v1.sqlite"_s), path);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : prepare)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        // A tiny cache makes SQLite write pages into the file before the commit.
        QVERIFY(query.exec(u"PRAGMA cache_size = 2"_s));
        QVERIFY(query.exec(u"BEGIN"_s));
        QVERIFY(query.exec(u"INSERT INTO favourites (kind, content_id, saved_text, created_at) "
                           "VALUES ('card', 'unfinished', hex(randomblob(60000)), 'now')"_s));
        QVERIFY(query.exec(u"UPDATE favourites SET note = hex(randomblob(3000))"_s));
        QVERIFY2(QFileInfo(path + u"-journal"_s).size() > 0, "no journal to copy");
        QVERIFY(QDir().mkpath(target));
        copyFile(path, QDir(target).filePath(Database::fileName()));
        copyFile(path + u"-journal"_s, QDir(target).filePath(Database::fileName() + u"-journal"_s));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
}

void StorageFolders::flipBytes(const QString &path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray bytes = file.read(4);
    QCOMPARE(bytes.size(), 4);
    for (char &byte : bytes)
        byte = char(~byte);
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), 4);
}

qint64 StorageFolders::middleFramePageOffset(const QString &wal)
{
    constexpr qint64 frameSize = 24 + 4096; // Hearth's pages are SQLite's default 4096 bytes
    const qint64 frames = (QFileInfo(wal).size() - 32) / frameSize;
    return 32 + (frames / 2) * frameSize + 24 + 2000;
}
