// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Data folders as crashes, damage and other programs leave them, made for
// real by SQLite, and ways to look at them without changing them. Helpers
// use QVERIFY: check QTest::currentTestFailed() after calling one.
// (Files in general, and fingerprint() of a folder, are in testfiles.h.)
namespace StorageFolders {

// tests/data/storage/<name>
[[nodiscard]] QString fixture(const QString &name);

// The copies a restore kept of what it replaced in `dataDir`, by name.
[[nodiscard]] QStringList safetyCopiesIn(const QString &dataDir);

// Rows per table of the SQLite file at `path`, read on a private copy with
// SQL of the test's own, not Hearth's; empty when it cannot be read.
[[nodiscard]] QMap<QString, qint64> countRows(const QString &path);

// A data folder in `target` as a kill leaves it: `rows` journal pages
// committed one by one, all still in the write-ahead log. The files are
// copied while the writer is open, so nothing was folded into the database.
void makeFolderWithLog(const QString &target, int rows);

// A data folder in `target` as a kill in the middle of a write in rollback
// mode leaves it: pages of an unfinished transaction in the file, their
// originals in a hot journal. Starts from the v1 fixture; `prepare` is
// committed first.
void makeFolderWithHotJournal(const QString &target, const QStringList &prepare = {});

// Inverts 4 bytes of the file at `offset`.
void flipBytes(const QString &path, qint64 offset);

// Where 4 bytes inside the page of the middle frame of `wal` are.
[[nodiscard]] qint64 middleFramePageOffset(const QString &wal);

} // namespace StorageFolders
