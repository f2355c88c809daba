// SPDX-License-Identifier: GPL-3.0-or-later
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

QByteArray TestFiles::bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFiles::writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestFiles::damageAPageInTheMiddle(const QString &databasePath)
{
    QFile file(databasePath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray header = file.read(100);
    QCOMPARE(header.size(), 100);
    // The page size, big-endian at offset 16 (https://www.sqlite.org/fileformat.html).
    const qint64 pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const qint64 pages = file.size() / pageSize;
    QVERIFY2(pages >= 8, "too small a database to damage in the middle");
    QVERIFY(file.seek(pages / 2 * pageSize));
    QCOMPARE(file.write(QByteArray(12, '\xAB')), 12); // the b-tree page header: its kind, cells, offsets
}

void TestFiles::copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    QVERIFY2(QFile::copy(from, to), qPrintable(from));
    QVERIFY(QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

bool TestFiles::makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

QByteArray TestFiles::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QMap<QString, QByteArray> TestFiles::fingerprint(const QString &dir)
{
    QMap<QString, QByteArray> entries;
    const QFileInfoList infos
        = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : infos)
        entries.insert(info.fileName(), info.isFile() ? hashOf(info.filePath()) : QByteArray("(not a file)"));
    return entries;
}

int TestFiles::modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}
