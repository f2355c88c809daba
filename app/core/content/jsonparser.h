// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocument.h"
#include "storage/importchecks.h"

#include <QByteArray>
#include <QJsonParseError>

#include <optional>

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
    // The same, counting objects, lists and values against `limits` as it
    // goes and stopping at the first one gone beyond, so that a hostile file
    // costs bounded memory without a pass of its own over the text (that pass
    // was a sixth of loading 100,000 cards). `tooComplex` then says which in
    // ImportChecks' words, and the document is undefined.
    [[nodiscard]] static JsonDocument parse(const QByteArray &json, const ImportChecks::JsonLimits &limits,
                                            QString *tooComplex, QJsonParseError *error = nullptr);

private:
    explicit JsonParser(const QByteArray &json, const ImportChecks::JsonLimits *limits);
    [[nodiscard]] JsonDocument run(QJsonParseError *error);

    [[nodiscard]] bool parseDocument();
    [[nodiscard]] bool parseObject();
    [[nodiscard]] bool parseArray();
    [[nodiscard]] bool parseValue();
    [[nodiscard]] bool parseWord(const char *rest, qsizetype restSize, JsonNode node);
    [[nodiscard]] bool parseNumber();
    [[nodiscard]] bool parseString();
    [[nodiscard]] bool scanEscape(bool first);
    [[nodiscard]] bool enter();
    [[nodiscard]] bool countValue();
    [[nodiscard]] bool exceed(ImportChecks::JsonLimit limit);

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
    const ImportChecks::JsonLimits *m_limits; // none: only maxNesting
    qint64 m_containers = 0;
    qint64 m_values = 0;
    std::optional<ImportChecks::JsonLimit> m_exceeded;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qsizetype m_errorOffset = 0;
};
