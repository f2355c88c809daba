// SPDX-License-Identifier: GPL-3.0-or-later
// Storage with a long-used data folder (10,000 favourites, 1,000 past
// conversations): opening it as the app does (with its checks: whole, when
// the file is not the one Hearth last closed, see IntegrityStamp), what the
// start reads of the favourites (the count) against reading every one, and
// starring a card, a durable write (synchronous=FULL, as Database opens it),
// in the store and through FavouritesModel as the Library stars one.
// Prints; asserts nothing.
//   storage_bench [--quick] [--json PATH]
#include "benchreport.h"
#include "userdatafolder.h"

#include "content/contentrepository.h"
#include "models/favouritesmodel.h"
#include "storage/database.h"
#include "storage/favouritesstore.h"
#include "storage/integritystamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Starring a card as the Library does, before the favourites' words are read
// (the store then says where the new row goes) and after.
int starThroughTheModel(BenchReport &report, Database &database, int favourites, int rounds)
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    FavouritesStore store(database);
    const std::optional<Favourite> card = store.ofKind(u"card"_s).value(0);
    if (!card) {
        std::fprintf(stderr, "storage_bench: no starred card to star again\n");
        return 1;
    }
    FavouritesModel model(store, content, database);
    QElapsedTimer timer;
    for (const bool read : {false, true}) {
        if (read)
            (void)model.index(0).data(FavouritesModel::TextRole);
        QList<double> starring;
        for (int round = 0; round < rounds; ++round) {
            if (!model.toggleStar(card->kind, card->contentId)) { // the star taken away, untimed
                std::fprintf(stderr, "storage_bench: the model could not take the star away\n");
                return 1;
            }
            timer.start();
            const bool starred = model.toggleStar(card->kind, card->contentId);
            starring.append(elapsedMs(timer));
            if (!starred || model.rowsRead() != read) {
                std::fprintf(stderr, "storage_bench: the model could not star\n");
                return 1;
            }
        }
        report.add({u"storage: starring a card in the Library, favourites' words %1 (%2 stored)"_s.arg(
                        read ? u"read"_s : u"not read yet"_s).arg(favourites),
                    u"ms"_s, starring, {}, {}, u"< 10 ms"_s, Spread::of(starring).median < 10,
                    u"FavouritesModel::toggleStar: the store's write and the new row's place"_s});
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const int favourites = report.quick() ? 300 : 10000;
    const int conversations = report.quick() ? 30 : 1000;
    const int rounds = report.quick() ? 1 : 31;
    const UserDataFolder folder(favourites, conversations);
    if (!folder.isValid()) {
        std::fprintf(stderr, "storage_bench: %s\n", qPrintable(folder.error()));
        return 1;
    }
    const QString stored = u"%1 favourites, %2 conversations"_s.arg(favourites).arg(conversations);

    QList<double> openingWhole, opening, counting, reading;
    QElapsedTimer timer;
    qsizetype sink = 0;
    for (int round = 0; round < rounds; ++round) {
        {
            QFile::remove(IntegrityStamp::pathFor(QDir(folder.path()).filePath(Database::fileName())));
            Database changedSince;
            timer.start();
            changedSince.open(folder.path());
            openingWhole.append(elapsedMs(timer));
        } // closed: noted, so the open below finds the file as Hearth left it
        Database database;
        timer.start();
        database.open(folder.path());
        opening.append(elapsedMs(timer));
        if (!database.isPersistent()) {
            std::fprintf(stderr, "storage_bench: the database did not open: %s\n", qPrintable(database.notice()));
            return 1;
        }
        timer.start();
        sink += FavouritesStore(database).count();
        counting.append(elapsedMs(timer));
        timer.start();
        sink += FavouritesStore(database).all().size();
        reading.append(elapsedMs(timer));
    }
    report.add({u"storage: opening the database, checked whole (%1)"_s.arg(stored), u"ms"_s, openingWhole, {}, {},
                {}, {}, u"Database::open of a file changed since Hearth closed it: quick_check"_s});
    report.add({u"storage: opening the database as Hearth left it (%1)"_s.arg(stored), u"ms"_s, opening, {}, {}, {},
                {}, u"Database::open, with its checks"_s});
    report.add({u"storage: counting the favourites, all the start reads (%1)"_s.arg(favourites), u"ms"_s, counting, {},
                {}, {}, {}, u"FavouritesStore::count"_s});
    report.add({u"storage: reading every favourite (%1)"_s.arg(favourites), u"ms"_s, reading, {}, {}, {}, {},
                u"FavouritesStore::all, when the Favourites page is first shown (checksum %1)"_s.arg(sink)});

    Database database;
    database.open(folder.path());
    FavouritesStore store(database);
    const std::optional<Favourite> first = store.all().value(0);
    if (!first) {
        std::fprintf(stderr, "storage_bench: no favourite to star again\n");
        return 1;
    }
    QList<double> starring;
    for (int round = 0; round < rounds; ++round) {
        const std::optional<Favourite> current = store.find(first->kind, first->contentId);
        if (!current || !store.remove(current->id)) {
            std::fprintf(stderr, "storage_bench: could not take the star away: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        Favourite again{0, first->kind, first->contentId, first->savedText, first->section, {}, {}};
        timer.start();
        const bool added = store.add(again);
        starring.append(elapsedMs(timer));
        if (!added) {
            std::fprintf(stderr, "storage_bench: could not star: %s\n", qPrintable(store.lastError()));
            return 1;
        }
    }
    report.add({u"storage: starring a card (%1 stored)"_s.arg(favourites), u"ms"_s, starring, {}, {}, u"< 10 ms"_s,
                Spread::of(starring).median < 10, u"FavouritesStore::add, one committed transaction, synchronous=FULL"_s});
    return starThroughTheModel(report, database, favourites, rounds);
}
