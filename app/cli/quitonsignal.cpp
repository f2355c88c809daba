// SPDX-License-Identifier: GPL-3.0-or-later
#include "quitonsignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int s_sockets[2] = {-1, -1}; // [0] the handler writes, [1] the event loop reads
constexpr int quitSignals[] = {SIGTERM, SIGINT, SIGHUP};
}

QuitOnSignal::QuitOnSignal(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_sockets) != 0)
        return; // then the signals keep their default: quitting at once
    m_notifier = new QSocketNotifier(s_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::quit);

    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : quitSignals)
        ::sigaction(signal, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (int signal : quitSignals)
        ::sigaction(signal, &action, nullptr);
    for (int &socket : s_sockets) {
        if (socket >= 0)
            ::close(socket);
        socket = -1;
    }
}

void QuitOnSignal::handle(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_sockets[0], &byte, 1);
}

void QuitOnSignal::quit()
{
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(s_sockets[1], &byte, 1);
    QCoreApplication::quit();
}
