// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

InstanceLock::InstanceLock(const QString &dataDir) : m_path(QDir(dataDir).filePath(fileName())) {}

InstanceLock::~InstanceLock()
{
    release();
}

InstanceLock::Result InstanceLock::tryAcquire()
{
    if (m_fd >= 0)
        return Result::Acquired;
    m_problem.clear();

    const QFileInfo existing(m_path);
    if (existing.isDir() && !existing.isSymLink()) {
        // Something made a folder of our lock's name; keep it, out of the way.
        const QString aside = m_path + u".set-aside-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        if (!QDir().rename(m_path, aside)) {
            m_problem = u"%1 is a folder and could not be moved aside"_s.arg(QDir::toNativeSeparators(m_path));
            return Result::Unavailable;
        }
    }

    const QByteArray path = QFile::encodeName(m_path);
    // O_NOFOLLOW: a symbolic link planted under our name is not followed.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        m_problem = QString::fromLocal8Bit(std::strerror(errno));
        return Result::Unavailable;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return Result::HeldByAnother;
        m_problem = QString::fromLocal8Bit(std::strerror(error));
        return Result::Unavailable;
    }
    ::fchmod(fd, 0600);
    // Who holds it, for a person who looks; nothing reads it back.
    const QByteArray holder = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const auto written = ::pwrite(fd, holder.constData(), size_t(holder.size()), 0);
    }
    m_fd = fd;
    return Result::Acquired;
}

bool InstanceLock::isHeldIn(const QString &dataDir)
{
    const QByteArray path = QFile::encodeName(QDir(dataDir).filePath(fileName()));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return false;
    // A shared lock is refused only while someone holds the exclusive one.
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // closing releases the shared lock, if it was taken
    return held;
}

void InstanceLock::release()
{
    if (m_fd < 0)
        return;
    // The file stays: removing it would race with another start taking it.
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}
