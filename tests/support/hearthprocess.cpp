// SPDX-License-Identifier: GPL-3.0-or-later
#include "hearthprocess.h"
#include "slowdown.h"

#include "storage/instancelock.h"

#include <QElapsedTimer>

QString HearthProcess::binary()
{
    return QStringLiteral(HEARTH_BINARY);
}

bool HearthProcess::start(QProcess &process, const QStringList &arguments, const Options &options)
{
    QStringList command = options.through + QStringList {options.program} + arguments;
    const QString program = command.takeFirst();
    process.setProcessEnvironment(options.environment);
    process.start(program, command);
    return process.waitForStarted();
}

HearthProcess::Result HearthProcess::run(const QStringList &arguments, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    if (!start(process, arguments, options))
        return {-1, {}, "did not start: " + process.errorString().toUtf8(), timer.elapsed()};
    process.write(options.input);
    process.closeWriteChannel();
    // A sanitizer build runs every child several times slower.
    const int timeoutMs = options.timeoutMs * slowdown;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        const QByteArray seconds = QByteArray::number(timeoutMs / 1000);
        return {-1, {}, "did not finish within " + seconds + " s", timer.elapsed()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
}

bool HearthProcess::isOpenOn(const QString &dataDir)
{
    // A shared look, as hearth --data-report takes: never the lock a start needs.
    return InstanceLock::isHeldIn(dataDir);
}
