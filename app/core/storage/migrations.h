// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The schema, as the steps that build it. Step N takes the database from
// user_version N-1 to N. Steps are never edited once released: a change is a
// new step, with a test that upgrades the committed database of the step before.
namespace Migrations {
// The statements of the step that leads to `version` (1-based).
[[nodiscard]] QStringList step(int version);
// The user's tables, in an order that satisfies foreign keys.
[[nodiscard]] QStringList userTables();
// Tables of what Hearth worked out itself and can work out again (which pack
// files it imported): not the user's data, so never backed up or counted.
// Each goes with the user's rows it describes (ON DELETE CASCADE).
[[nodiscard]] QStringList derivedTables();
}
