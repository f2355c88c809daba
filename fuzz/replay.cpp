// SPDX-License-Identifier: GPL-3.0-or-later
// Replays fuzz inputs through the entry function their fuzzer calls:
//   hearth_fuzz_replay TARGET FILE-OR-FOLDER...
// Each file is read and given to the target once, in name order; a crash or a
// broken invariant aborts, so the ctest fails and names the file last begun.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

bool replay(const FuzzEntries::Target &target, const QString &path, int *count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray input = file.readAll();
    std::fprintf(stderr, "%s: %s (%lld bytes)\n", target.name, qPrintable(path), static_cast<long long>(input.size()));
    target.run(input);
    ++*count;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s TARGET FILE-OR-FOLDER...\n", argv[0]);
        return 2;
    }
    const FuzzEntries::Target *target = nullptr;
    for (const FuzzEntries::Target &candidate : FuzzEntries::targets()) {
        if (qstrcmp(candidate.name, argv[1]) == 0)
            target = &candidate;
    }
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s\n", argv[1]);
        return 2;
    }
    int count = 0;
    for (int i = 2; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        if (!QFileInfo(path).isDir()) {
            if (!replay(*target, path, &count))
                return 1;
            continue;
        }
        const QDir dir(path);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (!replay(*target, dir.filePath(name), &count))
                return 1;
        }
    }
    std::fprintf(stderr, "%s: %d inputs replayed, none failed\n", target->name, count);
    return 0;
}
