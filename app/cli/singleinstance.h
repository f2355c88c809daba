// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/instancelock.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QObject>

#include <functional>

// One Hearth per data folder. The first start holds the folder's InstanceLock
// (which the kernel lets go when it exits, however it exits) and listens on a
// local socket; a second start asks the first to come to the front and
// leaves, so two windows never write to the same data.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Claim {
        First,         // this is the first Hearth for the folder (or it cannot hold a lock: nothing to guard)
        HandedOver,    // another Hearth runs on the folder and said it came to the front
        OtherSilent,   // another Hearth holds the folder but did not answer in time
    };

    // How long a second start waits for the first to answer. The sanitizer
    // build (./test.sh --sanitize) starts Qt Quick several times slower.
#ifdef HEARTH_SANITIZE
    static constexpr int answerTimeoutMs = 12000;
#else
    static constexpr int answerTimeoutMs = 3000;
#endif

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    [[nodiscard]] Claim claim();

    // What to do when another start asks for this window. A start that asks
    // while the window is still being built is answered at once (the window
    // will come up in front of its own accord) and is kept: bringForward runs
    // for it as soon as it is given.
    void bringForwardWith(std::function<void()> bringForward);

private:
    void answer(QLocalSocket *socket);
    Claim askToComeForward(QLocalSocket &socket, const QDeadlineTimer &deadline);

    QString m_dataDir;
    InstanceLock m_lock;
    QLocalServer m_server;
    std::function<void()> m_bringForward;
    int m_askedBeforeTheWindow = 0;
};
