// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasure.h"

#include "backup.h"
#include "datafolder.h"

Erasure::Report Erasure::eraseEverything(Database &database, const QString &dataDir)
{
    Report report;
    QList<Backup::RemovedRows> removed;
    // deleteAll lists the tables it emptied, even when compacting afterwards fails.
    const bool finished = Backup::deleteAll(database, &report.problem, &removed);
    report.deleted = finished || !removed.isEmpty();
    if (!report.deleted)
        return report; // nothing was deleted, so the copies stay too
    for (const Backup::RemovedRows &table : std::as_const(removed))
        report.rows += table.rows;
    if (dataDir.isEmpty())
        return report;
    for (const DataFolder::SetAsideFile &file : DataFolder::setAsideFiles(dataDir)) {
        QString error;
        if (DataFolder::removeSetAside(dataDir, file.fileName, &error))
            ++report.copies;
        else
            report.copiesLeft.append(error);
    }
    return report;
}
