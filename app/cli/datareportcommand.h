// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;

namespace DataReportCommand {
// Prints DataReport's JSON object for `dataDir` on stdout, changing nothing
// there. Returns 0 when a normal start would save in `dataDir`, 3 when not.
int run(const QString &dataDir);
}
