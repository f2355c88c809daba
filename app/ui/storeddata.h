// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentrepository.h"
#include "storage/database.h"

#include <QString>
#include <QStringList>

#include <memory>

class DeckStore;
class QThread;

// What a start reads before anything can be shown: the built-in content in
// the person's language, their database, the packs in DIR/decks and their
// own decks. Reading needs no GUI thread, so the window reads it on a thread
// of its own while the GUI thread serves QML's loader (WindowCommand), and
// AppState is then made from it.
struct StoredData
{
    // Opens the database in `dataDir`; an empty dataDir keeps everything in memory.
    static StoredData read(const QString &dataDir);
    // The demo's: an example couple's data in a database in memory (DemoData).
    static StoredData readDemo();
    // The couple's own decks, from `decks` into `content`.
    static void readOwnDecks(const DeckStore &decks, ContentRepository &content);

    // Called on the thread that read: from then on only `thread` may use
    // the database (as QSqlDatabase::moveToThread in Qt 6.8).
    void handOverTo(QThread *thread);

    QString dataDir;
    bool demo = false;
    ContentRepository content;
    std::unique_ptr<Database> database = std::make_unique<Database>();
    // Packs in DIR/decks that could not be loaded, one readable line each.
    QStringList packNotices;
};
