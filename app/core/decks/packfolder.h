// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class DeckStore;

// Packs placed in DIR/decks/ (DIR the data folder), imported at start. Each
// file is read and checked on its own: a broken one is reported and left out,
// never stopping the start or the other packs. A pack unchanged since the
// last start is not written again, and a file unchanged since it was last
// imported (PackFileRecords) whose deck is as that import left it is not
// even read as a pack again.
namespace PackFolder {

[[nodiscard]] QString folderName(); // "decks"
// More files than this are reported and not read: a start must stay quick.
inline constexpr int maxFiles = 100;

// Imports every DIR/decks/*.json, in name order. Returns what the person
// should know, one readable line each, naming the file as "decks/x.json":
// every problem of a pack that was not loaded. Empty when all went well or
// there is no such folder. `skipped`, when given, counts the files found
// unchanged and so not read as packs again.
[[nodiscard]] QStringList importAll(const QString &dataDir, const QSet<QString> &sections, DeckStore &store,
                                    int *skipped = nullptr);

} // namespace PackFolder
