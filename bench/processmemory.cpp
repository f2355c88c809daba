// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

namespace {

double statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray wanted = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

} // namespace

double ProcessMemory::residentMiB()
{
    return statusField("VmRSS");
}

double ProcessMemory::peakMiB()
{
    return statusField("VmHWM");
}

void ProcessMemory::resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}
