// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target: HEARTH_FUZZ_ENTRY names the function in fuzzentries.h.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEntries::HEARTH_FUZZ_ENTRY(QByteArrayView(data, qsizetype(size)));
    return 0;
}
