// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "favourite.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

class Database;
class FavouritesStore;

// Favourites out to Markdown (to print or share) and JSON (to keep or move),
// and JSON back in, merged without duplicates.
namespace FavouritesExchange {

struct ImportResult
{
    int added = 0;
    int merged = 0;  // already there; an empty note took the imported one
    int skipped = 0; // already there, nothing to add
    QStringList errors;
};

// `sectionTitles` maps section ids to the titles to group under.
[[nodiscard]] QByteArray toMarkdown(const QList<Favourite> &favourites, const QHash<QString, QString> &sectionTitles);
[[nodiscard]] QByteArray toJson(const QList<Favourite> &favourites);
// Merges a toJson() export into the store, in one transaction.
ImportResult importJson(const QByteArray &json, FavouritesStore &store, Database &database);

[[nodiscard]] QString kindLabel(const QString &kind);
// True for favourites that hold the person's own words (a statement they
// built), not Hearth's content: they never go missing from the content.
[[nodiscard]] bool isOwnWords(const QString &kind);

} // namespace FavouritesExchange
