// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "jsonkind.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}
} // namespace

JsonObjectReader::JsonObjectReader(QString file, QString path, QJsonObject object,
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
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    if (!value.isString()) {
        fail(key, u"must be text, not "_s + jsonKindOf(value));
        return {};
    }
    if (isBlank(value.toString())) {
        fail(key, u"must not be empty"_s);
        return {};
    }
    return value.toString().trimmed();
}

QString JsonObjectReader::optionalString(const QString &key)
{
    if (!m_object.contains(key))
        return {};
    return requiredString(key);
}

QString JsonObjectReader::requiredId(const QString &key)
{
    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    QString id = requiredString(key);
    if (!id.isEmpty() && !idPattern.match(id).hasMatch()) {
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
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return min;
    }
    // Whole and within [min, max] before it becomes an int: converting a
    // double beyond int's range (3.9e16) is undefined behaviour.
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number) {
        fail(key, u"must be a whole number, not "_s + jsonKindOf(value));
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
    if (!m_object.contains(key))
        return std::nullopt;
    return requiredInt(key, min, max);
}

bool JsonObjectReader::requiredBool(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return false;
    }
    if (!value.isBool()) {
        fail(key, u"must be true or false, not "_s + jsonKindOf(value));
        return false;
    }
    return value.toBool();
}

QString JsonObjectReader::countRule(qsizetype minCount, qsizetype maxCount)
{
    if (maxCount == minCount)
        return u"exactly %1"_s.arg(minCount);
    if (maxCount < 0)
        return u"at least %1"_s.arg(minCount);
    return u"from %1 to %2"_s.arg(minCount).arg(maxCount);
}

QStringList JsonObjectReader::stringList(const QString &key, qsizetype minCount, qsizetype maxCount)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, u"must be a list of texts, not "_s + jsonKindOf(value));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minCount || (maxCount >= 0 && array.size() > maxCount)) {
        fail(key, u"must have %1 entries, not %2"_s.arg(countRule(minCount, maxCount)).arg(array.size()));
        return {};
    }
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isString()) {
            fail(where, u"must be text, not "_s + jsonKindOf(array.at(i)));
        } else if (isBlank(array.at(i).toString())) {
            fail(where, u"must not be empty"_s);
        } else {
            result.append(array.at(i).toString().trimmed());
        }
    }
    return result;
}

QStringList JsonObjectReader::requiredStringList(const QString &key, qsizetype minCount,
                                                 qsizetype maxCount)
{
    if (!m_object.contains(key)) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    return stringList(key, minCount, maxCount);
}

QStringList JsonObjectReader::optionalStringList(const QString &key, qsizetype minCount,
                                                 qsizetype maxCount)
{
    if (!m_object.contains(key))
        return {};
    return stringList(key, minCount, maxCount);
}

QList<JsonObjectReader> JsonObjectReader::requiredObjectList(const QString &key, qsizetype minCount,
                                                             qsizetype maxCount)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return {};
    }
    if (!value.isArray()) {
        fail(key, u"must be a list, not "_s + jsonKindOf(value));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() < minCount || (maxCount >= 0 && array.size() > maxCount)) {
        fail(key, u"must have %1 entries, not %2"_s.arg(countRule(minCount, maxCount)).arg(array.size()));
        return {};
    }
    QList<JsonObjectReader> readers;
    readers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            // The list stays usable: only this entry is reported and left out.
            m_errors->append({m_file, pathOf(where), u"must be an object, not "_s + jsonKindOf(array.at(i))});
            continue;
        }
        readers.append(JsonObjectReader(m_file, pathOf(where), array.at(i).toObject(), m_errors));
    }
    return readers;
}

std::optional<JsonObjectReader> JsonObjectReader::requiredObject(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is required but missing"_s);
        return std::nullopt;
    }
    if (!value.isObject()) {
        fail(key, u"must be an object, not "_s + jsonKindOf(value));
        return std::nullopt;
    }
    return JsonObjectReader(m_file, pathOf(key), value.toObject(), m_errors);
}

std::optional<JsonObjectReader> JsonObjectReader::optionalObject(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return requiredObject(key);
}

void JsonObjectReader::rejectUnknownFields(std::initializer_list<QLatin1StringView> known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            fail(it.key(), u"is not a known field (is it misspelt?)"_s);
    }
}
