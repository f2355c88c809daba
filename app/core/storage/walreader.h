// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Reads SQLite's write-ahead log (https://www.sqlite.org/fileformat2.html#walformat)
// as SQLite's own recovery does, and then on past the frame where SQLite stops.
// That tells a frame torn by a kill (nothing valid after it: normal) from damage
// that would make SQLite silently drop transactions it had committed (intact
// frames of the same log after the bad one). Bytes in, facts out: no files, no
// SQLite, every offset bounds-checked, so any input is safe.
class WalReader
{
public:
    static constexpr qsizetype headerSize = 32;
    static constexpr qsizetype frameHeaderSize = 24;

    struct Report
    {
        bool headerValid = false; // magic, version, page size and header checksum all check out
        // The header is unreadable but the file holds frames of this log: everything in it would be dropped.
        bool headerDamaged = false;
        quint32 pageSize = 0;
        quint32 salt1 = 0;
        quint32 salt2 = 0;
        qint64 frames = 0; // whole frames in the file
        qint64 replayedFrames
            = 0; // what SQLite replays: frames up to the last commit before the first bad frame
        qint64 replayedCommits = 0;
        qint64 firstBadFrame = -1; // the first frame SQLite rejects, or -1 when every frame is good
        // Frames after the first bad one that belong to this log (its salts) and
        // whose checksum holds against the frame before them: written whole.
        qint64 intactFramesAfterBreak = 0;
        qint64 commitsAfterBreak = 0; // committed transactions among them, which SQLite would drop
        qint64 lastCommitAfterBreak = -1;
        // Where the newest replayed copy of page 1 (the database header) starts
        // in the log, or -1 when the log replays none.
        qint64 newestHeaderOffset = -1;

        // True when SQLite would throw away transactions it had said were committed.
        [[nodiscard]] bool dropsCommittedData() const { return headerDamaged || commitsAfterBreak > 0; }
    };

    [[nodiscard]] static Report read(QByteArrayView wal);

    enum class Replay {
        AsSqliteDoes, // the frames SQLite would keep
        EveryCommit, // also the committed transactions after damage, as far as they can be read
    };
    // The database file as it is after replaying `wal` into `database`. Empty
    // when the log is unreadable or the result would be implausibly large.
    [[nodiscard]] static QByteArray replay(QByteArrayView database, QByteArrayView wal, Replay mode);

    // Largest database image replay() builds; Hearth's data is text, far below this.
    static constexpr qint64 maxImageBytes = qint64(256) * 1024 * 1024;
};
