// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"
#include "rituals/ritualstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The gentle "one for this week" on Home: a ritual to think of, never a
// task. Chosen for the ISO week (Monday to Sunday, in local time), so it
// stays put all week; it moves on only when the couple keeps it or changes
// their own. Preferred, in turn: one of theirs not kept yet this week, a
// weekly one of the content not kept yet this week, one of theirs, any weekly
// one. It looks at this week's ticks only: how long ago a ritual was last
// kept, or how often it was not, plays no part.
struct WeeklySuggestion
{
    QString ritualId; // empty only when the content has no rituals
    bool ours = false;
    bool keptThisWeek = false;

    [[nodiscard]] static WeeklySuggestion choose(const QList<Ritual> &rituals, const QStringList &ourIds,
                                                 const QList<RitualTick> &ticks, QDate today);

    // "2026-W49": the ISO week `day` belongs to (its year may differ from the date's).
    [[nodiscard]] static QString weekOf(QDate day);
};
