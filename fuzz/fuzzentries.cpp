// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentries.h"

#include "coach/coach.h"
#include "content/contentrepository.h"
#include "content/cardrules.h"
#include "content/contentsummary.h"
#include "decks/deckstore.h"
#include "decks/packexport.h"
#include "decks/packimport.h"
#include "decks/packreader.h"
#include "storage/backupreader.h"
#include "storage/backupschema.h"
#include "storage/database.h"
#include "storage/favouritesexchange.h"

#include <QSet>

#include <array>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// A broken invariant is a finding: say which and abort, as a crash would.
void require(bool holds, const char *invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

// Loaded once per process: what a given file may refer to, and the coach's words.
const ContentRepository &builtInContent()
{
    static const ContentRepository content = [] {
        ContentRepository loaded;
        loaded.loadDirectory(ContentRepository::builtInRoot());
        return loaded;
    }();
    return content;
}

const Coach &builtInCoach()
{
    static const Coach coach(builtInContent());
    return coach;
}

} // namespace

void FuzzEntries::content(QByteArrayView input)
{
    const ContentRepository &builtIn = builtInContent();
    require(builtIn.errors().isEmpty(), "the built-in content loads without errors");
    ContentRepository given;
    given.loadSources({ContentSource{u"fuzz.json"_s, input.toByteArray()}}, &builtIn);
    require(given.filesRead() == 1, "the one source is read");
    for (const ContentError &error : given.errors()) {
        require(error.file == "fuzz.json"_L1, "every error names the file it was given");
        require(!error.message.isEmpty(), "every error says what is wrong");
    }
    // The report `hearth --validate` prints.
    const QJsonObject report = ContentSummary::toJson(given);
    require(report.value(u"ok"_s).toBool() == given.errors().isEmpty(), "the report is ok exactly without errors");
}

void FuzzEntries::coach(QByteArrayView input)
{
    const QString text = QString::fromUtf8(input);
    const CoachAnalysis analysis = builtInCoach().analyze(text);
    qsizetype previousStart = 0;
    QHash<QString, qsizetype> endOfKind; // the end of the last finding of each kind
    for (const CoachFinding &finding : analysis.findings) {
        require(0 <= finding.start && finding.start < finding.end && finding.end <= text.size(),
                "a finding spans a non-empty part of the text");
        require(finding.start >= previousStart, "findings are sorted by start");
        previousStart = finding.start;
        require(!finding.kind.isEmpty() && !finding.message.isEmpty(), "a finding has a kind and a message");
        require(finding.start >= endOfKind.value(finding.kind, 0), "no two findings of one kind overlap");
        endOfKind.insert(finding.kind, finding.end);
    }
    const CoachParts &parts = analysis.parts;
    for (const QString *written : {&parts.situation, &parts.need, &parts.request})
        require(written->isNull() || text.contains(*written), "a part found is as written");
}

void FuzzEntries::favourites(QByteArrayView input)
{
    QString problem;
    const auto entries = FavouritesExchange::readEntries(input.toByteArray(), &problem);
    if (!entries) {
        require(!problem.isEmpty(), "a refused file says why");
        return;
    }
    QList<Favourite> accepted;
    for (const FavouritesExchange::Entry &entry : *entries) {
        if (!entry.problem.isEmpty())
            continue;
        const Favourite &f = entry.favourite;
        require(FavouritesExchange::kindLabel(f.kind) != f.kind, "an accepted favourite is of a known kind");
        require(!f.contentId.isEmpty() && !f.savedText.trimmed().isEmpty(), "an accepted favourite is complete");
        require(f.createdAt.isValid(), "an accepted favourite has a valid date");
        accepted.append(f);
    }
    // What is accepted exports and reads back the same.
    const auto again = FavouritesExchange::readEntries(FavouritesExchange::toJson(accepted), &problem);
    require(again.has_value(), "an export of accepted favourites can be read");
    require(again->size() == accepted.size(), "an export keeps every favourite");
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        const Favourite &before = accepted.at(i);
        const FavouritesExchange::Entry &after = again->at(i);
        require(after.problem.isEmpty(), "an exported favourite is accepted again");
        require(after.favourite.kind == before.kind && after.favourite.contentId == before.contentId
                    && after.favourite.savedText == before.savedText && after.favourite.section == before.section
                    && after.favourite.note == before.note,
                "an exported favourite reads back the same words");
        require(after.favourite.createdAt == before.createdAt, "an exported favourite keeps its date");
    }
}

