// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupschema.h"

using namespace Qt::StringLiterals;

namespace {

using Column = BackupSchema::Column;
using Table = BackupSchema::Table;
constexpr auto Integer = Column::Type::Integer;
constexpr auto Text = Column::Type::Text;

// A rowid (INTEGER PRIMARY KEY): SQLite numbers it when absent.
Column rowId(const QString &name = u"id"_s)
{
    return {name, Integer, false, false, 1};
}
Column required(const QString &name, Column::Type type, int since = 1)
{
    return {name, type, false, true, since};
}
// NOT NULL with a default.
Column defaulted(const QString &name, Column::Type type, int since = 1)
{
    return {name, type, false, false, since};
}
Column nullable(const QString &name, Column::Type type, int since = 1)
{
    return {name, type, true, false, since};
}

const QList<Table> &allTables()
{
    static const QList<Table> tables = {
        {u"couples"_s, 1, {rowId(), required(u"partner_a_name"_s, Text), required(u"partner_a_colour"_s, Text),
                            required(u"partner_b_name"_s, Text), required(u"partner_b_colour"_s, Text),
                            required(u"created_at"_s, Text), required(u"updated_at"_s, Text)}},
        {u"sessions"_s, 1, {rowId(), required(u"couple_id"_s, Integer), required(u"mode"_s, Text),
                             required(u"first_speaker"_s, Integer), required(u"depth_ceiling"_s, Integer),
                             required(u"started_at"_s, Text), nullable(u"ended_at"_s, Text),
                             defaulted(u"note"_s, Text)}},
        {u"session_cards"_s, 1, {rowId(), required(u"session_id"_s, Integer), required(u"card_id"_s, Text),
                                  required(u"outcome"_s, Text), required(u"at"_s, Text)}},
        {u"favourites"_s, 1, {rowId(), required(u"kind"_s, Text), required(u"content_id"_s, Text),
                               required(u"saved_text"_s, Text), defaulted(u"section"_s, Text),
                               defaulted(u"note"_s, Text), required(u"created_at"_s, Text)}},
        {u"coach_drafts"_s, 2, {rowId(), defaulted(u"feeling"_s, Text, 2), defaulted(u"situation"_s, Text, 2),
                                 defaulted(u"need"_s, Text, 2), defaulted(u"request"_s, Text, 2),
                                 required(u"text"_s, Text, 2), required(u"created_at"_s, Text, 2),
                                 required(u"updated_at"_s, Text, 2),
                                 defaulted(u"request_can_be_refused"_s, Integer, 3)}},
        {u"journals"_s, 4, {rowId(), required(u"name"_s, Text, 4), required(u"kind"_s, Text, 4),
                             defaulted(u"vault"_s, Text, 4), required(u"created_at"_s, Text, 4)}},
        // Rebuilt in schema 4; a backup of schema 2 or 3 has no journal_id, and
        // its entries are given to journal 1 as the migration does.
        {u"journal_entries"_s, 2, {rowId(), required(u"journal_id"_s, Integer, 4),
                                    defaulted(u"prompt_id"_s, Text, 2), defaulted(u"feeling"_s, Text, 4),
                                    defaulted(u"tags"_s, Text, 4), required(u"text"_s, Text, 2),
                                    defaulted(u"sealed"_s, Text, 4), required(u"created_at"_s, Text, 2),
                                    required(u"updated_at"_s, Text, 2)}},
        // A TEXT primary key is no row id: it must be given.
        {u"drill_progress"_s, 2, {required(u"drill_id"_s, Text, 2), required(u"rewrite"_s, Text, 2),
                                   required(u"findings"_s, Integer, 2), required(u"completed_at"_s, Text, 2)}},
        {u"appreciations"_s, 2, {rowId(), required(u"session_id"_s, Integer, 2), required(u"partner"_s, Integer, 2),
                                  required(u"text"_s, Text, 2)}},
        {u"work_in_progress"_s, 3, {required(u"slot"_s, Text, 3), required(u"text"_s, Text, 3),
                                     required(u"updated_at"_s, Text, 3)}},
        {u"our_rituals"_s, 5, {required(u"ritual_id"_s, Text, 5), required(u"chosen_at"_s, Text, 5)}},
        {u"ritual_ticks"_s, 5, {rowId(), required(u"ritual_id"_s, Text, 5), defaulted(u"note"_s, Text, 5),
                                 required(u"done_at"_s, Text, 5)}},
        // A deck's cards follow their deck (its foreign key).
        {u"decks"_s, 6, {required(u"id"_s, Text, 6), required(u"source"_s, Text, 6), required(u"title"_s, Text, 6),
                          defaulted(u"description"_s, Text, 6), required(u"mood"_s, Text, 6),
                          required(u"created_at"_s, Text, 6), required(u"updated_at"_s, Text, 6)}},
        {u"deck_cards"_s, 6, {required(u"id"_s, Text, 6), required(u"deck_id"_s, Text, 6),
                               required(u"position"_s, Integer, 6), required(u"section"_s, Text, 6),
                               required(u"depth"_s, Integer, 6), required(u"kind"_s, Text, 6),
                               required(u"answered_by"_s, Text, 6), required(u"text"_s, Text, 6),
                               defaulted(u"follow_ups"_s, Text, 6), defaulted(u"listener_hint"_s, Text, 6),
                               defaulted(u"arrival"_s, Integer, 6)}},
    };
    return tables;
}

} // namespace

const BackupSchema::Column *BackupSchema::Table::column(QStringView columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QList<BackupSchema::Table> BackupSchema::tables(int schemaVersion)
{
    QList<Table> result;
    for (const Table &table : allTables()) {
        if (table.since > schemaVersion)
            continue;
        Table then{table.name, table.since, {}};
        for (const Column &column : table.columns) {
            if (column.since <= schemaVersion)
                then.columns.append(column);
        }
        result.append(then);
    }
    return result;
}
