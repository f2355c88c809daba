// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A starred prompt. It refers to content by kind and stable id, and keeps the
// text as it was when starred, so a favourite outlives a content change.
struct Favourite
{
    qint64 id = 0;
    QString kind; // card, journal, drill, ritual, escalating; statement: the person's own words
    QString contentId;
    QString savedText;
    QString section;
    QString note;
    QDateTime createdAt;

    bool operator==(const Favourite &) const = default;
};
