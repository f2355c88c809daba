// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupreader.h"

#include "backupschema.h"
#include "content/jsonkind.h"
#include "database.h"
#include "importchecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ImportChecks;

namespace {

const QString backupFormat = u"hearth-backup"_s;

// Sentences for people, translated in the "Backup" context (lupdate reads BackupText::tr).
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// A value from the file as it may be shown in a message: never whole if long.
QString shown(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Whole numbers in full (2^60 as 1152921504606846976), others as a double.
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9.2e18)
            return QString::number(value.toInteger());
        return QString::number(number, 'g', 17);
    }
    if (value.isString())
        return quoted(value.toString());
    return jsonKindOf(value);
}

// A version field: a whole number from 1 to `newest`.
std::optional<int> readVersion(const QJsonObject &root, const QString &key, int newest, QString *problem)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined()) {
        *problem = BackupText::tr("it has no \"%1\"").arg(key);
        return std::nullopt;
    }
    const auto number = exactInteger(value);
    if (!number || *number < 1) {
        *problem = BackupText::tr("its \"%1\" must be a whole number from 1, not %2").arg(key, shown(value));
        return std::nullopt;
    }
    if (*number > newest) {
        *problem = BackupText::tr("it comes from a newer Hearth (its \"%1\" is %2; this Hearth reads up to %3). "
                      "Update Hearth to restore it")
                       .arg(key)
                       .arg(*number)
                       .arg(newest);
        return std::nullopt;
    }
    return int(*number);
}

// Why `value` cannot go into `column`, or empty when it can.
QString valueProblem(const BackupSchema::Column &column, const QJsonValue &value)
{
    if (value.isNull())
        return column.nullable ? QString() : BackupText::tr("must not be null");
    if (column.type == BackupSchema::Column::Type::Integer) {
        if (!value.isDouble())
            return BackupText::tr("must be a whole number, not %1").arg(jsonKindOf(value));
        if (!exactInteger(value))
            return BackupText::tr("must be a whole number from -2^53 to 2^53, not %1").arg(shown(value));
        return {};
    }
    if (!value.isString())
        return BackupText::tr("must be text, not %1").arg(jsonKindOf(value));
    if (utf8Size(value.toString()) > maxTextBytes)
        return BackupText::tr("is longer than 1 MB");
    return {};
}

// A checked value, as it is bound.
QVariant bindable(const BackupSchema::Column &column, const QJsonValue &value)
{
    if (value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (column.type == BackupSchema::Column::Type::Integer)
        return QVariant(*exactInteger(value));
    return QVariant(value.toString());
}

bool checkRows(const BackupSchema::Table &table, const QJsonValue &value, QString *problem)
{
    if (!value.isArray()) {
        *problem = BackupText::tr("the table \"%1\" must be a list of rows, not %2").arg(table.name, jsonKindOf(value));
        return false;
    }
    const QJsonArray rows = value.toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString where = BackupText::tr("table \"%1\", row %2").arg(table.name).arg(r + 1);
        const QJsonValue row = rows.at(r);
        if (!row.isObject()) {
            *problem = BackupText::tr("%1 must be an object, not %2").arg(where, jsonKindOf(row));
            return false;
        }
        const QJsonObject object = row.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Column names cannot be bound in SQL, so only the schema's own names pass.
            const BackupSchema::Column *column = table.column(it.key());
            if (!column) {
                *problem = BackupText::tr("%1: %2 is not a known field").arg(where, quoted(it.key()));
                return false;
            }
            const QString wrong = valueProblem(*column, it.value());
            if (!wrong.isEmpty()) {
                *problem = BackupText::tr("%1: the field \"%2\" %3").arg(where, column->name, wrong);
                return false;
            }
        }
        for (const BackupSchema::Column &column : table.columns) {
            if (column.required && !object.contains(column.name)) {
                *problem = BackupText::tr("%1: the field \"%2\" is missing").arg(where, column.name);
                return false;
            }
        }
    }
    return true;
}

