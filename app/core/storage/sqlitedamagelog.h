// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// SQLite tells its error log of every piece of damage it meets (a corrupt
// page, a file that is not a database, a failed disk read), from any query,
// whatever the caller then does with the result: a loop over rows may stop
// quietly. Hearth listens for the whole process, so a file in which damage
// was met is never noted as sound (IntegrityStamp).
namespace SqliteDamageLog {

// Starts listening. SQLite takes it only before its first connection in the
// process; false when that is too late (nothing is heard then).
bool listen();
[[nodiscard]] bool isListening();
// How many times damage was met since listening began.
[[nodiscard]] quint64 damageMet();

} // namespace SqliteDamageLog
