// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Quits the event loop on SIGTERM, SIGINT or SIGHUP (a logout, Ctrl+C, kill),
// so everything being written is saved as when the window is closed. The
// signal handler only writes a byte to a socket (all it may safely do); the
// event loop reads it and quits. A signal ignored when Hearth started (SIGHUP
// under nohup) stays ignored.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // QCoreApplication::quit() does nothing before exec(), so while a start
    // waits in an event loop of its own, a signal is held (its byte stays
    // unread) until the main loop runs.
    void hold(bool held);

private:
    static void handle(int signal);
    void quit();

    QSocketNotifier *m_notifier = nullptr;
};
