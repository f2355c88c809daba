// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The limits and checks every file Hearth imports (a backup, favourites)
// passes, kept in one place so they stay alike. The caps are far beyond what
// a couple ever writes; they exist so a hostile or broken file costs bounded
// time and memory.
namespace ImportChecks {

// A whole file: a backup of years of daily journaling is a few MB.
constexpr qint64 maxFileBytes = qint64(32) * 1024 * 1024;
// One text (a journal page, a note), in UTF-8: about 300 printed pages.
constexpr qint64 maxTextBytes = qint64(1) * 1024 * 1024;
// Integers beyond 2^53 cannot pass through JSON (a double) exactly.
constexpr qint64 maxExactInteger = qint64(1) << 53;
// Parsed JSON costs far more memory than its text: a 32 MB file of "[[]]"
// would take gigabytes. So the text is counted before it is parsed. A couple's
// backup after ten years holds some tens of thousands of rows.
constexpr qint64 maxJsonContainers = 100'000;  // objects and lists (a backup's rows)
constexpr qint64 maxJsonValues = 1'500'000;    // values and fields, all told

// The value as an integer when it is a JSON number that is whole and within
// ±2^53; nothing otherwise (text, a fraction, 2^60, infinity).
[[nodiscard]] std::optional<qint64> exactInteger(const QJsonValue &value);
// Bytes `text` takes in UTF-8, without converting it.
[[nodiscard]] qint64 utf8Size(QStringView text);
// A name taken from a file, quoted and cut short, safe to show in a message.
[[nodiscard]] QString quoted(const QString &name);

// The limits a JSON text is held to, and a nesting depth no file of its
// format goes beyond (0 leaves the depth to the parser's own cap). JsonParser
// counts against them as it parses; a caller may set its own (a pack of many
// cards).
struct JsonLimits
{
    qint64 containers = maxJsonContainers;
    qint64 values = maxJsonValues;
    int depth = 0;
};
// Which limit a text went beyond, and words saying so that follow the file's
// name ("holds more than 100000 objects and lists"; "nests lists and objects
// deeper than …").
enum class JsonLimit { Containers, Values, Depth };
[[nodiscard]] QString tooComplexMessage(JsonLimit exceeded, const JsonLimits &limits);
// Whether `json` goes beyond the default limits, counted in one pass over the
// text without parsing it, for text QJsonDocument is to parse (it builds the
// whole tree before anything could stop it): tooComplexMessage's words, or empty.
[[nodiscard]] QString tooComplexToParse(QByteArrayView json);

// The top-level object of a file to import, which names itself with
// "format": `format`. Its size and complexity are checked before it is
// parsed. Otherwise nothing, and `problem` says what is wrong as words that
// follow "it" or "this file" ("is not valid JSON (…)"); `what` names such a
// file in them ("Hearth backup").
[[nodiscard]] std::optional<QJsonObject> parseImport(const QByteArray &json, const QString &format,
                                                     const QString &what, QString *problem);

} // namespace ImportChecks
