// SPDX-License-Identifier: GPL-3.0-or-later
// JsonParser's strings and numbers: checked as they are met, kept as places
// in the text, and decoded only when read (JsonValue::toString()).
#include "jsonparser.h"

#include <array>

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The length of the UTF-8 sequence at `at` (not ASCII) when it is a whole,
// shortest encoding of a code point up to U+10FFFF that is not a surrogate,
// as Qt's decoder wants it; 0 otherwise.
int utf8SequenceLength(const uchar *at, const uchar *end)
{
    const uchar lead = *at;
    int length = 0;
    char32_t point = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        point = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        point = lead & 0x07;
    } else {
        return 0;
    }
    if (end - at < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((at[i] & 0xC0) != 0x80)
            return 0;
        point = (point << 6) | (at[i] & 0x3F);
    }
    const bool overlong = (length == 3 && point < 0x800) || (length == 4 && point < 0x10000);
    const bool surrogate = point >= 0xD800 && point <= 0xDFFF;
    return overlong || surrogate || point > 0x10FFFF ? 0 : length;
}

// Bytes that end a plain run in a string: the quote, the backslash and
// anything beyond ASCII. One look-up a byte instead of three comparisons;
// most of a string is such a run.
constexpr std::array<bool, 256> endsPlainRun = [] {
    std::array<bool, 256> table{};
    table[uchar('"')] = true;
    table[uchar('\\')] = true;
    for (int byte = 0x80; byte < 0x100; ++byte)
        table[byte] = true;
    return table;
}();

} // namespace

// From just past the opening quote to just past the closing one.
bool JsonParser::parseString()
{
    const char *const start = m_at;
    quint8 flags = JsonNode::AsciiText;
    while (m_at < m_end) {
        while (m_at < m_end && !endsPlainRun[uchar(*m_at)])
            ++m_at;
        if (m_at >= m_end)
            break;
        const char c = *m_at;
        if (c == '"')
            break;
        if (c == '\\') {
            if (!scanEscape(!(flags & JsonNode::Escaped)))
                return false;
            flags = JsonNode::Escaped;
        } else if (uchar(c) < 0x80) {
            ++m_at;
        } else {
            const int length = utf8SequenceLength(reinterpret_cast<const uchar *>(m_at),
                                                  reinterpret_cast<const uchar *>(m_end));
            if (length == 0)
                return fail(QJsonParseError::IllegalUTF8String);
            flags &= ~JsonNode::AsciiText;
            m_at += length;
        }
    }
    // Qt wants something after the closing quote, and counts a missing quote
    // one byte past the end.
    if (m_end - m_at <= 1)
        return failAt(QJsonParseError::UnterminatedString, m_at - m_begin + 1);
    JsonNode node;
    node.type = QJsonValue::String;
    node.flags = flags;
    node.text = {quint32(start - m_begin), quint32(m_at - start)};
    m_document.m_nodes.push_back(node);
    ++m_at;
    return true;
}

// An escape from its backslash on. A backslash that ends the text is an
// unterminated string when it is the string's first escape, as in Qt.
bool JsonParser::scanEscape(bool first)
{
    ++m_at;
    if (m_at >= m_end)
        return fail(first ? QJsonParseError::UnterminatedString : QJsonParseError::IllegalEscapeSequence);
    switch (*m_at++) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return true;
    case 'u':
        if (m_end - m_at < 4)
            return fail(QJsonParseError::IllegalEscapeSequence);
        for (int i = 0; i < 4; ++i, ++m_at) {
            if (!isHexDigit(*m_at))
                return fail(QJsonParseError::IllegalEscapeSequence);
        }
        return true;
    default:
        // Qt reads "\x" as "x"; JSON has no such escape.
        --m_at;
        return fail(QJsonParseError::IllegalEscapeSequence);
    }
}

// A number as Qt scans it: it also reads ".5" and "1." (QByteArray::toDouble
// decides), and a number that ends the text is an error.
bool JsonParser::parseNumber()
{
    const char *const start = m_at;
    bool wholeDigits = true; // no fraction and no exponent
    if (m_at < m_end && *m_at == '-')
        ++m_at;
    const char *const digits = m_at;
    if (m_at < m_end && *m_at == '0') {
        ++m_at;
    } else {
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    const qsizetype digitCount = m_at - digits;
    if (m_at < m_end && *m_at == '.') {
        wholeDigits = false;
        ++m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
        wholeDigits = false;
        ++m_at;
        if (m_at < m_end && (*m_at == '-' || *m_at == '+'))
            ++m_at;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at >= m_end)
        return fail(QJsonParseError::TerminationByNumber);

    double number = 0;
    if (wholeDigits && digitCount > 0 && digitCount <= 15) {
        // Exact in a double, and most numbers in a file (a card's depth).
        qint64 whole = 0;
        for (const char *at = digits; at < m_at; ++at)
            whole = whole * 10 + (*at - '0');
        number = *start == '-' ? -double(whole) : double(whole);
    } else {
        bool ok = false;
        number = QByteArray::fromRawData(start, m_at - start).toDouble(&ok);
        if (!ok)
            return fail(QJsonParseError::IllegalNumber);
    }
    JsonNode node;
    node.type = QJsonValue::Double;
    // Qt keeps a whole number as an integer, which has no -0.
    node.number = number == 0 ? 0.0 : number;
    m_document.m_nodes.push_back(node);
    return true;
}
