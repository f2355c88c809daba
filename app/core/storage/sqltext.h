// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A null QString binds as SQL NULL; Hearth's text columns are NOT NULL and
// hold "" for nothing. Bind text through this.
[[nodiscard]] inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
