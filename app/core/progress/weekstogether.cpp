// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include "storage/database.h"
#include "storage/readquery.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// The local day of each stored time the query returns in its first column:
// a conversation at 23:30 on Sunday belongs to that Sunday's week, wherever
// UTC puts it.
QList<QDate> localDays(const Database &database, const QString &sql)
{
    QList<QDate> days;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!execRead(database, query, sql))
        return days;
    while (query.next()) {
        const QDateTime when = fromStored(query.value(0).toString());
        if (when.isValid())
            days.append(when.toLocalTime().date());
    }
    return days;
}

} // namespace

QList<WeekTogether> Progress::weeksTogether(const Database &database, QDate today)
{
    // A conversation counts once something was talked about: one that was
    // only set up, or where every card was passed, is no time to show.
    const QList<QDate> talks = localDays(
        database, u"SELECT s.started_at FROM sessions s WHERE EXISTS (SELECT 1 FROM session_cards c "
                  "WHERE c.session_id = s.id AND c.outcome = 'discussed')"_s);
    const QList<QDate> rituals = localDays(database, u"SELECT done_at FROM ritual_ticks"_s);

    const QDate lastMonday = mondayOf(today);
    std::optional<QDate> first;
    for (const QList<QDate> *days : {&talks, &rituals}) {
        for (QDate day : *days) {
            if (day <= today && (!first || day < *first))
                first = day;
        }
    }
    if (!first)
        return {};
    const QDate firstMonday = std::max(mondayOf(*first), lastMonday.addDays(-7 * (weeksShown - 1)));

    QList<WeekTogether> weeks;
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7))
        weeks.append({monday, 0, 0});
    const auto weekOf = [&](QDate day) -> WeekTogether * {
        if (day < firstMonday || day > today)
            return nullptr;
        return &weeks[firstMonday.daysTo(mondayOf(day)) / 7];
    };
    for (QDate day : talks) {
        if (WeekTogether *week = weekOf(day))
            ++week->conversations;
    }
    for (QDate day : rituals) {
        if (WeekTogether *week = weekOf(day))
            ++week->ritualsKept;
    }
    return weeks;
}
