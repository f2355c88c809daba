// SPDX-License-Identifier: GPL-3.0-or-later
#include "friendlydate.h"

#include <QCoreApplication>

QString FriendlyDate::day(QDate day, QDate today, const QLocale &locale)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("FriendlyDate", text); };
    if (!day.isValid())
        return QString();
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return tr("today");
    if (daysAgo == 1)
        return tr("yesterday");
    if (daysAgo > 1 && daysAgo < 7)
        return tr("on %1").arg(locale.dayName(day.dayOfWeek()));
    const QString format = day.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy");
    return tr("on %1").arg(locale.toString(day, format));
}
