// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The four parts of an I statement, as a person filled them in.
struct StatementParts
{
    QString feeling;
    QString situation;
    QString need;
    QString request;

    bool operator==(const StatementParts &) const = default;
};

namespace IStatement {

// What stands in for a part not filled in yet, so the shape of the sentence shows.
inline constexpr QStringView gap = u"\u2026";

// "I feel <feeling> when <situation> because I need <need>. Would you be
// willing to <request>?", with a gap for each part still empty. Each part is
// tidied first, so typing "when", "because I need" or the closing "?" twice
// does no harm.
[[nodiscard]] QString compose(const StatementParts &parts);

// One part as it goes into the sentence: trimmed, without the words the
// sentence already supplies, and without a closing full stop or question mark.
[[nodiscard]] QString tidySituation(const QString &situation);
[[nodiscard]] QString tidyNeed(const QString &need);
[[nodiscard]] QString tidyRequest(const QString &request);

} // namespace IStatement
