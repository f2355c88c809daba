// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"

#include <QJsonObject>
#include <QStringList>

class ContentRepository;

// The machine-readable report that `hearth --validate` prints: whether the
// content is sound, every error, and how much of each kind there is; with
// the language folders checked beside it and what they got wrong.
namespace ContentSummary {
[[nodiscard]] QJsonObject toJson(const ContentRepository &content, const QStringList &languages = {},
                                 const ContentErrors &translationErrors = {});
}
