// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Reads a whole file that a person chose or that came with Hearth, in bounded
// time and memory: only an ordinary file (checked before opening, so a named
// pipe never blocks and a device is never read), and never more than
// `maxBytes`. Every file Hearth reads passes through here.
//
// On failure `problem` says what is wrong without naming the file, as words
// that follow its name: "is a named pipe (FIFO), not an ordinary file".
bool readFileBounded(const QString &path, qint64 maxBytes, QByteArray *data, QString *problem);

// "12 MB", "300 KB", "17 bytes": a size as a person reads it, for messages.
[[nodiscard]] QString readableSize(qint64 bytes);
