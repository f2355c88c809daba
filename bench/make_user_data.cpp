// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a data folder as startup_bench's full one, to profile by hand:
//   make_user_data DIR [FAVOURITES [CONVERSATIONS]]   (default 10000 1000)
//   valgrind --tool=callgrind build/app/hearth --quit-after-first-frame --data-dir DIR
#include "userdatafolder.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: make_user_data DIR [FAVOURITES [CONVERSATIONS]]\n");
        return 2;
    }
    const UserDataFolder folder(arguments.at(1), arguments.value(2, QStringLiteral("10000")).toInt(),
                                arguments.value(3, QStringLiteral("1000")).toInt());
    if (!folder.isValid()) {
        std::fprintf(stderr, "make_user_data: %s\n", qPrintable(folder.error()));
        return 1;
    }
    return 0;
}
