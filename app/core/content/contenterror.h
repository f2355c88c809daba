// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One problem found while loading content: which file, where inside it
// (JSON-path form such as "cards[12].depth") and what is wrong, in plain words.
struct ContentError
{
    QString file;
    QString where;
    QString message;

    [[nodiscard]] QString toString() const;
    bool operator==(const ContentError &) const = default;
};

using ContentErrors = QList<ContentError>;
