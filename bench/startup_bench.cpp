// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first frame and peak memory of Hearth against a bare Qt
// Quick window built beside it, on an empty data folder and on a full one
// (10,000 favourites, 1,000 past conversations). The three alternate, in a
// turning order, so that a busy machine slows them alike; ratios are taken
// round by round. Prints; asserts nothing.
//   startup_bench [--quick] [--rounds N] [--platform offscreen|xcb] [--json PATH]
// With xcb, DISPLAY must name an X server (bench/run.sh starts Xvfb).
#include "benchreport.h"
#include "userdatafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace Qt::StringLiterals;

namespace {

struct Program
{
    QString name;
    QList<QByteArray> arguments;
};

struct Sample
{
    bool ok = false;
    double firstFrameMs = 0;
    double peakMiB = 0;
};

qint64 steadyNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs a program to its end with `environment`. Both programs say on stderr
// when their first frame was shown, on the steady clock this process shares;
// wait4() gives the child's own peak memory.
Sample run(const Program &program, const QList<QByteArray> &environment, const QString &errorFile)
{
    QList<char *> argv;
    for (const QByteArray &argument : program.arguments)
        argv.append(const_cast<char *>(argument.constData()));
    argv.append(nullptr);
    QList<char *> envp;
    for (const QByteArray &variable : environment)
        envp.append(const_cast<char *>(variable.constData()));
    envp.append(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray errorPath = QFile::encodeName(errorFile);
    posix_spawn_file_actions_addopen(&actions, 2, errorPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const qint64 started = steadyNanoseconds();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.constFirst(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);

    QFile errors(errorFile);
    const QString said = errors.open(QIODevice::ReadOnly) ? QString::fromUtf8(errors.readAll()) : QString();
    static const QRegularExpression firstFrame(u"first frame.*?steady clock at (\\d+) ns"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = firstFrame.match(said);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !match.hasMatch()) {
        std::fprintf(stderr, "%s did not report a first frame (status %d):\n%s\n", qPrintable(program.name), status,
                     qPrintable(said));
        return {};
    }
    return {true, double(match.captured(1).toLongLong() - started) / 1e6, double(usage.ru_maxrss) / 1024.0};
}

QList<double> ratios(const QList<double> &values, const QList<double> &floors)
{
    QList<double> result;
    for (qsizetype i = 0; i < values.size() && i < floors.size(); ++i)
        result.append(values.at(i) / floors.at(i));
    return result;
}

bool atMost(const QList<double> &ratios, double limit)
{
    return Spread::of(ratios).median <= limit;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const int rounds = report.quick() ? 1 : std::max(1, report.option("rounds", 15));
    const QString platform = report.stringOption("platform").isEmpty() ? u"offscreen"_s
                                                                        : report.stringOption("platform");
    const QString shown = platform == "xcb"_L1 ? u"Xvfb"_s : platform;

    QTemporaryDir home;
    QTemporaryDir emptyData;
    const int favourites = report.quick() ? 300 : 10000;
    const int conversations = report.quick() ? 30 : 1000;
    const UserDataFolder fullData(favourites, conversations);
    if (!home.isValid() || !emptyData.isValid() || !fullData.isValid()) {
        std::fprintf(stderr, "startup_bench: could not make the data folders: %s\n", qPrintable(fullData.error()));
        return 1;
    }

    // The children see no settings of the person running this, and say when their first frame is shown.
    QList<QByteArray> environment;
    for (const QString &variable : QProcessEnvironment::systemEnvironment().toStringList()) {
        if (!variable.startsWith("QT_"_L1) && !variable.startsWith("HOME="_L1) && !variable.startsWith("XDG_CONFIG_HOME="_L1))
            environment.append(variable.toLocal8Bit());
    }
    environment += {"QT_QPA_PLATFORM=" + platform.toLocal8Bit(), "QT_LOGGING_RULES=hearth.startup.debug=true",
                    "HOME=" + QFile::encodeName(home.path()),
                    "XDG_CONFIG_HOME=" + QFile::encodeName(home.filePath(u".config"_s))};

    const QByteArray hearth = HEARTH_BINARY;
    const QList<Program> programs = {
        {u"bare_window"_s, {BARE_WINDOW_BINARY}},
        {u"hearth (empty data)"_s, {hearth, "--quit-after-first-frame", "--data-dir", QFile::encodeName(emptyData.path())}},
        {u"hearth (full data)"_s, {hearth, "--quit-after-first-frame", "--data-dir", QFile::encodeName(fullData.path())}},
    };
    const QString errorFile = home.filePath(u"stderr.txt"_s);

    // Warm the file cache; the empty folder gets its (empty) database here, as after a first start.
    for (const Program &program : programs) {
        if (!run(program, environment, errorFile).ok)
            return 1;
    }
    QList<QList<double>> milliseconds(programs.size()), mebibytes(programs.size());
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype k = 0; k < programs.size(); ++k) {
            const qsizetype which = (round + k) % programs.size(); // each goes first in turn
            const Sample sample = run(programs.at(which), environment, errorFile);
            if (!sample.ok)
                return 1;
            milliseconds[which].append(sample.firstFrameMs);
            mebibytes[which].append(sample.peakMiB);
        }
    }

    const QString full = u"%1 favourites, %2 conversations"_s.arg(favourites).arg(conversations);
    report.add({u"start-up, %1: bare window"_s.arg(shown), u"ms"_s, milliseconds[0], {}, {}, {}, {},
                u"spawn to first frame shown"_s});
    report.add({u"start-up, %1: Hearth, empty data"_s.arg(shown), u"ms"_s, milliseconds[1], u"bare"_s,
                ratios(milliseconds[1], milliseconds[0]), u"≤ 1.50× bare"_s,
                atMost(ratios(milliseconds[1], milliseconds[0]), 1.5), {}});
    report.add({u"start-up, %1: Hearth, %2"_s.arg(shown, full), u"ms"_s, milliseconds[2], u"empty"_s,
                ratios(milliseconds[2], milliseconds[1]), u"≤ 1.10× empty"_s,
                atMost(ratios(milliseconds[2], milliseconds[1]), 1.1), {}});
    report.add({u"peak RSS, %1: bare window"_s.arg(shown), u"MiB"_s, mebibytes[0], {}, {}, {}, {}, {}});
    report.add({u"peak RSS, %1: Hearth, empty data"_s.arg(shown), u"MiB"_s, mebibytes[1], u"bare"_s,
                ratios(mebibytes[1], mebibytes[0]), u"≤ 1.25× bare"_s, atMost(ratios(mebibytes[1], mebibytes[0]), 1.25),
                {}});
    report.add({u"peak RSS, %1: Hearth, %2"_s.arg(shown, full), u"MiB"_s, mebibytes[2], u"bare"_s,
                ratios(mebibytes[2], mebibytes[0]), {}, {}, {}});
    return 0;
}
