// SPDX-License-Identifier: GPL-3.0-or-later
#include "logloss.h"

#include "rowcounts.h"
#include "savefile.h"
#include "walreader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<RowCounts::Counts> countImage(
    const QTemporaryDir &dir, const QString &name, const QByteArray &image)
{
    QString problem;
    if (image.isEmpty() || !writeFileAtomically(dir.filePath(name), image, &problem))
        return std::nullopt;
    return RowCounts::ofFile(dir.filePath(name), &problem);
}

} // namespace

LogLoss::Estimate LogLoss::estimate(const QString &database)
{
    const QByteArray file = bytesOf(database);
    const QByteArray wal = bytesOf(database + u"-wal"_s);
    // A private folder (0700) outside the data folder, removed when done.
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const auto kept
        = countImage(dir, u"kept.sqlite"_s, WalReader::replay(file, wal, WalReader::Replay::AsSqliteDoes));
    const auto committed = countImage(
        dir, u"committed.sqlite"_s, WalReader::replay(file, wal, WalReader::Replay::EveryCommit));
    if (!kept || !committed)
        return {};
    Estimate estimate;
    estimate.known = true;
    for (auto it = committed->cbegin(); it != committed->cend(); ++it) {
        const qint64 lost = it.value() - kept->value(it.key(), 0);
        if (lost > 0) {
            estimate.byTable.insert(it.key(), lost);
            estimate.rows += lost;
        }
    }
    return estimate;
}
