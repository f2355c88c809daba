// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"
#include "favourite.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

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

// The sections to group favourites under, with their titles, in order.
class SectionOrder
{
public:
    SectionOrder() = default;
    // The guide's own order: pass ContentRepository::sections().
    SectionOrder(const QList<GuideSection> &sections); // NOLINT: converts on purpose
    // Titles by section id, when the order is not known: sections follow by title.
    SectionOrder(const QHash<QString, QString> &titles); // NOLINT: converts on purpose

    [[nodiscard]] const QList<std::pair<QString, QString>> &idsAndTitles() const { return m_idsAndTitles; }

private:
    QList<std::pair<QString, QString>> m_idsAndTitles;
};

// Grouped under `sections` in their order; favourites of a section not among
// them (one the guide no longer has) come last.
[[nodiscard]] QByteArray toMarkdown(const QList<Favourite> &favourites, const SectionOrder &sections);
[[nodiscard]] QByteArray toJson(const QList<Favourite> &favourites);

// One entry of an export: a favourite to merge, or why it is left out.
struct Entry
{
    Favourite favourite;
    QString problem; // empty when the favourite is complete and may be merged
};
// Reads and checks a toJson() export without touching any store: its entries,
// or nothing with `problem` saying why the file as a whole cannot be read
// (too large or complex, not JSON, not an export, from a newer Hearth).
// importJson() merges what this returns; a fuzzer reads files through it.
[[nodiscard]] std::optional<QList<Entry>> readEntries(const QByteArray &json, QString *problem);
// Merges a toJson() export into the store, in one transaction. A file that
// is not such an export (or too large, or from a newer Hearth) adds nothing;
// an entry that is incomplete or holds a value of the wrong kind or size is
// left out and reported, and the rest is merged.
ImportResult importJson(const QByteArray &json, FavouritesStore &store, Database &database);
// Reads `path` as readFileBounded() does (an ordinary file, at most
// ImportChecks::maxFileBytes), then importJson(); errors name the file.
ImportResult importFile(const QString &path, FavouritesStore &store, Database &database);

[[nodiscard]] QString kindLabel(const QString &kind);
// True for favourites that hold the person's own words (a statement they
// built), not Hearth's content: they never go missing from the content.
[[nodiscard]] bool isOwnWords(const QString &kind);

} // namespace FavouritesExchange
