// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// What a file that is not an ordinary one is, in words.
QString notOrdinary(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"is a folder, not a file"_s;
    if (S_ISFIFO(mode))
        return u"is a named pipe (FIFO), not an ordinary file"_s;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return u"is a device, not an ordinary file"_s;
    if (S_ISSOCK(mode))
        return u"is a socket, not an ordinary file"_s;
    return u"is not an ordinary file"_s;
}

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return u"is larger than %1 (%2); Hearth does not read files that large"_s.arg(readableSize(maxBytes),
                                                                                   readableSize(size));
}

// Files compiled into Hearth (":/content/..."); Qt's resource system is the only way to them.
bool readResource(const QString &path, qint64 maxBytes, QByteArray *data, QString *problem)
{
    QFile file(path);
    if (!file.exists()) {
        *problem = u"does not exist"_s;
        return false;
    }
    if (file.size() > maxBytes) {
        *problem = tooLarge(file.size(), maxBytes);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"cannot be opened (%1)"_s.arg(file.errorString());
        return false;
    }
    // readAll(), not read(maxBytes): the latter reserves the whole cap for
    // every file (22 content files kept 369 MB of address space at start).
    *data = file.readAll();
    return true;
}

} // namespace

QString readableSize(qint64 bytes)
{
    constexpr qint64 kb = 1024;
    constexpr qint64 mb = 1024 * kb;
    if (bytes >= mb)
        return bytes % mb == 0 ? u"%1 MB"_s.arg(bytes / mb) : u"%1 MB"_s.arg(double(bytes) / mb, 0, 'f', 1);
    if (bytes >= kb)
        return u"%1 KB"_s.arg(bytes / kb);
    return bytes == 1 ? u"1 byte"_s : u"%1 bytes"_s.arg(bytes);
}

bool readFileBounded(const QString &path, qint64 maxBytes, QByteArray *data, QString *problem)
{
    data->clear();
    if (path.isEmpty()) {
        *problem = u"is not a file name"_s;
        return false;
    }
    if (path.startsWith(u':'))
        return readResource(path, maxBytes, data, problem);

    const QByteArray name = QFile::encodeName(path);
    struct stat info = {};
    // Look before opening: opening a FIFO with no writer would wait forever.
    if (::stat(name.constData(), &info) != 0) {
        const int error = errno;
        *problem = error == ENOENT ? u"does not exist"_s : u"cannot be looked at (%1)"_s.arg(systemError(error));
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        *problem = notOrdinary(info.st_mode);
        return false;
    }
    if (info.st_size > maxBytes) {
        *problem = tooLarge(info.st_size, maxBytes);
        return false;
    }

    // O_NONBLOCK in case the name was swapped for a FIFO since stat; O_NOCTTY for a terminal.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *problem = u"cannot be opened (%1)"_s.arg(systemError(errno));
        return false;
    }
    // Judge what was opened, not what was looked at.
    if (::fstat(fd, &info) != 0) {
        *problem = u"cannot be looked at (%1)"_s.arg(systemError(errno));
        ::close(fd);
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        *problem = notOrdinary(info.st_mode);
        ::close(fd);
        return false;
    }

    // Read at most one byte past the cap: a file that grew since stat is refused too.
    const qint64 expected = std::min<qint64>(info.st_size, maxBytes) + 1;
    QByteArray bytes;
    bytes.resize(expected);
    qint64 total = 0;
    bool ok = true;
    while (true) {
        if (total == bytes.size()) {
            if (total > maxBytes)
                break;
            bytes.resize(std::min<qint64>(total * 2 + 4096, maxBytes + 1));
        }
        const ssize_t got = ::read(fd, bytes.data() + total, size_t(bytes.size() - total));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            *problem = u"cannot be read (%1)"_s.arg(systemError(errno));
            ok = false;
            break;
        }
        if (got == 0)
            break;
        total += got;
    }
    ::close(fd);
    if (!ok)
        return false;
    if (total > maxBytes) {
        *problem = tooLarge(total, maxBytes);
        return false;
    }
    bytes.truncate(total);
    *data = std::move(bytes);
    return true;
}
