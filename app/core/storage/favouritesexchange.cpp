// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesexchange.h"

#include "database.h"
#include "draftstore.h"
#include "favouritesstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {
const QString jsonFormat = u"hearth-favourites"_s;
constexpr int jsonVersion = 1;
const QStringList kinds = {u"card"_s, u"journal"_s, u"drill"_s, u"ritual"_s, u"escalating"_s,
                           DraftStore::favouriteKind()};
} // namespace

bool FavouritesExchange::isOwnWords(const QString &kind)
{
    return kind == DraftStore::favouriteKind();
}

QString FavouritesExchange::kindLabel(const QString &kind)
{
    if (kind == "card"_L1)
        return QCoreApplication::translate("Favourites", "Conversation card");
    if (kind == "journal"_L1)
        return QCoreApplication::translate("Favourites", "Journal prompt");
    if (kind == "drill"_L1)
        return QCoreApplication::translate("Favourites", "Rewrite drill");
    if (kind == "ritual"_L1)
        return QCoreApplication::translate("Favourites", "Ritual");
    if (kind == "escalating"_L1)
        return QCoreApplication::translate("Favourites", "Deepening question");
    if (isOwnWords(kind))
        return QCoreApplication::translate("Favourites", "Your own words");
    return kind;
}

QByteArray FavouritesExchange::toMarkdown(const QList<Favourite> &favourites,
                                          const QHash<QString, QString> &sectionTitles)
{
    // Grouped by the guide's sections, in the guide's own order where known.
    QMap<QString, QList<Favourite>> bySection;
    for (const Favourite &f : favourites)
        bySection[f.section].append(f);

    QString text = u"# My Hearth favourites\n\n"_s;
    const QString date = QLocale(QLocale::English).toString(QDate::currentDate(), u"d MMMM yyyy"_s);
    const QString count = favourites.size() == 1 ? u"One prompt"_s : u"%1 prompts"_s.arg(favourites.size());
    text += u"Saved on %1. %2.\n"_s.arg(date, count);
    for (auto it = bySection.cbegin(); it != bySection.cend(); ++it) {
        const QString title = sectionTitles.value(it.key(), it.key().isEmpty() ? u"Other"_s : it.key());
        text += u"\n## "_s + title + u"\n\n"_s;
        for (const Favourite &f : it.value()) {
            text += u"- **"_s + kindLabel(f.kind) + u":** "_s + QString(f.savedText).replace(u'\n', u' ') + u'\n';
            if (!f.note.isEmpty())
                text += u"  - *My note:* "_s + QString(f.note).replace(u'\n', u' ') + u'\n';
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(QCoreApplication::translate("Favourites", "This file is not valid JSON (%1).")
                                 .arg(parseError.errorString()));
        return result;
    }
    if (root.value(u"format"_s).toString() != jsonFormat) {
        result.errors.append(QCoreApplication::translate("Favourites", "This file is not a Hearth favourites export."));
        return result;
    }
    if (root.value(u"version"_s).toInt() > jsonVersion) {
        result.errors.append(QCoreApplication::translate("Favourites", "This file comes from a newer Hearth."));
        return result;
    }
    const QJsonArray items = root.value(u"favourites"_s).toArray();
    const bool committed = database.transaction([&] {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            Favourite f;
            f.kind = item.value(u"kind"_s).toString();
            f.contentId = item.value(u"contentId"_s).toString();
            f.savedText = item.value(u"text"_s).toString();
            f.section = item.value(u"section"_s).toString();
            f.note = item.value(u"note"_s).toString();
            f.createdAt = QDateTime::fromString(item.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
            if (!kinds.contains(f.kind) || f.contentId.isEmpty() || f.savedText.trimmed().isEmpty()) {
                result.errors.append(QCoreApplication::translate("Favourites", "Entry %1 is incomplete and was left out.")
                                         .arg(i + 1));
                continue;
            }
            if (!f.createdAt.isValid())
                f.createdAt = QDateTime::currentDateTimeUtc();
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
        result.errors.append(QCoreApplication::translate("Favourites", "Nothing was imported: %1").arg(store.lastError()));
    }
    return result;
}
