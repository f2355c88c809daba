// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritystamp.h"

#include "boundedfile.h"
#include "savefile.h"

#include <QFile>
#include <QList>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto magic = "hearth-checked 1"_L1;

std::optional<struct stat> statusOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
    return status;
}

// The file as it is: an edit, a copy over it or another file in its place
// each changes at least one of these.
QList<qint64> stateOf(const struct stat &status)
{
    return {qint64(status.st_dev),         qint64(status.st_ino),          qint64(status.st_size),
            qint64(status.st_mtim.tv_sec), qint64(status.st_mtim.tv_nsec), qint64(status.st_ctim.tv_sec),
            qint64(status.st_ctim.tv_nsec)};
}

IntegrityStamp::FileId idOf(const struct stat &status)
{
    return {quint64(status.st_dev), quint64(status.st_ino)};
}

std::optional<QDateTime> parse(const QByteArray &text, const QList<qint64> &state)
{
    const QStringList words = QString::fromLatin1(text).trimmed().split(u' ');
    // The magic's two words, the file's state, then when it was checked.
    if (words.size() != 2 + state.size() + 1 || words.first(2).join(u' ') != magic)
        return std::nullopt;
    for (qsizetype i = 0; i < state.size(); ++i) {
        bool ok = false;
        if (words.at(2 + i).toLongLong(&ok) != state.at(i) || !ok)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 checkedAt = words.last().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(checkedAt, Qt::UTC);
}

} // namespace

namespace IntegrityStamp {

QString pathFor(const QString &databasePath)
{
    return databasePath + u"-checked"_s;
}

std::optional<FileId> fileIdOf(const QString &path)
{
    const std::optional<struct stat> status = statusOf(path);
    return status ? std::optional(idOf(*status)) : std::nullopt;
}

std::optional<QDateTime> take(const QString &databasePath)
{
    const QString note = pathFor(databasePath);
    QByteArray text;
    QString problem;
    const bool read = readFileBounded(note, 4096, &text, &problem);
    if (!QFile::remove(note) && QFile::exists(note))
        return std::nullopt; // a note that stays would vouch after a crash
    const std::optional<struct stat> status = statusOf(databasePath);
    return read && status ? parse(text, stateOf(*status)) : std::nullopt;
}

bool record(const QString &databasePath, const FileId &opened, const QDateTime &checkedAt, QString *error)
{
    const std::optional<struct stat> status = statusOf(databasePath);
    if (!status || idOf(*status) != opened) {
        *error = u"another file took its place while it was open"_s;
        return false;
    }
    QByteArray text = QByteArray(magic.data(), magic.size());
    for (const qint64 value : stateOf(*status))
        text += ' ' + QByteArray::number(value);
    text += ' ' + QByteArray::number(checkedAt.toMSecsSinceEpoch()) + '\n';
    return writeFileAtomically(pathFor(databasePath), text, error);
}

} // namespace IntegrityStamp
