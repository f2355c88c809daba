// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// Files and folders as tests make them and look at them. Helpers that use
// QVERIFY say so: check QTest::currentTestFailed() after calling one.
namespace TestFiles {

// The file's bytes; empty when it cannot be read.
[[nodiscard]] QByteArray bytesOf(const QString &path);
// Replaces the file with `bytes` (QVERIFY).
void writeBytes(const QString &path, const QByteArray &bytes);
// Scribbles over the header of the page in the middle of an SQLite file, in
// place, as a bad disk or another program might: only a check of every page
// (quick_check) finds it before a query reads that page (QVERIFY).
void damageAPageInTheMiddle(const QString &databasePath);
// Copies a file, owner-only (a copy of a fixture is read-only otherwise) (QVERIFY).
void copyFile(const QString &from, const QString &to);
// A named pipe at `path`, owner-only, that nobody ever writes to: reading it
// would block. False when it could not be made.
[[nodiscard]] bool makeFifo(const QString &path);

// The SHA-256 of the file's bytes; empty when it cannot be read.
[[nodiscard]] QByteArray hashOf(const QString &path);
// Every entry of `dir` (hidden ones too) with the SHA-256 of its bytes: to
// prove a folder was left exactly as it was.
[[nodiscard]] QMap<QString, QByteArray> fingerprint(const QString &dir);
// The permission bits of `path` (0600), as stat() gives them; -1 when it is not there.
[[nodiscard]] int modeOf(const QString &path);

} // namespace TestFiles
