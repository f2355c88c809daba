// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

char16_t escaped(char letter)
{
    switch (letter) {
    case 'b': return u'\b';
    case 'f': return u'\f';
    case 'n': return u'\n';
    case 'r': return u'\r';
    case 't': return u'\t';
    default: return char16_t(letter); // '"', '\\' and '/' stand for themselves
    }
}

char16_t hexUnit(const char *digits)
{
    char16_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = digits[i];
        unit = char16_t(unit << 4);
        unit |= char16_t(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return unit;
}

// A string the parser checked, escapes and all. \uXXXX gives one UTF-16 unit,
// so that a pair of them is one character and half a pair stays half, as in Qt.
QString decodeEscaped(QByteArrayView text)
{
    QString result;
    result.reserve(text.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\')
            continue;
        result += QString::fromUtf8(text.sliced(runStart, i - runStart));
        const char letter = text[++i];
        if (letter == 'u') {
            result += QChar(hexUnit(text.data() + i + 1));
            i += 4;
        } else {
            result += QChar(escaped(letter));
        }
        runStart = i + 1;
    }
    result += QString::fromUtf8(text.sliced(runStart));
    return result;
}

} // namespace

JsonValue JsonDocument::root() const &
{
    return m_nodes.empty() ? JsonValue() : JsonValue(this, 0);
}

QString JsonValue::toString() const
{
    if (!isString())
        return {};
    if (node().flags & JsonNode::Escaped)
        return decodeEscaped(bytes());
    // Latin-1 is ASCII's faster twin for text that is ASCII.
    if (node().flags & JsonNode::AsciiText)
        return QString::fromLatin1(bytes());
    return QString::fromUtf8(bytes());
}

JsonValue JsonValue::value(QStringView key) const
{
    if (!isObject())
        return {};
    // Members are key, value, key, value… up to the object's end.
    const std::vector<JsonNode> &nodes = m_document->m_nodes;
    const quint32 end = node().children.end;
    quint32 found = 0;
    for (quint32 at = m_index + 1; at < end;) {
        if (JsonValue(m_document, at).equals(key))
            found = at + 1; // and on: the last of two same keys counts
        const JsonNode &value = nodes[at + 1];
        at = value.isContainer() ? value.children.end : at + 2;
    }
    return found ? JsonValue(m_document, found) : JsonValue();
}

QJsonValue JsonValue::toQJsonValue() const
{
    switch (type()) {
    case QJsonValue::Null: return QJsonValue(QJsonValue::Null);
    case QJsonValue::Bool: return toBool();
    case QJsonValue::String: return toString();
    case QJsonValue::Double: {
        // Qt keeps a whole number within 64 bits as an integer.
        const double number = toDouble();
        constexpr double limit = 9223372036854775808.0; // 2^63
        if (std::trunc(number) == number && number >= -limit && number < limit)
            return qint64(number);
        return number;
    }
    case QJsonValue::Array: {
        QJsonArray array;
        for (const JsonValue item : *this)
            array.append(item.toQJsonValue());
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object;
        for (auto member = begin(); member != end(); ++member)
            object.insert(member.key().toString(), member.value().toQJsonValue());
        return object;
    }
    case QJsonValue::Undefined: break;
    }
    return QJsonValue(QJsonValue::Undefined);
}
