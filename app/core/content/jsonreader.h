// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "jsondocument.h"

#include <QStringList>

#include <initializer_list>
#include <optional>

// Reads one JSON object of a content file field by field. Every problem becomes
// a ContentError naming the file and the field's JSON path; the reader remembers
// whether anything failed so the caller can skip just that item. The object's
// JsonDocument must outlive the reader.
class JsonObjectReader
{
public:
    JsonObjectReader(QString file, QString path, JsonValue object, ContentErrors *errors);

    [[nodiscard]] QString requiredString(const QString &key);
    [[nodiscard]] QString optionalString(const QString &key);
    // A stable id: lowercase letters, digits and single hyphens.
    [[nodiscard]] QString requiredId(const QString &key);
    // A string that must be one of `allowed`.
    [[nodiscard]] QString requiredChoice(const QString &key, const QStringList &allowed);
    [[nodiscard]] int requiredInt(const QString &key, int min, int max);
    [[nodiscard]] std::optional<int> optionalInt(const QString &key, int min, int max);
    [[nodiscard]] bool requiredBool(const QString &key);
    [[nodiscard]] QStringList requiredStringList(const QString &key, qsizetype minCount = 1,
                                                 qsizetype maxCount = -1);
    [[nodiscard]] QStringList optionalStringList(const QString &key, qsizetype minCount = 1,
                                                 qsizetype maxCount = -1);
    // The objects of an array field, each with its own reader ("cards[3]").
    [[nodiscard]] QList<JsonObjectReader> requiredObjectList(const QString &key,
                                                             qsizetype minCount = 1,
                                                             qsizetype maxCount = -1);
    [[nodiscard]] std::optional<JsonObjectReader> requiredObject(const QString &key);
    [[nodiscard]] std::optional<JsonObjectReader> optionalObject(const QString &key);

    // Reports every field not in `known`, so a misspelt field name never passes silently.
    void rejectUnknownFields(std::initializer_list<QLatin1StringView> known);

    // Adds an error about this object or one of its fields.
    void fail(const QString &key, const QString &message);

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString pathOf(const QString &key) const;
    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] bool contains(const QString &key) const { return !value(key).isUndefined(); }
    // A field as it is, for a rule that reads it its own way (undefined when missing).
    [[nodiscard]] JsonValue value(const QString &key) const { return m_object.value(key); }

private:
    [[nodiscard]] QString stringOf(const QString &key, const JsonValue &entry);
    [[nodiscard]] QStringList stringList(const QString &key, const JsonValue &array, qsizetype minCount,
                                         qsizetype maxCount);
    [[nodiscard]] static QString countRule(qsizetype minCount, qsizetype maxCount);

    QString m_file;
    QString m_path;
    // Looked up by comparing its few keys in place: no copies, no index.
    JsonValue m_object;
    ContentErrors *m_errors;
    bool m_failed = false;
};
