// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachanalysis.h"

#include <QJsonObject>
#include <QString>

namespace CoachJson {

// {"text": ..., "findings": [{"kind", "start", "end", "message", "suggestion",
// "replacement" (only when there is one), "pattern"}], "parts": {"feeling",
// "situation", "need", "request"}, "rewrite": a whole kinder sentence with
// "___" blanks, or null when there is no finding}; a part not found is null. Spans count
// UTF-16 code units, as QString and JavaScript strings do.
[[nodiscard]] QJsonObject toJson(const QString &text, const CoachAnalysis &analysis);

} // namespace CoachJson
