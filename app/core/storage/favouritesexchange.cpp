// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesexchange.h"

#include "boundedfile.h"
#include "content/jsonkind.h"
#include "database.h"
#include "draftstore.h"
#include "favouritesstore.h"
#include "importchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString jsonFormat = u"hearth-favourites"_s;
constexpr int jsonVersion = 1;
const QStringList kinds = {u"card"_s, u"journal"_s, u"drill"_s, u"ritual"_s, u"escalating"_s,
                           DraftStore::favouriteKind()};

// Sentences for people, translated in the "Favourites" context (lupdate reads FavouritesText::tr).
struct FavouritesText
{
    Q_DECLARE_TR_FUNCTIONS(Favourites)
};

// A text field of an entry: absent is empty; anything but text, or too long, is a problem.
QString textField(const QJsonObject &item, const QString &key, QString *problem)
{
    const QJsonValue value = item.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        *problem = FavouritesText::tr("\"%1\" must be text, not %2").arg(key, jsonKindOf(value));
        return {};
    }
    QString text = value.toString();
    if (ImportChecks::utf8Size(text) > ImportChecks::maxTextBytes) {
        *problem = FavouritesText::tr("\"%1\" is longer than 1 MB").arg(key);
        return {};
    }
    return text;
}

FavouritesExchange::Entry readEntry(const QJsonValue &value, qsizetype index)
{
    FavouritesExchange::Entry entry;
    const QString where = FavouritesText::tr("Entry %1").arg(index + 1);
    if (!value.isObject()) {
        entry.problem = FavouritesText::tr("%1 is not an object and was left out.").arg(where);
        return entry;
    }
    const QJsonObject item = value.toObject();
    Favourite &f = entry.favourite;
    QString problem;
    f.kind = textField(item, u"kind"_s, &problem);
    f.contentId = textField(item, u"contentId"_s, &problem);
    f.savedText = textField(item, u"text"_s, &problem);
    f.section = textField(item, u"section"_s, &problem);
    f.note = textField(item, u"note"_s, &problem);
    const QString createdAt = textField(item, u"createdAt"_s, &problem);
    if (!problem.isEmpty()) {
        entry.problem = FavouritesText::tr("%1: %2; it was left out.").arg(where, problem);
        return entry;
    }
    if (!kinds.contains(f.kind) || f.contentId.isEmpty() || f.savedText.trimmed().isEmpty()) {
        entry.problem = FavouritesText::tr("%1 is incomplete and was left out.").arg(where);
        return entry;
    }
    // Kept in UTC, as toJson() writes it; a date whose UTC year is not 1 to
    // 9999 (9999-12-31T23:59-14:00) has no ISO form to write back, so it is
    // treated as no date at all.
    f.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs).toUTC();
    if (!f.createdAt.isValid() || f.createdAt.date().year() < 1 || f.createdAt.date().year() > 9999)
        f.createdAt = QDateTime::currentDateTimeUtc();
    return entry;
}

} // namespace

std::optional<QList<FavouritesExchange::Entry>> FavouritesExchange::readEntries(const QByteArray &json,
                                                                                QString *problem)
{
    QString unreadable;
    const auto parsed = ImportChecks::parseImport(json, jsonFormat, u"Hearth favourites export"_s, &unreadable);
    if (!parsed) {
        *problem = FavouritesText::tr("This file %1.").arg(unreadable);
        return std::nullopt;
    }
    const QJsonObject &root = *parsed;
    const auto version = ImportChecks::exactInteger(root.value(u"version"_s));
    if (!version || *version < 1) {
        *problem = FavouritesText::tr("This file has no valid version, so it is not a favourites export Hearth can read.");
        return std::nullopt;
    }
    if (*version > jsonVersion) {
        *problem = FavouritesText::tr("This file comes from a newer Hearth.");
        return std::nullopt;
    }
    const QJsonValue list = root.value(u"favourites"_s);
    if (!list.isArray()) {
        *problem = FavouritesText::tr("This file has no list of favourites.");
        return std::nullopt;
    }
    const QJsonArray items = list.toArray();
    QList<Entry> entries;
    entries.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        entries.append(readEntry(items.at(i), i));
    return entries;
}

bool FavouritesExchange::isOwnWords(const QString &kind)
{
    return kind == DraftStore::favouriteKind();
}

QString FavouritesExchange::kindLabel(const QString &kind)
{
    if (kind == "card"_L1)
        return FavouritesText::tr("Conversation card");
    if (kind == "journal"_L1)
        return FavouritesText::tr("Journal prompt");
    if (kind == "drill"_L1)
        return FavouritesText::tr("Rewrite drill");
    if (kind == "ritual"_L1)
        return FavouritesText::tr("Ritual");
    if (kind == "escalating"_L1)
        return FavouritesText::tr("Deepening question");
    if (isOwnWords(kind))
        return FavouritesText::tr("Your own words");
    return kind;
}

