// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocument.h"

#include <QByteArray>
#include <QJsonParseError>

// Parses a JSON text in one pass into a JsonDocument, by the grammar of
// QJsonDocument::fromJson and with its errors at the same offsets, so every
// message about a file stays as it was. QJsonDocument built a tree of shared,
// sorted containers and then copied each string out of it again: most of the
// time of reading a pack (issue #16).
//
// Stricter than Qt in one place: an escape that is not JSON's own ("\x") is an
// invalid escape sequence, not the letter. Like Qt it reads a half of a UTF-16
// pair ("\ud800") and control characters, so that the card rules can name the
// field that holds them. Nesting stops at maxNesting, as in Qt, so the
// recursion's stack stays small whatever the input.
class JsonParser
{
public:
    static constexpr int maxNesting = 1024;

    // The document, or one whose root() is undefined when `json` is not one
    // object or array; `error` (if given) then says why and where.
    [[nodiscard]] static JsonDocument parse(const QByteArray &json, QJsonParseError *error = nullptr);

private:
    explicit JsonParser(const QByteArray &json);

    [[nodiscard]] bool parseDocument();
    [[nodiscard]] bool parseObject();
    [[nodiscard]] bool parseArray();
    [[nodiscard]] bool parseValue();
    [[nodiscard]] bool parseWord(const char *rest, qsizetype restSize, JsonNode node);
    [[nodiscard]] bool parseNumber();
    [[nodiscard]] bool parseString();
    [[nodiscard]] bool scanEscape(bool first);
    [[nodiscard]] bool enter();

    [[nodiscard]] bool skipSpace();
    [[nodiscard]] char nextToken();
    // Always false: the error, where parsing stopped or at `offset`.
    [[nodiscard]] bool fail(QJsonParseError::ParseError error);
    [[nodiscard]] bool failAt(QJsonParseError::ParseError error, qsizetype offset);
    quint32 openContainer(QJsonValue::Type type);
    void closeContainer(quint32 index, quint32 count);

    JsonDocument m_document;
    const char *m_begin;
    const char *m_at;
    const char *m_end;
    int m_depth = 0;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qsizetype m_errorOffset = 0;
};
