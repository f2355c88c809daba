// SPDX-License-Identifier: GPL-3.0-or-later
// Packs of 10,000 and 100,000 generated cards (issue #15's format): reading
// and checking one (PackReader), with the memory it keeps and the peak;
// importing it into the database; and what every later start pays with it
// in DIR/decks, already imported (PackFolder::importAll). Prints; asserts nothing.
//   pack_bench [--quick] [--cards N] [--rounds N] [--json PATH]
#include "benchreport.h"
#include "generatedcontent.h"
#include "processmemory.h"

#include "content/contentrepository.h"
#include "decks/deckstore.h"
#include "decks/packfolder.h"
#include "decks/packimport.h"
#include "decks/packreader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

double heapInUseMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    // --cards N measures one size only, --rounds N as often: for callgrind, one round of the 100k case.
    const int onlySize = report.option("cards", 0);
    const QList<int> sizes = onlySize > 0 ? QList<int>{onlySize}
                             : report.quick() ? QList<int>{1000} : QList<int>{10000, 100000};
    const int rounds = report.option("rounds", report.quick() ? 1 : 7);

    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    QSet<QString> sections;
    QStringList sectionIds;
    for (const GuideSection &section : content.sections()) {
        sections.insert(section.id);
        sectionIds.append(section.id);
    }

    for (const int size : sizes) {
        QTemporaryDir dataDir;
        const QString packPath = QDir(dataDir.path()).filePath(PackFolder::folderName() + u"/generated.json"_s);
        const QByteArray bytes = GeneratedContent::pack(u"generated"_s, size, sectionIds);
        QFile file(packPath);
        if (!QDir(dataDir.path()).mkpath(PackFolder::folderName()) || !file.open(QIODevice::WriteOnly)
            || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "pack_bench: could not write %s\n", qPrintable(packPath));
            return 1;
        }
        file.close();
        const QString what = u"packs: %1 cards (%2 MiB)"_s.arg(QLocale::c().toString(size))
                                 .arg(double(bytes.size()) / 1048576.0, 0, 'f', 1);

        QList<double> reading, kept;
        double peak = 0;
        QElapsedTimer timer;
        for (int round = 0; round <= rounds; ++round) {
            const double heapBefore = heapInUseMiB();
            const double residentBefore = ProcessMemory::residentMiB();
            ProcessMemory::resetPeak();
            ContentErrors errors;
            timer.start();
            const std::optional<Pack> pack = PackReader::readFile(packPath, u"generated.json"_s, sections, errors);
            const double ms = elapsedMs(timer);
            if (!pack || pack->cards.size() != size) {
                std::fprintf(stderr, "pack_bench: the pack did not read: %s\n",
                             qPrintable(errors.isEmpty() ? QString() : errors.constFirst().toString()));
                return 1;
            }
            if (round == 0) { // the first read's peak: later ones reuse what it gave back
                peak = ProcessMemory::peakMiB() - residentBefore;
                continue;
            }
            reading.append(ms);
            kept.append(heapInUseMiB() - heapBefore);
        }
        report.add({what + u", read and checked"_s, u"ms"_s, reading, {}, {},
                    size == 100000 ? u"< 500 ms"_s : QString(),
                    size == 100000 ? std::optional<bool>(Spread::of(reading).median < 500) : std::nullopt,
                    u"PackReader::readFile"_s});
        report.add({what + u", memory kept"_s, u"MiB"_s, kept, {}, {}, {}, {},
                    u"heap in use with the Pack alive: %1 KiB a card"_s.arg(Spread::of(kept).median * 1024 / size, 0,
                                                                            'f', 2)});
        report.add({what + u", peak while reading"_s, u"MiB"_s, {peak}, {}, {}, {}, {},
                    u"VmHWM less VmRSS before, on the first read"_s});

        Database database;
        database.open(dataDir.path());
        DeckStore decks(database);
        timer.start();
        const PackImport::Result imported = PackImport::importFile(packPath, u"generated.json"_s, sections, decks);
        const double importMs = elapsedMs(timer);
        if (!imported.saved) {
            std::fprintf(stderr, "pack_bench: the pack was not imported: %s\n", qPrintable(imported.summary()));
            return 1;
        }
        report.add({what + u", imported into the database"_s, u"ms"_s, {importMs}, {}, {}, {}, {},
                    u"PackImport::importFile, once, into an empty database"_s});

        // The first start after an import by hand reads the file once more and remembers it (untimed).
        (void)PackFolder::importAll(dataDir.path(), sections, decks);
        QList<double> starts;
        for (int round = 0; round < rounds; ++round) {
            int skipped = 0;
            timer.start();
            const QStringList notices = PackFolder::importAll(dataDir.path(), sections, decks, &skipped);
            starts.append(elapsedMs(timer));
            if (!notices.isEmpty() || skipped != 1) {
                std::fprintf(stderr, "pack_bench: %d skipped; %s\n", skipped, qPrintable(notices.join(u' ')));
                return 1;
            }
        }
        report.add({what + u", each start with it in decks/"_s, u"ms"_s, starts, {}, {}, {}, {},
                    u"PackFolder::importAll as AppState runs it, the pack already imported and unchanged: "
                    "read and hashed, not checked again"_s});
    }
    return 0;
}
