// SPDX-License-Identifier: GPL-3.0-or-later
#include "quitonsignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <iterator>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int s_sockets[2] = {-1, -1}; // [0] the handler writes, [1] the event loop reads
constexpr int quitSignals[] = {SIGTERM, SIGINT, SIGHUP};
bool s_handled[std::size(quitSignals)] = {};
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
    for (size_t i = 0; i < std::size(quitSignals); ++i) {
        struct sigaction before = {};
        ::sigaction(quitSignals[i], nullptr, &before);
        // A signal ignored at start stays ignored: under nohup a hang-up must not quit.
        if (before.sa_handler == SIG_IGN)
            continue;
        ::sigaction(quitSignals[i], &action, nullptr);
        s_handled[i] = true;
    }
}

QuitOnSignal::~QuitOnSignal()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (size_t i = 0; i < std::size(quitSignals); ++i) {
        if (s_handled[i])
            ::sigaction(quitSignals[i], &action, nullptr);
        s_handled[i] = false;
    }
    for (int &socket : s_sockets) {
        if (socket >= 0)
            ::close(socket);
        socket = -1;
    }
}

void QuitOnSignal::hold(bool held)
{
    if (m_notifier)
        m_notifier->setEnabled(!held);
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
