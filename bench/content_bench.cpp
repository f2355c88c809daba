// SPDX-License-Identifier: GPL-3.0-or-later
// Loading content in process: the built-in content as the app loads it, and
// generated collections of 10,000 and 100,000 cards, with the memory each
// takes. Prints; asserts nothing.
//   content_bench [--quick] [--cards N] [--rounds N] [--json PATH]
#include "benchreport.h"
#include "generatedcontent.h"
#include "processmemory.h"

#include "content/contentrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

struct Load
{
    double milliseconds = 0;
    double keptMiB = 0; // heap in use with the content loaded, less before
    double peakMiB = 0; // the most resident while loading, less before
    qsizetype cards = 0;
    qsizetype errors = 0;
};

// Bytes malloc has handed out and not had back: unlike the resident size,
// it goes down again when the content is freed, so each load counts afresh.
double heapInUseMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
}

// `reference` holds what the loaded decks refer to (the guide's sections).
// An empty root loads the built-in content as a start does (compiled by the build).
Load load(const QString &root, const ContentRepository *reference = nullptr)
{
    const double heapBefore = heapInUseMiB();
    const double residentBefore = ProcessMemory::residentMiB();
    ProcessMemory::resetPeak();
    QElapsedTimer timer;
    timer.start();
    ContentRepository content;
    if (root.isEmpty())
        content.loadBuiltIn();
    else
        content.loadDirectory(root, reference);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return {ms, heapInUseMiB() - heapBefore, ProcessMemory::peakMiB() - residentBefore, content.cards().size(),
            content.errors().size()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);

    const int builtInRounds = report.option("rounds", report.quick() ? 1 : 51);
    load(ContentRepository::builtInRoot()); // the first load pays once for Qt's own start-up
    QList<double> builtIn;
    QList<double> builtInJson;
    for (int i = 0; i < builtInRounds; ++i) {
        const Load compiled = load({});
        if (compiled.errors != 0) {
            std::fprintf(stderr, "content_bench: the compiled built-in content did not load\n");
            return 1;
        }
        builtIn.append(compiled.milliseconds);
        builtInJson.append(load(ContentRepository::builtInRoot()).milliseconds);
    }
    report.add({u"content: built-in, as a start reads it"_s, u"ms"_s, builtIn, {}, {}, u"< 5 ms"_s,
                Spread::of(builtIn).median < 5,
                u"ContentRepository::loadBuiltIn: the form the build checked and compiled (ContentCodec)"_s});
    report.add({u"content: built-in JSON, parsed and checked"_s, u"ms"_s, builtInJson, {}, {}, {}, {},
                u"ContentRepository::loadDirectory over the JSON in the binary, as the build and --validate check it"_s});

    ContentRepository builtInContent;
    builtInContent.loadDirectory(ContentRepository::builtInRoot());
    // --cards N measures one size only, --rounds N as often: for callgrind, one round of the 100k case.
    const int onlySize = report.option("cards", 0);
    const QList<int> sizes = onlySize > 0 ? QList<int>{onlySize}
                             : report.quick() ? QList<int>{1000} : QList<int>{10000, 100000};
    const int rounds = report.option("rounds", report.quick() ? 1 : 7);
    for (const int size : sizes) {
        const GeneratedContent generated(size, false);
        if (!generated.isValid()) {
            std::fprintf(stderr, "content_bench: could not write %d generated cards\n", size);
            return 1;
        }
        QList<double> ms, kept;
        // The peak is that of the first load: later ones reuse the memory the first gave back.
        Load last = load(generated.root(), &builtInContent);
        const double peak = last.peakMiB;
        for (int i = 0; i < rounds; ++i) {
            last = load(generated.root(), &builtInContent);
            ms.append(last.milliseconds);
            kept.append(last.keptMiB);
        }
        if (last.cards != size || last.errors > 0) {
            std::fprintf(stderr, "content_bench: %lld of %d generated cards loaded, %lld errors\n",
                         qlonglong(last.cards), size, qlonglong(last.errors));
            return 1;
        }
        const QString what = u"content: %1 generated cards"_s.arg(QLocale::c().toString(size));
        const QString files = u"%1 MiB of deck files"_s.arg(double(generated.bytes()) / 1048576.0, 0, 'f', 1);
        const bool largest = size == 100000;
        report.add({what, u"ms"_s, ms, {}, {}, largest ? u"< 500 ms"_s : QString(),
                    largest ? std::optional<bool>(Spread::of(ms).median < 500) : std::nullopt,
                    files + u" in the content format, through ContentRepository (not pack files)"_s});
        const double perCard = Spread::of(kept).median * 1024.0 / size;
        report.add({what + u", memory kept"_s, u"MiB"_s, kept, {}, {}, {}, {},
                    u"heap in use with it loaded, less before: %1 KiB a card"_s.arg(perCard, 0, 'f', 2)});
        report.add({what + u", peak while loading"_s, u"MiB"_s, {peak}, {}, {}, {}, {},
                    u"VmHWM less VmRSS before, on the first load"_s});
    }
    return 0;
}
