// SPDX-License-Identifier: GPL-3.0-or-later
#include "walreader.h"

#include <cstring>

namespace {

constexpr quint32 magicLittleEndianSums = 0x377f0682;
constexpr quint32 magicBigEndianSums = 0x377f0683;
constexpr quint32 walFormatVersion = 3007000;
constexpr qsizetype smallestPage = 512;
constexpr qsizetype largestPage = 65536;

// Every multi-byte field of the log is big-endian; callers check the bounds.
quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 littleEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + at;
    return (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | quint32(p[0]);
}

struct Checksum
{
    quint32 s0 = 0;
    quint32 s1 = 0;
    friend bool operator==(const Checksum &, const Checksum &) = default;
};

// SQLite's cumulative checksum over 8-byte steps; the log's magic says in
// which byte order its words are read. `bytes` is a multiple of 8 long.
Checksum addToChecksum(Checksum sum, QByteArrayView bytes, bool bigEndianWords)
{
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8) {
        const quint32 x0 = bigEndianWords ? bigEndian32(bytes, i) : littleEndian32(bytes, i);
        const quint32 x1 = bigEndianWords ? bigEndian32(bytes, i + 4) : littleEndian32(bytes, i + 4);
        sum.s0 += x0 + sum.s1;
        sum.s1 += x1 + sum.s0;
    }
    return sum;
}

// One frame of a log whose header was readable: where it is and what it says.
class Frames
{
public:
    Frames(QByteArrayView wal, const WalReader::Report &report, bool bigEndianWords)
        : m_wal(wal)
        , m_report(report)
        , m_bigEndianWords(bigEndianWords)
        , m_frameSize(WalReader::frameHeaderSize + qsizetype(report.pageSize))
    {
    }

    [[nodiscard]] qsizetype offset(qint64 frame) const
    {
        return WalReader::headerSize + qsizetype(frame) * m_frameSize;
    }
    [[nodiscard]] quint32 pageNumber(qint64 frame) const { return bigEndian32(m_wal, offset(frame)); }
    [[nodiscard]] quint32 databaseSizeAfterCommit(qint64 frame) const
    {
        return bigEndian32(m_wal, offset(frame) + 4);
    }
    [[nodiscard]] QByteArrayView page(qint64 frame) const
    {
        return m_wal.sliced(offset(frame) + WalReader::frameHeaderSize, m_report.pageSize);
    }
    [[nodiscard]] Checksum stored(qint64 frame) const
    {
        return {bigEndian32(m_wal, offset(frame) + 16), bigEndian32(m_wal, offset(frame) + 20)};
    }
    // Written for this log (not left over from an earlier one) and naming a page.
    [[nodiscard]] bool belongs(qint64 frame) const
    {
        return bigEndian32(m_wal, offset(frame) + 8) == m_report.salt1
            && bigEndian32(m_wal, offset(frame) + 12) == m_report.salt2 && pageNumber(frame) != 0;
    }
    // The checksum carried on from `seed` over this frame, as SQLite computes it.
    [[nodiscard]] Checksum checksum(qint64 frame, Checksum seed) const
    {
        const Checksum sum = addToChecksum(seed, m_wal.sliced(offset(frame), 8), m_bigEndianWords);
        return addToChecksum(sum, page(frame), m_bigEndianWords);
    }

private:
    QByteArrayView m_wal;
    const WalReader::Report &m_report;
    bool m_bigEndianWords;
    qsizetype m_frameSize;
};

} // namespace

