// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// A null QString binds as SQL NULL; these columns are NOT NULL text.
Draft fromRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toBool(),
            query.value(6).toString(),
            fromStored(query.value(7).toString()),
            fromStored(query.value(8).toString())};
}

const QString selectColumns =
    u"SELECT id, feeling, situation, need, request, request_can_be_refused, text, created_at, updated_at "
    "FROM coach_drafts"_s;

} // namespace

QString DraftStore::favouriteId(qint64 draftId)
{
    return u"draft-"_s + QString::number(draftId);
}

qint64 DraftStore::draftIdOf(const QString &favouriteId)
{
    if (!favouriteId.startsWith(u"draft-"_s))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(favouriteId).mid(6).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

DraftStore::DraftStore(Database &database) : m_database(database) {}

bool DraftStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<Draft> DraftStore::all() const
{
    QList<Draft> drafts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns + u" ORDER BY updated_at DESC, id DESC"_s);
    if (!execRead(m_database, query))
        return drafts;
    while (query.next())
        drafts.append(fromRow(query));
    return drafts;
}

std::optional<Draft> DraftStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return fromRow(query);
    return std::nullopt;
}

bool DraftStore::add(Draft &draft)
{
    // SQLite would reuse the highest id after it is deleted; a favourite may
    // still name that id, so the next one is past both.
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO coach_drafts (id, feeling, situation, need, request, request_can_be_refused, text, "
                  "created_at, updated_at) "
                  "VALUES (1 + max((SELECT coalesce(max(id), 0) FROM coach_drafts), "
                  "(SELECT coalesce(max(CAST(substr(content_id, 7) AS INTEGER)), 0) FROM favourites "
                  "WHERE kind = ? AND content_id LIKE 'draft-%')), ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString stamp = storedNow();
    query.addBindValue(favouriteKind());
    for (const QString &value : {draft.feeling, draft.situation, draft.need, draft.request})
        query.addBindValue(sqlText(value));
    query.addBindValue(draft.requestCanBeRefused ? 1 : 0);
    query.addBindValue(sqlText(draft.text));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!run(query))
        return false;
    draft.id = query.lastInsertId().toLongLong();
    draft.createdAt = draft.updatedAt = fromStored(stamp);
    return true;
}

bool DraftStore::update(Draft &draft)
{
    // A starred draft's favourite shows its words: both change together, or neither.
    return m_database.transaction([&] {
        if (!updateDraftRow(draft))
            return false;
        QSqlQuery query(m_database.connection());
        query.prepare(u"UPDATE favourites SET saved_text = ? WHERE kind = ? AND content_id = ?"_s);
        query.addBindValue(sqlText(draft.text));
        query.addBindValue(favouriteKind());
        query.addBindValue(favouriteId(draft.id));
        return run(query);
    });
}

bool DraftStore::updateDraftRow(Draft &draft)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE coach_drafts SET feeling = ?, situation = ?, need = ?, request = ?, "
                  "request_can_be_refused = ?, text = ?, updated_at = ? WHERE id = ?"_s);
    const QString stamp = storedNow();
    for (const QString &value : {draft.feeling, draft.situation, draft.need, draft.request})
        query.addBindValue(sqlText(value));
    query.addBindValue(draft.requestCanBeRefused ? 1 : 0);
    query.addBindValue(sqlText(draft.text));
    query.addBindValue(stamp);
    query.addBindValue(draft.id);
    if (!run(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = u"that draft is no longer there"_s;
        return false;
    }
    draft.updatedAt = fromStored(stamp);
    return true;
}

bool DraftStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM coach_drafts WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}
