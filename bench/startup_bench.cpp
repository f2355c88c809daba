// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up time and peak memory of Hearth against a bare Qt Quick window,
// as ratios from one run. The two programs alternate so that a busy machine
// slows both alike. Prints; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct Sample
{
    double milliseconds = 0;
    long peakKilobytes = 0;
};

// Runs a program to its end; wait4() gives that child's own peak memory.
Sample run(const QList<QByteArray> &arguments)
{
    QList<char *> argv;
    for (const QByteArray &argument : arguments)
        argv.append(const_cast<char *>(argument.constData()));
    argv.append(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.constFirst(), nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {timer.nsecsElapsed() / 1e6, usage.ru_maxrss};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    QTemporaryDir data;
    const QList<QByteArray> hearth = {HEARTH_BINARY, "--quit-after-first-frame", "--data-dir", data.path().toLocal8Bit()};
    const QList<QByteArray> bare = {BARE_WINDOW_BINARY};

    run(hearth); // Warm the file cache for both before measuring.
    run(bare);
    QList<double> hearthMs, bareMs, hearthKb, bareKb;
    for (int i = 0; i < rounds; ++i) {
        const Sample h = run(hearth);
        const Sample b = run(bare);
        hearthMs.append(h.milliseconds);
        bareMs.append(b.milliseconds);
        hearthKb.append(double(h.peakKilobytes));
        bareKb.append(double(b.peakKilobytes));
    }
    std::printf("start-up to first frame, median of %d (offscreen):\n", rounds);
    std::printf("  bare Qt Quick window  %7.1f ms  %7.1f MB\n", median(bareMs), median(bareKb) / 1024);
    std::printf("  hearth                %7.1f ms  %7.1f MB\n", median(hearthMs), median(hearthKb) / 1024);
    std::printf("  ratio                 %7.2fx     %7.2fx\n", median(hearthMs) / median(bareMs),
                median(hearthKb) / median(bareKb));
    return 0;
}
