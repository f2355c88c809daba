// SPDX-License-Identifier: GPL-3.0-or-later
#include "packreader.h"

#include "content/cardrules.h"
#include "content/jsonparser.h"
#include "content/jsonreader.h"
#include "storage/boundedfile.h"
#include "storage/importchecks.h"

#include <QFileInfo>
#include <QHash>
#include <QUtf8StringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A pack is at most four levels deep: the pack, its cards, a card, its follow-ups.
constexpr int maxDepth = 4;
// Each card is an object and maybe a list of follow-ups; each has about a
// dozen values. Anything beyond is not a pack.
constexpr ImportChecks::JsonLimits limits{2 * PackReader::maxCards + 16, 20 * PackReader::maxCards, maxDepth};

QString lineAndColumn(const QByteArray &data, qsizetype offset)
{
    // A string cut short is placed one byte past the end (as Qt places it).
    const QByteArrayView before = QByteArrayView(data).first(std::min(offset, data.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

// Words for what is wrong with the bytes themselves, before any JSON is read.
QString bytesProblem(const QByteArray &data)
{
    if (data.isEmpty())
        return u"is empty"_s;
    if (data.contains('\0'))
        return u"holds binary data, not text"_s;
    if (!QUtf8StringView(data).isValidUtf8())
        return u"is not UTF-8 text"_s;
    return {}; // what it holds is counted as it is parsed
}

// Remembers where each key was first seen, to name it when it comes again.
// It keeps the item's path (shared, not copied) and spells the place and
// `what` out only for a repeat: most keys come once.
class FirstPlace
{
public:
    template<typename What>
    bool claim(QString key, JsonObjectReader &item, const QString &field, What what)
    {
        const auto it = m_places.constFind(key);
        if (it == m_places.constEnd()) {
            m_places.insert(std::move(key), item.path());
            return true;
        }
        const QString &path = it.value();
        item.fail(field, what() + u" is already used at "_s + (path.isEmpty() ? field : path + u'.' + field));
        return false;
    }

private:
    QHash<QString, QString> m_places; // key → path of the item it was first seen in
};

} // namespace

std::optional<Pack> PackReader::read(const QByteArray &data, const QString &file, const QSet<QString> &sections,
                                     ContentErrors &errors)
{
    const qsizetype errorsBefore = errors.size();
    if (data.size() > maxFileBytes) {
        errors.append({file, {}, u"is larger than %1; a pack is never that large"_s.arg(readableSize(maxFileBytes))});
        return std::nullopt;
    }
    if (const QString problem = bytesProblem(data); !problem.isEmpty()) {
        errors.append({file, {}, problem});
        return std::nullopt;
    }
    QString tooComplex;
    QJsonParseError parseError;
    const JsonDocument document = JsonParser::parse(data, limits, &tooComplex, &parseError);
    if (!tooComplex.isEmpty()) {
        errors.append({file, {}, tooComplex});
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({file, lineAndColumn(data, parseError.offset),
                       u"is not valid JSON ("_s + parseError.errorString() + u"; is the file cut short?)"_s});
        return std::nullopt;
    }
    if (!document.root().isObject()) {
        errors.append({file, {}, u"must hold one JSON object, a pack"_s});
        return std::nullopt;
    }

    JsonObjectReader root(file, {}, document.root(), &errors);
    const QString fileFormat = root.requiredString(u"format"_s);
    if (!fileFormat.isEmpty() && fileFormat != format) {
        root.fail(u"format"_s, ImportChecks::quoted(fileFormat) + u" is not a pack (a pack says \"hearth-pack\")"_s);
        return std::nullopt;
    }
    const int version = root.requiredInt(u"version"_s, 1, std::numeric_limits<int>::max());
    if (root.failed())
        return std::nullopt;
    if (version > formatVersion) {
        root.fail(u"version"_s, u"is %1, newer than this Hearth understands (%2)"_s.arg(version).arg(formatVersion));
        return std::nullopt;
    }
    root.rejectUnknownFields({"format"_L1, "version"_L1, "id"_L1, "title"_L1, "description"_L1, "mood"_L1,
                              "cards"_L1});

    Pack pack;
    pack.id = root.requiredId(u"id"_s);
    pack.deck.id = pack.id;
    CardRules::readDeckFields(root, pack.deck, false);
    QList<JsonObjectReader> cardReaders = root.requiredObjectList(u"cards"_s, 1, maxCards);

    pack.cards.reserve(cardReaders.size());
    pack.deck.cardIds.reserve(cardReaders.size());
    FirstPlace ids;
    FirstPlace texts;
    for (JsonObjectReader &item : cardReaders) {
        if (errors.size() - errorsBefore >= maxErrors) {
            errors.append({file, {}, u"has more problems than these; fix these first"_s});
            return std::nullopt;
        }
        Card card = CardRules::read(item, pack.id);
        if (!card.section.isEmpty()) {
            if (const QString problem = CardRules::sectionProblem(card.section, sections); !problem.isEmpty())
                item.fail(u"section"_s, problem);
        }
        // Each card is its own, and the same words twice would feel careless.
        if (!card.id.isEmpty())
            (void)ids.claim(card.id, item, u"id"_s, [&card]() -> QString { return u"card id "_s + ImportChecks::quoted(card.id); });
        if (!card.text.isEmpty())
            (void)texts.claim(CardRules::sameTextKey(card.text), item, u"text"_s, []() -> QString { return u"the same text"_s; });
        pack.deck.cardIds.append(card.id);
        pack.cards.append(std::move(card));
    }
    // A pack with any problem is not kept at all: half a deck would surprise more than none.
    if (errors.size() > errorsBefore)
        return std::nullopt;
    return pack;
}

std::optional<Pack> PackReader::readFile(const QString &path, const QString &file, const QSet<QString> &sections,
                                         ContentErrors &errors)
{
    QByteArray data;
    QString problem;
    if (!readFileBounded(path, maxFileBytes, &data, &problem)) {
        errors.append({file, {}, problem});
        return std::nullopt;
    }
    return read(data, file, sections, errors);
}

bool PackReader::looksLikePack(const QByteArray &data)
{
    // "format" : "hearth-pack", with any spacing, wherever it is in the object.
    const QByteArrayView text(data);
    const QByteArrayView value = "\"hearth-pack\"";
    for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        qsizetype i = at - 1;
        while (i >= 0 && QChar::isSpace(uchar(text[i])))
            --i;
        if (i < 0 || text[i] != ':')
            continue;
        --i;
        while (i >= 0 && QChar::isSpace(uchar(text[i])))
            --i;
        if (text.first(i + 1).endsWith("\"format\""))
            return true;
    }
    return false;
}
