// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparser.h"

#include <limits>

// The grammar and the order of its checks follow Qt's QJsonPrivate::Parser
// (qjsonparser.cpp), so that a broken file fails with the same error at the
// same offset as it did through QJsonDocument.

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonParser::JsonParser(const QByteArray &json, const ImportChecks::JsonLimits *limits)
    : m_begin(json.constData()), m_at(json.constData()), m_end(json.constData() + json.size()), m_limits(limits)
{
    m_document.m_text = json;
    // About one value in every dozen bytes of a content file or a pack.
    m_document.m_nodes.reserve(size_t(json.size() / 12 + 1));
}

JsonDocument JsonParser::parse(const QByteArray &json, QJsonParseError *error)
{
    return JsonParser(json, nullptr).run(error);
}

JsonDocument JsonParser::parse(const QByteArray &json, const ImportChecks::JsonLimits &limits, QString *tooComplex,
                               QJsonParseError *error)
{
    JsonParser parser(json, &limits);
    JsonDocument document = parser.run(error);
    if (parser.m_exceeded)
        *tooComplex = ImportChecks::tooComplexMessage(*parser.m_exceeded, limits);
    return document;
}

JsonDocument JsonParser::run(QJsonParseError *error)
{
    // Offsets are 32 bits in the nodes; Qt refuses such a size too.
    const bool parsed = m_end - m_begin < std::numeric_limits<qint32>::max()
        ? parseDocument()
        : fail(QJsonParseError::DocumentTooLarge);
    if (error) {
        error->error = parsed ? QJsonParseError::NoError : m_error;
        error->offset = parsed ? 0 : int(m_errorOffset);
    }
    if (!parsed)
        return {};
    return std::move(m_document);
}

bool JsonParser::fail(QJsonParseError::ParseError error)
{
    return failAt(error, m_at - m_begin);
}

bool JsonParser::failAt(QJsonParseError::ParseError error, qsizetype offset)
{
    m_error = error;
    m_errorOffset = offset;
    return false;
}

bool JsonParser::skipSpace()
{
    while (m_at < m_end && isSpace(*m_at))
        ++m_at;
    return m_at < m_end;
}

// The next structural character, taken; 0 when there is none (nothing is
// taken at the end of the text, anything else is).
char JsonParser::nextToken()
{
    if (!skipSpace())
        return 0;
    const char token = *m_at++;
    switch (token) {
    case '[': case '{': case ']': case '}': case ':': case ',': case '"':
        return token;
    default:
        return 0;
    }
}

quint32 JsonParser::openContainer(QJsonValue::Type type)
{
    JsonNode node;
    node.type = type;
    node.children = {0, 0};
    m_document.m_nodes.push_back(node);
    return quint32(m_document.m_nodes.size() - 1);
}

void JsonParser::closeContainer(quint32 index, quint32 count)
{
    m_document.m_nodes[index].children = {quint32(m_document.m_nodes.size()), count};
}

bool JsonParser::enter()
{
    if (m_limits) {
        if (++m_containers > m_limits->containers)
            return exceed(ImportChecks::JsonLimit::Containers);
        if (m_limits->depth > 0 && m_depth + 1 > m_limits->depth)
            return exceed(ImportChecks::JsonLimit::Depth);
    }
    return ++m_depth <= maxNesting || fail(QJsonParseError::DeepNesting);
}

bool JsonParser::countValue()
{
    return !m_limits || ++m_values <= m_limits->values || exceed(ImportChecks::JsonLimit::Values);
}

// Stops as an error would, so nothing more is read or kept.
bool JsonParser::exceed(ImportChecks::JsonLimit limit)
{
    m_exceeded = limit;
    return fail(QJsonParseError::DocumentTooLarge);
}

bool JsonParser::parseDocument()
{
    // A UTF-8 byte order mark is skipped, when something follows it (as Qt does).
    if (m_end - m_at > 3 && uchar(m_at[0]) == 0xEF && uchar(m_at[1]) == 0xBB && uchar(m_at[2]) == 0xBF)
        m_at += 3;
    const char token = nextToken();
    if (token == '[') {
        if (!parseArray())
            return false;
    } else if (token == '{') {
        if (!parseObject())
            return false;
    } else {
        return fail(QJsonParseError::IllegalValue);
    }
    return !skipSpace() || fail(QJsonParseError::GarbageAtEnd);
}

bool JsonParser::parseObject()
{
    if (!enter())
        return false;
    const quint32 index = openContainer(QJsonValue::Object);
    quint32 count = 0;
    char token = nextToken();
    while (token == '"') {
        if (!parseString())
            return false;
        if (nextToken() != ':')
            return fail(QJsonParseError::MissingNameSeparator);
        if (!skipSpace())
            return fail(QJsonParseError::UnterminatedObject);
        if (!parseValue())
            return false;
        ++count;
        token = nextToken();
        if (token != ',')
            break;
        token = nextToken();
        if (token == '}')
            return fail(QJsonParseError::MissingObject);
    }
    if (token != '}')
        return fail(QJsonParseError::UnterminatedObject);
    closeContainer(index, count);
    --m_depth;
    return true;
}

bool JsonParser::parseArray()
{
    if (!enter())
        return false;
    const quint32 index = openContainer(QJsonValue::Array);
    quint32 count = 0;
    if (!skipSpace())
        return fail(QJsonParseError::UnterminatedArray);
    if (*m_at == ']') {
        ++m_at;
    } else {
        while (true) {
            if (!skipSpace())
                return fail(QJsonParseError::UnterminatedArray);
            if (!parseValue())
                return false;
            ++count;
            const char token = nextToken();
            if (token == ']')
                break;
            if (token != ',')
                return fail(skipSpace() ? QJsonParseError::MissingValueSeparator
                                        : QJsonParseError::UnterminatedArray);
        }
    }
    closeContainer(index, count);
    --m_depth;
    return true;
}

bool JsonParser::parseValue()
{
    if (!countValue())
        return false;
    JsonNode node;
    switch (*m_at++) {
    case 'n':
        node.type = QJsonValue::Null;
        return parseWord("ull", 3, node);
    case 't':
        node.type = QJsonValue::Bool;
        node.boolean = true;
        return parseWord("rue", 3, node);
    case 'f':
        node.type = QJsonValue::Bool;
        node.boolean = false;
        return parseWord("alse", 4, node);
    case '"':
        return parseString();
    case '[':
        return parseArray();
    case '{':
        return parseObject();
    case ',':
        return fail(QJsonParseError::IllegalValue);
    case ']':
    case '}':
        return fail(QJsonParseError::MissingObject);
    default:
        --m_at;
        return parseNumber();
    }
}

// The rest of null, true or false; like Qt, it wants one more byte after the
// word (a document never ends in one) and stops just past the first wrong byte.
bool JsonParser::parseWord(const char *rest, qsizetype restSize, JsonNode node)
{
    if (m_end - m_at < restSize + 1)
        return fail(QJsonParseError::IllegalValue);
    for (qsizetype i = 0; i < restSize; ++i) {
        if (*m_at++ != rest[i])
            return fail(QJsonParseError::IllegalValue);
    }
    m_document.m_nodes.push_back(node);
    return true;
}
