// SPDX-License-Identifier: GPL-3.0-or-later
#include "importchecks.h"

#include "boundedfile.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

std::optional<qint64> ImportChecks::exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) > double(maxExactInteger) || std::trunc(number) != number)
        return std::nullopt;
    // Safe now: |number| <= 2^53. A literal such as 9007199254740993 is kept
    // by Qt as an integer that the double above rounded; compare both.
    const auto integer = qint64(number);
    if (value.toInteger(integer + 1) != integer)
        return std::nullopt;
    return integer;
}

qint64 ImportChecks::utf8Size(QStringView text)
{
    qint64 size = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            size += 1;
        else if (unit < 0x800 || QChar::isSurrogate(unit))
            size += 2; // a surrogate pair is 4 bytes, 2 per half
        else
            size += 3;
    }
    return size;
}

QString ImportChecks::quoted(const QString &name)
{
    constexpr qsizetype shown = 60;
    QString cut = name.left(shown);
    // Line breaks and other control characters would break the message's line.
    for (QChar &c : cut) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'\uFFFD';
    }
    return u'"' + cut + (name.size() > shown ? u"…\""_s : u"\""_s);
}

QString ImportChecks::tooComplexToParse(QByteArrayView json)
{
    const JsonLimits limits;
    qint64 containers = 0;
    qint64 values = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // whatever is escaped, it neither ends the string nor counts
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++containers;
            ++values;
            break;
        case ',':
            ++values;
            break;
        default:
            break;
        }
        if (containers > limits.containers)
            return tooComplexMessage(JsonLimit::Containers, limits);
        if (values > limits.values)
            return tooComplexMessage(JsonLimit::Values, limits);
    }
    return {};
}

QString ImportChecks::tooComplexMessage(JsonLimit exceeded, const JsonLimits &limits)
{
    switch (exceeded) {
    case JsonLimit::Containers:
        return u"holds more than %1 objects and lists, more than Hearth reads"_s.arg(limits.containers);
    case JsonLimit::Values:
        return u"holds more than %1 values, more than Hearth reads"_s.arg(limits.values);
    case JsonLimit::Depth:
        break;
    }
    return u"nests lists and objects deeper than %1 levels, deeper than this kind of file ever does"_s.arg(limits.depth);
}

std::optional<QJsonObject> ImportChecks::parseImport(const QByteArray &json, const QString &format,
                                                     const QString &what, QString *problem)
{
    if (json.size() > maxFileBytes) {
        *problem = u"is larger than %1, more than any %2 holds"_s.arg(readableSize(maxFileBytes), what);
        return std::nullopt;
    }
    if (const QString tooComplex = tooComplexToParse(json); !tooComplex.isEmpty()) {
        *problem = tooComplex;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s) != QJsonValue(format)) {
        *problem = u"is not a %1 (it has no \"format\": \"%2\")"_s.arg(what, format);
        return std::nullopt;
    }
    return root;
}
