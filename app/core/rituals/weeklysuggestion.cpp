// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeklysuggestion.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Where a ritual stands in a given week's order: a stable hash of the week
// and the id. Ranking each ritual on its own (rather than picking the n-th of
// a list) means adding or letting go of another ritual never moves the pick.
QByteArray weekRank(const QString &week, const QString &ritualId)
{
    return QCryptographicHash::hash((week + u'/' + ritualId).toUtf8(), QCryptographicHash::Sha256);
}

QString firstInWeekOrder(const QString &week, const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    return *std::min_element(ids.cbegin(), ids.cend(), [&week](const QString &a, const QString &b) {
        return weekRank(week, a) < weekRank(week, b);
    });
}

} // namespace

QString WeeklySuggestion::weekOf(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QChar(u'0'));
}

WeeklySuggestion WeeklySuggestion::choose(const QList<Ritual> &rituals, const QStringList &ourIds,
                                          const QList<RitualTick> &ticks, QDate today)
{
    const QString week = weekOf(today);
    QSet<QString> keptThisWeek;
    for (const RitualTick &tick : ticks) {
        if (weekOf(tick.doneAt.toLocalTime().date()) == week)
            keptThisWeek.insert(tick.ritualId);
    }

    QStringList ours, oursToKeep, weekly, weeklyToKeep, any;
    for (const Ritual &ritual : rituals) {
        any.append(ritual.id);
        const bool kept = keptThisWeek.contains(ritual.id);
        if (ourIds.contains(ritual.id)) {
            ours.append(ritual.id);
            if (!kept)
                oursToKeep.append(ritual.id);
        }
        if (ritual.rhythm == "weekly"_L1) {
            weekly.append(ritual.id);
            if (!kept)
                weeklyToKeep.append(ritual.id);
        }
    }

    for (const QStringList *choices : {&oursToKeep, &weeklyToKeep, &ours, &weekly, &any}) {
        const QString id = firstInWeekOrder(week, *choices);
        if (!id.isEmpty())
            return {id, ourIds.contains(id), keptThisWeek.contains(id)};
    }
    return {};
}
