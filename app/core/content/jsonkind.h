// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// What a JSON value is, as words for a message about a file Hearth reads (its
// content, a backup, favourites): "text", "a number", "a list", "an object",
// "true or false", "null". Used as "must be a list, not a number".
[[nodiscard]] QString jsonKindOf(const QJsonValue &value);
