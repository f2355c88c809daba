// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <span>

// What each fuzz target does with one input. The libFuzzer targets (built by
// ./fuzz.sh with clang) and the ordinary suite's replay of tests/data/fuzz/
// (built with the normal compiler) call these same functions, so a finding
// replays exactly as the fuzzer met it.
//
// Each feeds the input to Hearth's own parsing and validation, as the app
// does, then checks what should always hold of the result; a broken
// invariant aborts (a finding, like a crash).
namespace FuzzEntries {

// Any content file, loaded and validated as `hearth --validate FILE` does,
// with the built-in content standing in for what it refers to.
void content(QByteArrayView input);
// The phrasing coach over the input as UTF-8 text.
void coach(QByteArrayView input);
// A favourites export, read and checked as the import does before it merges.
void favourites(QByteArrayView input);
// A backup, checked as a restore does before it changes anything, and its
// rows as the restore would bind them.
void backup(QByteArrayView input);
// A pack file, read and checked whole as an import does before it saves,
// then the deck it becomes exported and read back.
void packs(QByteArrayView input);

struct Target
{
    const char *name; // as in fuzz_<name> and tests/data/fuzz/<name>/
    void (*run)(QByteArrayView input);
};
[[nodiscard]] std::span<const Target> targets();

} // namespace FuzzEntries
