// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocument.h"

#include <QJsonValue>
#include <QString>

// What a JSON value is, as words for a message about a file Hearth reads (its
// content, a backup, favourites): "text", "a number", "a list", "an object",
// "true or false", "null". Used as "must be a list, not a number".
[[nodiscard]] QString jsonKindOf(QJsonValue::Type type);
[[nodiscard]] inline QString jsonKindOf(const QJsonValue &value)
{
    return jsonKindOf(value.type());
}
[[nodiscard]] inline QString jsonKindOf(const JsonValue &value)
{
    return jsonKindOf(value.type());
}