void FuzzEntries::backup(QByteArrayView input)
{
    QString problem;
    const auto contents = BackupReader::read(input.toByteArray(), &problem);
    if (!contents) {
        require(!problem.isEmpty(), "a refused backup says why");
        return;
    }
    require(contents->version == BackupReader::formatVersion, "an accepted backup is of the known format");
    require(contents->schemaVersion >= 1 && contents->schemaVersion <= Database::schemaVersion,
            "an accepted backup is of a known schema");
    // Every row as the restore binds it: known columns only (they are put
    // into SQL by name), each once, each value of its column's kind.
    for (const BackupSchema::Table &table : BackupSchema::tables(Database::schemaVersion)) {
        const bool all = BackupReader::forEachRow(*contents, table.name, [&](const QStringList &columns,
                                                                              const QVariantList &values) {
            require(columns.size() == values.size(), "a row has a value for each column");
            QSet<QString> seen;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const BackupSchema::Column *column = table.column(columns.at(i));
                require(column != nullptr, "a row's column is one of its table's");
                require(!seen.contains(columns.at(i)), "a row names each column once");
                seen.insert(columns.at(i));
                const QMetaType type = values.at(i).metaType();
                if (column->type == BackupSchema::Column::Type::Integer && !values.at(i).isNull())
                    require(type == QMetaType::fromType<qint64>(), "an integer column gets an integer");
                else
                    require(type == QMetaType::fromType<QString>(), "a text column (or a null) gets text");
                require(!values.at(i).isNull() || column->nullable, "a null goes only where null may");
            }
            return true;
        });
        require(all, "every row is taken");
    }
}

void FuzzEntries::packs(QByteArrayView input)
{
    static const QSet<QString> sections = [] {
        QSet<QString> ids;
        for (const GuideSection &section : builtInContent().sections())
            ids.insert(section.id);
        return ids;
    }();
    ContentErrors errors;
    const auto pack = PackReader::read(input.toByteArray(), u"fuzz.json"_s, sections, errors);
    if (!pack) {
        require(!errors.isEmpty(), "a refused pack says why");
        require(errors.size() <= PackReader::maxErrors + 16, "a refused pack lists a bounded number of problems");
        for (const ContentError &error : errors) {
            require(error.file == "fuzz.json"_L1, "every error names the file it was given");
            require(!error.message.isEmpty(), "every error says what is wrong");
        }
        return;
    }
    require(errors.isEmpty(), "an accepted pack has no errors");
    require(!pack->cards.isEmpty() && pack->cards.size() <= PackReader::maxCards, "an accepted pack has 1 to max cards");
    QSet<QString> ids;
    for (const Card &card : pack->cards) {
        require(CardRules::check(card, &sections).isEmpty(), "an accepted card follows the card rules");
        require(!card.id.isEmpty() && !card.id.contains(u'.'), "a pack's card id is local, without a dot");
        require(!ids.contains(card.id), "card ids are unique in a pack");
        ids.insert(card.id);
    }
    // The deck it becomes exports and reads back the same, card for card.
    const StoredDeck deck = PackImport::toStoredDeck(*pack);
    require(deck.deck.id == u"pack."_s + pack->id, "a pack's deck is namespaced");
    const auto again = PackReader::read(PackExport::toJson(deck), u"again.json"_s, sections, errors);
    require(again.has_value(), "an exported pack reads back");
    require(again->id == pack->id && again->deck.title == pack->deck.title
                && again->deck.description == pack->deck.description && again->deck.mood == pack->deck.mood,
            "an exported pack keeps its id and fields");
    require(again->cards.size() == pack->cards.size(), "an exported pack keeps every card");
    for (qsizetype i = 0; i < pack->cards.size(); ++i) {
        const Card &a = pack->cards.at(i);
        const Card &b = again->cards.at(i);
        require(a.id == b.id && a.section == b.section && a.depth == b.depth && a.kind == b.kind
                    && a.answeredBy == b.answeredBy && a.text == b.text && a.followUps == b.followUps
                    && a.listenerHint == b.listenerHint && a.arrival == b.arrival,
                "an exported card reads back the same, in its place");
    }
}

std::span<const FuzzEntries::Target> FuzzEntries::targets()
{
    static constexpr std::array<Target, 5> all = {{
        {"content", &FuzzEntries::content},
        {"coach", &FuzzEntries::coach},
        {"favourites", &FuzzEntries::favourites},
        {"backup", &FuzzEntries::backup},
        {"packs", &FuzzEntries::packs},
    }};
    return all;
}
