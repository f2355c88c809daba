// SPDX-License-Identifier: GPL-3.0-or-later
#include "friendlydate.h"

#include <QCoreApplication>

QString FriendlyDate::day(QDate day, QDate today, const QLocale &locale, Use use)
{
    const auto tr = [](const char *text, const char *comment = nullptr) {
        return QCoreApplication::translate("FriendlyDate", text, comment);
    };
    if (!day.isValid())
        return QString();
    const bool alone = use == Use::OnItsOwn;
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return alone ? tr("Today") : tr("today");
    if (daysAgo == 1)
        return alone ? tr("Yesterday") : tr("yesterday");
    const QString date = daysAgo > 1 && daysAgo < 7 ? locale.dayName(day.dayOfWeek())
                         : day.year() == today.year()
                             ? locale.toString(day, tr("d MMMM", "a date this year, as QDate::toString formats it"))
                             : locale.toString(day, tr("d MMMM yyyy", "an earlier date, as QDate::toString formats it"));
    return alone ? tr("On %1", "a day on its own, such as a heading: On Monday").arg(date)
                 : tr("on %1", "a day inside a sentence: Saved on Monday").arg(date);
}
