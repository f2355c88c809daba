// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class ContentRepository;

// The machine-readable report that `hearth --validate` prints: whether the
// content is sound, every error, and how much of each kind there is.
namespace ContentSummary {
[[nodiscard]] QJsonObject toJson(const ContentRepository &content);
}
