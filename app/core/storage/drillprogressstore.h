// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

class Database;

// One rewrite drill done: the person's own rewrite, and how many things the
// coach still found in it.
struct DrillProgress
{
    QString drillId;
    QString rewrite;
    int findings = 0;
    QDateTime completedAt;

    bool operator==(const DrillProgress &) const = default;
};

// Which rewrite drills are done. Every call is one committed write.
class DrillProgressStore
{
public:
    explicit DrillProgressStore(Database &database);

    [[nodiscard]] QHash<QString, DrillProgress> all() const; // by drill id
    // Records a drill as done, replacing an earlier rewrite; fills in completedAt.
    bool save(DrillProgress &progress);
    // Forgets every drill's progress, to start the drills afresh.
    bool reset();

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Database &m_database;
    QString m_lastError;
};
