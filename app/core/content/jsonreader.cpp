// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsonkind.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
bool isBlank(const QString &text)
{
    return QStringView(text).trimmed().isEmpty();
}

// The text without the whitespace around it, as trimmed() gives it, copied
// only when there is whitespace to take away.
QString trimmedText(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    return trimmed.size() == text.size() ? text : trimmed.toString();
}

// ^[a-z0-9]+(-[a-z0-9]+)*$ compared character by character: a regular
// expression match per id was a large part of reading a pack.
bool isId(QStringView text)
{
    bool atStart = true; // of the id or of a part after a hyphen
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            atStart = false;
        else if (u == u'-' && !atStart)
            atStart = true;
        else
            return false;
    }
    return !atStart;
}
} // namespace

JsonObjectReader::JsonObjectReader(QString file, QString path, JsonValue object,
                                   ContentErrors *errors)
    : m_file(std::move(file)), m_path(std::move(path)), m_object(std::move(object)), m_errors(errors)
{
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonObjectReader::fail(const QString &key, const QString &message)
{
    m_failed = true;
    m_errors->append({m_file, pathOf(key), message});
}

QString JsonObjectReader::requiredString(const QString &key)
{
    return stringOf(key, value(key));
}

QString JsonObjectReader::stringOf(const QString &key, const JsonValue &entry)
{
    if (entry.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    if (!entry.isString()) {
        fail(key, u"must be text, not "_s + jsonKindOf(entry));
        return {};
    }
    // Each toString() makes a new string from the parsed document: once is enough.
    const QString text = entry.toString();
    if (isBlank(text)) {
        fail(key, u"must not be empty"_s);
        return {};
    }
    return trimmedText(text);
}

// One look-up a field, not two (contains, then the value): every card of a
// large collection reads its optional fields this way.
QString JsonObjectReader::optionalString(const QString &key)
{
    const JsonValue entry = value(key);
    return entry.isUndefined() ? QString() : stringOf(key, entry);
}

QString JsonObjectReader::requiredId(const QString &key)
{
    QString id = requiredString(key);
    if (!id.isEmpty() && !isId(id)) {
        fail(key, u"\""_s + id + u"\" is not a valid id (use lowercase letters, digits and single hyphens)"_s);
        return {};
    }
    return id;
}

QString JsonObjectReader::requiredChoice(const QString &key, const QStringList &allowed)
{
    QString value = requiredString(key);
    if (!value.isEmpty() && !allowed.contains(value)) {
        fail(key, u"\""_s + value + u"\" is not one of: "_s + allowed.join(u", "_s));
        return {};
    }
    return value;
}

int JsonObjectReader::requiredInt(const QString &key, int min, int max)
{
    const JsonValue entry = value(key);
    if (entry.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return min;
    }
    // Whole and within [min, max] before it becomes an int: converting a
    // double beyond int's range (3.9e16) is undefined behaviour.
    const double number = entry.toDouble();
    if (!entry.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        fail(key, u"must be a whole number, not "_s + jsonKindOf(entry));
        return min;
    }
    if (number < min || number > max) {
        fail(key, u"must be from %1 to %2, not %3"_s.arg(min).arg(max).arg(number));
        return min;
    }
    return static_cast<int>(number);
}

std::optional<int> JsonObjectReader::optionalInt(const QString &key, int min, int max)
{
    if (!contains(key))
        return std::nullopt;
    return requiredInt(key, min, max);
}

bool JsonObjectReader::requiredBool(const QString &key)
{
    const JsonValue entry = value(key);
    if (entry.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return false;
    }
    if (!entry.isBool()) {
        fail(key, u"must be true or false, not "_s + jsonKindOf(entry));
        return false;
    }
    return entry.toBool();
}

QString JsonObjectReader::countRule(qsizetype minCount, qsizetype maxCount)
{
    if (maxCount == minCount)
        return u"exactly %1"_s.arg(minCount);
    if (maxCount < 0)
        return u"at least %1"_s.arg(minCount);
    return u"from %1 to %2"_s.arg(minCount).arg(maxCount);
}

QStringList JsonObjectReader::stringList(const QString &key, const JsonValue &array, qsizetype minCount,
                                         qsizetype maxCount)
{
    if (!array.isArray()) {
        fail(key, u"must be a list of texts, not "_s + jsonKindOf(array));
        return {};
    }
    if (array.size() < minCount || (maxCount >= 0 && array.size() > maxCount)) {
        fail(key, u"must have %1 entries, not %2"_s.arg(countRule(minCount, maxCount)).arg(array.size()));
        return {};
    }
    QStringList result;
    result.reserve(array.size());
    // Places are spelt out only for a problem.
    const auto where = [&key](qsizetype i) -> QString { return key + u'[' + QString::number(i) + u']'; };
    qsizetype i = -1;
    for (const JsonValue item : array) {
        ++i;
        if (!item.isString()) {
            fail(where(i), u"must be text, not "_s + jsonKindOf(item));
            continue;
        }
        const QString text = item.toString();
        if (isBlank(text))
            fail(where(i), u"must not be empty"_s);
        else
            result.append(trimmedText(text));
    }
    return result;
}

QStringList JsonObjectReader::requiredStringList(const QString &key, qsizetype minCount,
                                                 qsizetype maxCount)
{
    const JsonValue array = value(key);
    if (array.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    return stringList(key, array, minCount, maxCount);
}

QStringList JsonObjectReader::optionalStringList(const QString &key, qsizetype minCount,
                                                 qsizetype maxCount)
{
    const JsonValue array = value(key);
    return array.isUndefined() ? QStringList() : stringList(key, array, minCount, maxCount);
}

QList<JsonObjectReader> JsonObjectReader::requiredObjectList(const QString &key, qsizetype minCount,
                                                             qsizetype maxCount)
{
    const JsonValue array = value(key);
    if (array.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    if (!array.isArray()) {
        fail(key, u"must be a list, not "_s + jsonKindOf(array));
        return {};
    }
    if (array.size() < minCount || (maxCount >= 0 && array.size() > maxCount)) {
        fail(key, u"must have %1 entries, not %2"_s.arg(countRule(minCount, maxCount)).arg(array.size()));
        return {};
    }
    QList<JsonObjectReader> readers;
    readers.reserve(array.size());
    const QString list = pathOf(key); // pathOf("cards[3]") is pathOf("cards") + "[3]"
    qsizetype i = 0;
    for (const JsonValue item : array) {
        const QString where = list + u'[' + QString::number(i++) + u']';
        if (!item.isObject()) {
            // The list stays usable: only this entry is reported and left out.
            m_errors->append({m_file, where, u"must be an object, not "_s + jsonKindOf(item)});
            continue;
        }
        readers.append(JsonObjectReader(m_file, where, item, m_errors));
    }
    return readers;
}

std::optional<JsonObjectReader> JsonObjectReader::requiredObject(const QString &key)
{
    const JsonValue entry = value(key);
    if (entry.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return std::nullopt;
    }
    if (!entry.isObject()) {
        fail(key, u"must be an object, not "_s + jsonKindOf(entry));
        return std::nullopt;
    }
    return JsonObjectReader(m_file, pathOf(key), entry, m_errors);
}

std::optional<JsonObjectReader> JsonObjectReader::optionalObject(const QString &key)
{
    if (!contains(key))
        return std::nullopt;
    return requiredObject(key);
}

void JsonObjectReader::rejectUnknownFields(std::initializer_list<QLatin1StringView> known)
{
    const auto isKnown = [&known](const JsonValue &key) {
        return std::any_of(known.begin(), known.end(), [&key](QLatin1StringView name) { return key.equals(name); });
    };
    QStringList unknown;
    for (auto field = m_object.begin(); field != m_object.end(); ++field) {
        if (!isKnown(field.key()))
            unknown.append(field.key().toString());
    }
    // Told once each and in order of their names, as when a QJsonObject held them.
    if (unknown.size() > 1) {
        unknown.sort();
        unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    }
    for (const QString &key : std::as_const(unknown))
        fail(key, u"is not a known field (is it misspelt?)"_s);
}
