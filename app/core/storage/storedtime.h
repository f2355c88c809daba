// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Times are stored as UTC ISO 8601 text with milliseconds: readable in the
// file, and in time order when sorted as text.
inline QString toStored(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

inline QString storedNow()
{
    return toStored(QDateTime::currentDateTimeUtc());
}

inline QDateTime fromStored(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
