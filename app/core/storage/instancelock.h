// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One Hearth at a time per data folder. The lock is an advisory lock (flock)
// on DIR/hearth.lock: the kernel releases it when its holder exits or is
// killed, so a lock file left behind by a crash, an empty or garbage one, or
// one written on another machine never keeps anyone out. A folder squatting
// on the name is moved aside. The file holds the holder's pid, for people.
class InstanceLock
{
public:
    enum class Result {
        Acquired,      // this process holds the folder now
        HeldByAnother, // a live process holds it
        Unavailable,   // the folder cannot hold a lock (missing, read-only); nothing to guard
    };

    static QString fileName() { return QStringLiteral("hearth.lock"); }

    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Never blocks.
    [[nodiscard]] Result tryAcquire();
    // True when a live process holds the folder's lock now. Changes nothing
    // on disk (a missing lock file is not created).
    [[nodiscard]] static bool isHeldIn(const QString &dataDir);
    void release();
    [[nodiscard]] bool isHeld() const { return m_fd >= 0; }
    // Why the last tryAcquire() gave Unavailable, in plain words.
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    QString m_path;
    QString m_problem;
    int m_fd = -1;
};
