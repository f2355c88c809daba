// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Writes `data` to `path` atomically (QSaveFile): a crash or a full disk leaves
// the old file as it was, never half a file. Owner-only, as everything Hearth writes.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