const BackupSchema::Table *findTable(const QList<BackupSchema::Table> &tables, const QString &name)
{
    for (const BackupSchema::Table &table : tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

// Before schema 3 the free-write text lived in coach_drafts as the row with
// id 0; it now has its own slot in work_in_progress.
bool isOldFreeWrite(const BackupReader::Contents &contents, const QJsonObject &draft)
{
    return contents.schemaVersion < 3 && draft.contains(u"id"_s) && !draft.value(u"id"_s).isNull()
           && exactInteger(draft.value(u"id"_s)) == 0;
}

} // namespace

std::optional<BackupReader::Contents> BackupReader::read(const QByteArray &json, QString *problem)
{
    QString unreadable;
    const auto parsed = parseImport(json, backupFormat, u"Hearth backup"_s, &unreadable);
    if (!parsed) {
        *problem = BackupText::tr("it %1").arg(unreadable);
        return std::nullopt;
    }
    const QJsonObject &root = *parsed;
    Contents contents;
    const auto version = readVersion(root, u"version"_s, formatVersion, problem);
    if (!version)
        return std::nullopt;
    contents.version = *version;
    const auto schemaVersion = readVersion(root, u"schemaVersion"_s, Database::schemaVersion, problem);
    if (!schemaVersion)
        return std::nullopt;
    contents.schemaVersion = *schemaVersion;

    const QJsonValue tablesValue = root.value(u"tables"_s);
    if (tablesValue.isUndefined()) {
        *problem = BackupText::tr("it has no \"tables\"");
        return std::nullopt;
    }
    if (!tablesValue.isObject()) {
        *problem = BackupText::tr("its \"tables\" must be an object of tables, not %1").arg(jsonKindOf(tablesValue));
        return std::nullopt;
    }
    contents.tables = tablesValue.toObject();
    // Only informative (shown before a restore), so a missing or odd date is no reason to refuse.
    const QJsonValue exportedAt = root.value(u"exportedAt"_s);
    if (exportedAt.isString())
        contents.exportedAt = QDateTime::fromString(exportedAt.toString(), Qt::ISODate).toUTC();
    const QList<BackupSchema::Table> expected = BackupSchema::tables(contents.schemaVersion);
    const QList<BackupSchema::Table> current = BackupSchema::tables(Database::schemaVersion);
    for (auto it = contents.tables.constBegin(); it != contents.tables.constEnd(); ++it) {
        if (findTable(expected, it.key()))
            continue;
        *problem = findTable(current, it.key())
                       ? BackupText::tr("it has the table \"%1\", which its schema (version %2) did not have")
                             .arg(it.key())
                             .arg(contents.schemaVersion)
                       : BackupText::tr("it has a table Hearth does not know: %1").arg(quoted(it.key()));
        return std::nullopt;
    }
    for (const BackupSchema::Table &table : expected) {
        const QJsonValue rows = contents.tables.value(table.name);
        if (rows.isUndefined()) {
            *problem = BackupText::tr("the table \"%1\" is missing").arg(table.name);
            return std::nullopt;
        }
        if (!checkRows(table, rows, problem))
            return std::nullopt;
    }
    return contents;
}

bool BackupReader::forEachRow(const Contents &contents, const QString &table, const RowFunction &take)
{
    const QList<BackupSchema::Table> then = BackupSchema::tables(contents.schemaVersion);
    const BackupSchema::Table *described = findTable(then, table);
    if (described) {
        const QJsonArray rows = contents.tables.value(table).toArray();
        for (const auto &row : rows) {
            const QJsonObject object = row.toObject();
            if (table == "coach_drafts"_L1 && isOldFreeWrite(contents, object))
                continue; // it moves to work_in_progress
            QStringList columns;
            QVariantList values;
            columns.reserve(object.size());
            values.reserve(object.size());
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const BackupSchema::Column *column = described->column(it.key());
                columns.append(column->name);
                values.append(bindable(*column, it.value()));
            }
            if (table == "journal_entries"_L1 && contents.schemaVersion < 4) {
                columns.append(u"journal_id"_s); // the one journal there was
                values.append(qint64(1));
            }
            if (!take(columns, values))
                return false;
        }
    }
    if (table == "journals"_L1 && contents.schemaVersion < 4) {
        // As migration step 4 does: the entries kept before journals had owners
        // become journal 1, an own journal not named yet.
        const QJsonArray entries = contents.tables.value(u"journal_entries"_s).toArray();
        QString firstWritten;
        for (const auto &row : entries) {
            const QString createdAt = row.toObject().value(u"created_at"_s).toString();
            if (firstWritten.isEmpty() || createdAt < firstWritten)
                firstWritten = createdAt;
        }
        if (!entries.isEmpty()
            && !take({u"id"_s, u"name"_s, u"kind"_s, u"created_at"_s}, {qint64(1), QString(u""_s), u"own"_s, firstWritten}))
            return false;
    }
    if (table == "work_in_progress"_L1 && contents.schemaVersion < 3) {
        const QJsonArray drafts = contents.tables.value(u"coach_drafts"_s).toArray();
        for (const auto &row : drafts) {
            const QJsonObject draft = row.toObject();
            if (!isOldFreeWrite(contents, draft))
                continue;
            if (!take({u"slot"_s, u"text"_s, u"updated_at"_s},
                      {u"free-write"_s, draft.value(u"text"_s).toString(), draft.value(u"updated_at"_s).toString()}))
                return false;
        }
    }
    return true;
}

BackupReader::Summary BackupReader::summarize(const Contents &contents)
{
    const auto rows = [&](const QString &table) { return contents.tables.value(table).toArray().size(); };
    Summary summary;
    summary.exportedAt = contents.exportedAt;
    summary.favourites = rows(u"favourites"_s);
    summary.journalPages = rows(u"journal_entries"_s);
    summary.conversations = rows(u"sessions"_s);
    summary.appreciations = rows(u"appreciations"_s);
    summary.drillsDone = rows(u"drill_progress"_s);
    // Counted as a restore brings them back: an old backup's free-write is no draft.
    forEachRow(contents, u"coach_drafts"_s, [&](const QStringList &, const QVariantList &) {
        ++summary.drafts;
        return true;
    });
    forEachRow(contents, u"work_in_progress"_s, [&](const QStringList &columns, const QVariantList &values) {
        const qsizetype slot = columns.indexOf(u"slot"_s);
        const qsizetype text = columns.indexOf(u"text"_s);
        if (slot >= 0 && text >= 0 && values.at(slot).toString() == u"free-write"_s
            && !values.at(text).toString().trimmed().isEmpty())
            summary.freeWrite = true;
        return true;
    });
    return summary;
}
