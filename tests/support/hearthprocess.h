// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The built `hearth`, run as a person or a script runs it: one way for every
// test of the command to start it, feed it, wait for it with a time limit and
// collect what it said.
namespace HearthProcess {

// The hearth this build made.
[[nodiscard]] QString binary();

// Given as {.environment = …, .through = …}: every member has an initializer,
// so any may be left out.
struct Options
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // run(): written to its standard input, which is then closed, empty or not.
    QByteArray input = {};
    // run(): how long it may take before it is killed.
    int timeoutMs = 60000;
    // Another build of hearth to run (an older one, to measure it).
    QString program = binary();
    // A command that runs hearth for the test, with its arguments: hearth's
    // path and arguments follow them ({"setpriv", "--reuid=65534", …} or
    // {"/bin/sh", "-c", "exec \"$0\" \"$@\" >&-"}).
    QStringList through = {};
};

struct Result
{
    int exitCode = -1; // -1 when it crashed, did not start, or was killed at the time limit
    QByteArray out;
    QByteArray err; // when it did not start or was killed at the time limit: why
    qint64 elapsedMs = 0;
};

// Runs hearth with `arguments` to its end.
[[nodiscard]] Result run(const QStringList &arguments, const Options &options = {});

// Starts hearth with `arguments` in `process` and leaves it running (a
// window, say), standard input open; false when it did not start.
// `options.input` and `options.timeoutMs` are for run() only.
[[nodiscard]] bool start(QProcess &process, const QStringList &arguments, const Options &options = {});

// Whether a Hearth (another process) is open on `dataDir`: it holds the folder's lock.
[[nodiscard]] bool isOpenOn(const QString &dataDir);

} // namespace HearthProcess
