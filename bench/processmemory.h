// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// This process's memory as Linux counts it (/proc/self/status), in MiB.
namespace ProcessMemory {
// Resident now (VmRSS).
double residentMiB();
// The most resident since start or since the last resetPeak() (VmHWM).
double peakMiB();
// Starts the peak afresh from what is resident now (/proc/self/clear_refs).
void resetPeak();
} // namespace ProcessMemory
