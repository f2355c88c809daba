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

// Which file, as it is: an edit, a copy over it or a new file in its place
// each changes at least one of these.
QList<qint64> identityOf(const QString &databasePath)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(databasePath).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return {};
    return {qint64(status.st_dev),         qint64(status.st_ino),         qint64(status.st_size),
            qint64(status.st_mtim.tv_sec), qint64(status.st_mtim.tv_nsec), qint64(status.st_ctim.tv_sec),
            qint64(status.st_ctim.tv_nsec)};
}

} // namespace

namespace IntegrityStamp {

QString pathFor(const QString &databasePath)
{
    return databasePath + u"-checked"_s;
}

std::optional<QDateTime> lastWholeCheck(const QString &databasePath)
{
    QByteArray text;
    QString problem;
    if (!readFileBounded(pathFor(databasePath), 4096, &text, &problem))
        return std::nullopt;
    const QStringList words = QString::fromLatin1(text).trimmed().split(u' ');
    const QList<qint64> identity = identityOf(databasePath);
    // The magic's two words, the identity, then when it was checked.
    if (identity.isEmpty() || words.size() != 2 + identity.size() + 1
        || words.first(2).join(u' ') != magic)
        return std::nullopt;
    for (qsizetype i = 0; i < identity.size(); ++i) {
        bool ok = false;
        if (words.at(2 + i).toLongLong(&ok) != identity.at(i) || !ok)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 checkedAt = words.last().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(checkedAt, Qt::UTC);
}

bool record(const QString &databasePath, const QDateTime &checkedAt, QString *error)
{
    const QList<qint64> identity = identityOf(databasePath);
    if (identity.isEmpty()) {
        *error = u"the database is not an ordinary file"_s;
        return false;
    }
    QByteArray text = QByteArray(magic.data(), magic.size());
    for (const qint64 value : identity)
        text += ' ' + QByteArray::number(value);
    text += ' ' + QByteArray::number(checkedAt.toMSecsSinceEpoch()) + '\n';
    return writeFileAtomically(pathFor(databasePath), text, error);
}

void forget(const QString &databasePath)
{
    QFile::remove(pathFor(databasePath));
}

} // namespace IntegrityStamp
