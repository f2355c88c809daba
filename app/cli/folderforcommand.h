// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/instancelock.h"

#include <QString>

// The data folder taken for a one-off command that writes to it (--restore,
// --import-pack): made if missing, locked against a running Hearth, its
// database opened. Both stay held while the object lives.
class FolderForCommand
{
public:
    // `done` and `action` name the command in messages: "imported" / "import".
    FolderForCommand(const QString &dataDir, const QString &done, const QString &action);

    // Empty when the folder is ours; otherwise why nothing was done.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] Database &database() { return m_database; }

private:
    InstanceLock m_lock;
    Database m_database;
    QString m_problem;
};
