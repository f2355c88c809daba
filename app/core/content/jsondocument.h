// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <vector>

class JsonValue;

// One value of a parsed document, in document order: a container is followed
// by its items (an object's as key, value, key, value…), so a document is a
// flat array and reading it allocates nothing per value. Strings stay bytes of
// the text until they are read.
struct JsonNode
{
    enum Flag : quint8 {
        AsciiText = 1, // a string of ASCII without escapes: its bytes are its characters
        Escaped = 2,   // a string with at least one escape, decoded when read
    };
    struct Span
    {
        quint32 begin; // the first byte after the opening quote
        quint32 size;  // bytes up to the closing quote
    };
    struct Children
    {
        quint32 end;   // the index just past the last descendant
        quint32 count; // items, or members of an object
    };

    [[nodiscard]] bool isContainer() const { return type == QJsonValue::Array || type == QJsonValue::Object; }

    QJsonValue::Type type = QJsonValue::Null;
    quint8 flags = 0;
    union {
        Span text;
        Children children;
        double number;
        bool boolean;
    };
};

// A parsed JSON text (JsonParser makes it): its bytes and its nodes.
class JsonDocument
{
public:
    // Undefined for a document that did not parse. Values point into the
    // document, so none is taken from a temporary one.
    [[nodiscard]] JsonValue root() const &;
    JsonValue root() const && = delete;

private:
    friend class JsonValue;
    friend class JsonParser;

    QByteArray m_text; // shared with the caller's bytes, not copied
    std::vector<JsonNode> m_nodes;
};

// A value in a JsonDocument, which must outlive it. Reads like QJsonValue;
// a missing field is undefined.
class JsonValue
{
public:
    JsonValue() = default;

    [[nodiscard]] QJsonValue::Type type() const { return m_document ? node().type : QJsonValue::Undefined; }
    [[nodiscard]] bool isUndefined() const { return type() == QJsonValue::Undefined; }
    [[nodiscard]] bool isNull() const { return type() == QJsonValue::Null; }
    [[nodiscard]] bool isBool() const { return type() == QJsonValue::Bool; }
    [[nodiscard]] bool isDouble() const { return type() == QJsonValue::Double; }
    [[nodiscard]] bool isString() const { return type() == QJsonValue::String; }
    [[nodiscard]] bool isArray() const { return type() == QJsonValue::Array; }
    [[nodiscard]] bool isObject() const { return type() == QJsonValue::Object; }

    [[nodiscard]] bool toBool() const { return isBool() && node().boolean; }
    // Every number is a double, as QJsonValue::toDouble() gives it.
    [[nodiscard]] double toDouble() const { return isDouble() ? node().number : 0.0; }
    [[nodiscard]] QString toString() const;
    // Whether this is a string equal to `text`; plain ASCII is compared in
    // place (inline: every field of every card is looked up this way).
    template<typename Text>
    [[nodiscard]] bool equals(Text text) const
    {
        if (!isString())
            return false;
        if (!(node().flags & JsonNode::AsciiText))
            return toString() == text;
        const QByteArrayView ascii = bytes();
        if (ascii.size() != text.size())
            return false;
        for (qsizetype i = 0; i < ascii.size(); ++i) {
            if (char16_t(uchar(ascii[i])) != char16_t(text[i].unicode()))
                return false;
        }
        return true;
    }

    // Items of an array, members of an object.
    [[nodiscard]] qsizetype size() const { return isContainer() ? qsizetype(node().children.count) : 0; }
    // An object's field; undefined when missing or not an object. Of two
    // fields with one name the last counts, as in QJsonObject.
    [[nodiscard]] JsonValue value(QStringView key) const;

    // Walks an array's items, or an object's members as key and value.
    // Inline, as reading a pack walks every card's fields a dozen times.
    class Iterator
    {
    public:
        [[nodiscard]] JsonValue operator*() const { return {m_document, m_index}; }
        [[nodiscard]] JsonValue key() const { return {m_document, m_index}; }
        [[nodiscard]] JsonValue value() const { return {m_document, m_index + 1}; }
        Iterator &operator++()
        {
            m_index = JsonValue(m_document, m_members ? m_index + 1 : m_index).next();
            return *this;
        }
        [[nodiscard]] bool operator==(const Iterator &other) const { return m_index == other.m_index; }

    private:
        friend class JsonValue;
        Iterator(const JsonDocument *document, quint32 index, bool members)
            : m_document(document), m_index(index), m_members(members)
        {
        }
        const JsonDocument *m_document;
        quint32 m_index;
        bool m_members;
    };
    [[nodiscard]] Iterator begin() const { return {m_document, isContainer() ? m_index + 1 : m_index, isObject()}; }
    [[nodiscard]] Iterator end() const { return {m_document, isContainer() ? next() : m_index, isObject()}; }

    // The same value as Qt's classes, for code that keeps QJsonObjects.
    [[nodiscard]] QJsonValue toQJsonValue() const;

private:
    friend class JsonDocument;
    JsonValue(const JsonDocument *document, quint32 index) : m_document(document), m_index(index) {}
    [[nodiscard]] const JsonNode &node() const { return m_document->m_nodes[m_index]; }
    [[nodiscard]] bool isContainer() const { return m_document && node().isContainer(); }
    // The index just past this value and everything in it.
    [[nodiscard]] quint32 next() const { return node().isContainer() ? node().children.end : m_index + 1; }
    [[nodiscard]] QByteArrayView bytes() const
    {
        return QByteArrayView(m_document->m_text.constData() + node().text.begin, node().text.size);
    }

    const JsonDocument *m_document = nullptr;
    quint32 m_index = 0;
};
