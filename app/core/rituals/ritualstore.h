// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// A ritual the couple chose as one of theirs (ids are the content's).
struct OurRitual
{
    QString ritualId;
    QDateTime chosenAt;
};

// One time a ritual was kept, with the couple's note if they wrote one.
struct RitualTick
{
    qint64 id = 0;
    QString ritualId;
    QString note;
    QDateTime doneAt;
};

// The couple's own rituals and the times they kept one. Every call is one
// committed statement: what returned true is on disk. A tick outlives the
// choice (letting a ritual go keeps the time already given), and nothing here
// records a day a ritual was not kept.
class RitualStore
{
public:
    explicit RitualStore(Database &database);

    [[nodiscard]] QList<OurRitual> ours() const; // in the order they were chosen
    [[nodiscard]] bool isOurs(const QString &ritualId) const;
    // Chooses a ritual as theirs, now unless `chosenAt` is given (undo puts
    // back the first date). Choosing twice keeps the first.
    bool choose(const QString &ritualId, const QDateTime &chosenAt = {});
    bool letGo(const QString &ritualId);

    // Keeps a ritual as done, now unless `doneAt` is given; the new tick, with its id.
    std::optional<RitualTick> tick(const QString &ritualId, const QString &note, const QDateTime &doneAt = {});
    bool removeTick(qint64 tickId);
    [[nodiscard]] QList<RitualTick> ticks() const; // newest first
    // The newest tick of each ritual that has one, by ritual id.
    [[nodiscard]] QHash<QString, RitualTick> lastTicks() const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Database &m_database;
    QString m_lastError;
};
