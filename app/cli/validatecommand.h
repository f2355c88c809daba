// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ValidateCommand {
// Checks the built-in content (no paths) or the given files against it, prints
// the JSON report on stdout and returns the exit status: 0 only without errors.
int run(const QStringList &paths);
}
