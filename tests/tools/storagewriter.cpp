// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the crash test: stars prompts one by one in the given
// data folder and reports each one only after it has been committed, until it
// is killed.
#include "storage/database.h"
#include "storage/favouritesstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Database database;
    database.open(QString::fromLocal8Bit(argv[1]));
    if (database.state() != Database::State::Ready)
        return 3;
    FavouritesStore store(database);
    for (int i = 0;; ++i) {
        Favourite favourite;
        favourite.kind = QStringLiteral("card");
        favourite.contentId = QStringLiteral("card-%1").arg(i);
        favourite.savedText = QStringLiteral("Prompt number %1, saved before the crash").arg(i);
        favourite.note = QString(200, QChar(u'n'));
        if (!store.add(favourite))
            return 4;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}
