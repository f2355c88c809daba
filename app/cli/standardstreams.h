// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace StandardStreams {
// Opens /dev/null on standard input, output or error when one is closed (as
// `hearth >&-` leaves it). Otherwise the next file Hearth opens (its lock, a
// socket, a backup) would take that number, and what Hearth prints would be
// written into it. Call first thing in main().
void ensureOpen();
}