FavouritesExchange::SectionOrder::SectionOrder(const QList<GuideSection> &sections)
{
    for (const GuideSection &section : sections)
        m_idsAndTitles.append({section.id, section.title});
}

FavouritesExchange::SectionOrder::SectionOrder(const QHash<QString, QString> &titles)
{
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        m_idsAndTitles.append({it.key(), it.value()});
    std::sort(m_idsAndTitles.begin(), m_idsAndTitles.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
}

QByteArray FavouritesExchange::toMarkdown(const QList<Favourite> &favourites, const SectionOrder &sections)
{
    // The given sections first, in their order; any other section after them, by name.
    QList<std::pair<QString, QString>> order = sections.idsAndTitles();
    QSet<QString> known;
    for (const auto &[id, title] : std::as_const(order))
        known.insert(id);
    QStringList others;
    for (const Favourite &f : favourites) {
        if (!known.contains(f.section) && !others.contains(f.section))
            others.append(f.section);
    }
    std::sort(others.begin(), others.end(), [](const QString &a, const QString &b) {
        // The nameless section ("Other") goes last.
        return a.isEmpty() != b.isEmpty() ? b.isEmpty() : a < b;
    });
    for (const QString &id : std::as_const(others))
        order.append({id, id.isEmpty() ? FavouritesText::tr("Other") : id});

    // The person's own document, in the language Hearth speaks to them.
    QString text = u"# "_s + FavouritesText::tr("My Hearth favourites") + u"\n\n"_s;
    const QString date = QLocale().toString(QDate::currentDate(), FavouritesText::tr("d MMMM yyyy", "the date, as QDate::toString formats it"));
    text += FavouritesText::tr("Saved on %1. %n prompt(s).", nullptr, int(favourites.size())).arg(date) + u'\n';
    for (const auto &[id, title] : std::as_const(order)) {
        bool headed = false;
        for (const Favourite &f : favourites) {
            if (f.section != id)
                continue;
            if (!headed) {
                text += u"\n## "_s + title + u"\n\n"_s;
                headed = true;
            }
            text += u"- **"_s + kindLabel(f.kind) + u":** "_s + QString(f.savedText).replace(u'\n', u' ') + u'\n';
            if (!f.note.isEmpty())
                text += u"  - *"_s + FavouritesText::tr("My note:") + u"* "_s + QString(f.note).replace(u'\n', u' ') + u'\n';
        }
    }
    return text.toUtf8();
}

QByteArray FavouritesExchange::toJson(const QList<Favourite> &favourites)
{
    QJsonArray items;
    for (const Favourite &f : favourites) {
        items.append(QJsonObject{{u"kind"_s, f.kind},
                                 {u"contentId"_s, f.contentId},
                                 {u"text"_s, f.savedText},
                                 {u"section"_s, f.section},
                                 {u"note"_s, f.note},
                                 {u"createdAt"_s, f.createdAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject root{{u"format"_s, jsonFormat}, {u"version"_s, jsonVersion}, {u"favourites"_s, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

FavouritesExchange::ImportResult FavouritesExchange::importJson(const QByteArray &json, FavouritesStore &store,
                                                                Database &database)
{
    ImportResult result;
    QString problem;
    const auto entries = readEntries(json, &problem);
    if (!entries) {
        result.errors.append(problem);
        return result;
    }
    QStringList leftOut;
    const bool committed = database.transaction([&] {
        for (const Entry &entry : *entries) {
            if (!entry.problem.isEmpty()) {
                leftOut.append(entry.problem);
                continue;
            }
            Favourite f = entry.favourite;
            if (const auto existing = store.find(f.kind, f.contentId)) {
                if (existing->note.isEmpty() && !f.note.isEmpty()) {
                    if (!store.setNote(existing->id, f.note))
                        return false;
                    ++result.merged;
                } else {
                    ++result.skipped;
                }
                continue;
            }
            if (!store.add(f))
                return false;
            ++result.added;
        }
        return true;
    });
    if (!committed) {
        result = ImportResult{};
        result.errors.append(FavouritesText::tr("Nothing was imported: %1").arg(store.lastError()));
        return result;
    }
    // A file of a million broken entries must not make a message of a million sentences.
    constexpr qsizetype shown = 10;
    result.errors = leftOut.mid(0, shown);
    if (leftOut.size() > shown)
        result.errors.append(FavouritesText::tr("%1 more entries were left out too.").arg(leftOut.size() - shown));
    return result;
}

FavouritesExchange::ImportResult FavouritesExchange::importFile(const QString &path, FavouritesStore &store,
                                                                Database &database)
{
    QByteArray json;
    QString problem;
    if (!readFileBounded(path, ImportChecks::maxFileBytes, &json, &problem)) {
        ImportResult result;
        result.errors.append(FavouritesText::tr("%1 %2; nothing was imported.").arg(QDir::toNativeSeparators(path), problem));
        return result;
    }
    return importJson(json, store, database);
}