WalReader::Report WalReader::read(QByteArrayView wal)
{
    Report report;
    if (wal.size() < headerSize)
        return report;

    const quint32 magic = bigEndian32(wal, 0);
    const bool bigEndianWords = magic == magicBigEndianSums;
    const quint32 pageSize = bigEndian32(wal, 8);
    const bool pageSizeValid
        = pageSize >= smallestPage && pageSize <= largestPage && (pageSize & (pageSize - 1)) == 0;
    const Checksum headerSum = addToChecksum({}, wal.first(24), bigEndianWords);
    report.headerValid = (magic == magicLittleEndianSums || magic == magicBigEndianSums)
        && bigEndian32(wal, 4) == walFormatVersion && pageSizeValid
        && headerSum == Checksum {bigEndian32(wal, 24), bigEndian32(wal, 28)};
    if (!report.headerValid) {
        // SQLite ignores a log whose header it cannot read, frames and all. If
        // the first frame carries the header's salts, the log did hold frames.
        report.headerDamaged = wal.size() >= headerSize + frameHeaderSize + smallestPage
            && wal.sliced(16, 8) == wal.sliced(headerSize + 8, 8);
        return report;
    }

    report.pageSize = pageSize;
    report.salt1 = bigEndian32(wal, 16);
    report.salt2 = bigEndian32(wal, 20);
    report.frames = (wal.size() - headerSize) / (frameHeaderSize + qsizetype(pageSize));
    const Frames frames(wal, report, bigEndianWords);

    // As SQLite's recovery: frames count while their salts and cumulative checksum hold.
    Checksum running = headerSum;
    qint64 newestHeaderFrame = -1;
    qint64 committedHeaderFrame = -1;
    qint64 frame = 0;
    for (; frame < report.frames; ++frame) {
        if (!frames.belongs(frame))
            break;
        const Checksum next = frames.checksum(frame, running);
        if (next != frames.stored(frame))
            break;
        running = next;
        if (frames.pageNumber(frame) == 1)
            newestHeaderFrame = frame;
        if (frames.databaseSizeAfterCommit(frame) != 0) {
            report.replayedFrames = frame + 1;
            ++report.replayedCommits;
            committedHeaderFrame = newestHeaderFrame;
        }
    }
    if (committedHeaderFrame >= 0)
        report.newestHeaderOffset = frames.offset(committedHeaderFrame) + frameHeaderSize;
    if (frame == report.frames)
        return report;

    // Past the break the chain of checksums is lost, but each frame still
    // proves itself against the checksum stored in the frame before it.
    report.firstBadFrame = frame;
    for (qint64 later = frame + 1; later < report.frames; ++later) {
        if (!frames.belongs(later)
            || frames.checksum(later, frames.stored(later - 1)) != frames.stored(later))
            continue;
        ++report.intactFramesAfterBreak;
        if (frames.databaseSizeAfterCommit(later) != 0) {
            ++report.commitsAfterBreak;
            report.lastCommitAfterBreak = later;
        }
    }
    return report;
}

QByteArray WalReader::replay(QByteArrayView database, QByteArrayView wal, Replay mode)
{
    const Report report = read(wal);
    if (!report.headerValid || database.size() > maxImageBytes)
        return {};
    const qint64 end = mode == Replay::EveryCommit && report.lastCommitAfterBreak >= 0
        ? report.lastCommitAfterBreak + 1
        : report.replayedFrames;
    const Frames frames(wal, report, bigEndian32(wal, 0) == magicBigEndianSums);
    const qint64 pageSize = report.pageSize;
    QByteArray image = database.toByteArray();
    const auto resizeTo = [&image](qint64 size) {
        const qsizetype old = image.size();
        image.resize(qsizetype(size));
        if (size > old)
            std::memset(image.data() + old, 0, size_t(size - old));
    };
    for (qint64 frame = 0; frame < end; ++frame) {
        if (!frames.belongs(frame))
            continue; // only past the break: a frame of an older log, or too damaged to place
        const qint64 pageEnd = qint64(frames.pageNumber(frame)) * pageSize;
        if (pageEnd > maxImageBytes)
            return {};
        if (image.size() < pageEnd)
            resizeTo(pageEnd);
        std::memcpy(image.data() + (pageEnd - pageSize), frames.page(frame).data(), size_t(pageSize));
        if (const qint64 pages = frames.databaseSizeAfterCommit(frame); pages != 0) {
            if (pages * pageSize > maxImageBytes)
                return {};
            resizeTo(pages * pageSize);
        }
    }
    return image;
}
