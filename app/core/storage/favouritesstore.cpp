// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

Favourite fromRow(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            fromStored(query.value(6).toString())};
}

const QString selectColumns = u"SELECT id, kind, content_id, saved_text, section, note, created_at FROM favourites"_s;
// all()'s order; position() counts in the same order.
const QString newestFirst = u" ORDER BY created_at DESC, id DESC"_s;

} // namespace

FavouritesStore::FavouritesStore(Database &database) : m_database(database) {}

QList<Favourite> FavouritesStore::all() const
{
    QList<Favourite> favourites;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, selectColumns + newestFirst))
        return favourites;
    while (query.next())
        favourites.append(fromRow(query));
    return favourites;
}

int FavouritesStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (execRead(m_database, query, u"SELECT count(*) FROM favourites"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<FavouritesStore::Key> FavouritesStore::keys() const
{
    QList<Key> keys;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, u"SELECT kind, content_id FROM favourites"_s))
        return keys;
    while (query.next())
        keys.append({query.value(0).toString(), query.value(1).toString()});
    return keys;
}

QList<Favourite> FavouritesStore::ofKind(const QString &kind) const
{
    QList<Favourite> favourites;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns + u" WHERE kind = ?"_s + newestFirst);
    query.addBindValue(kind);
    if (!execRead(m_database, query))
        return favourites;
    while (query.next())
        favourites.append(fromRow(query));
    return favourites;
}

std::optional<qsizetype> FavouritesStore::position(qint64 id) const
{
    // Compared as stored, so the count agrees with all()'s ORDER BY to the character.
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT (SELECT count(*) FROM favourites AS newer WHERE newer.created_at > f.created_at "
                  "OR (newer.created_at = f.created_at AND newer.id > f.id)) FROM favourites AS f WHERE f.id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Favourite> FavouritesStore::find(const QString &kind, const QString &contentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + u" WHERE kind = ? AND content_id = ?"_s);
    query.addBindValue(kind);
    query.addBindValue(contentId);
    if (execRead(m_database, query) && query.next())
        return fromRow(query);
    return std::nullopt;
}

std::optional<Favourite> FavouritesStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return fromRow(query);
    return std::nullopt;
}

bool FavouritesStore::insert(const Favourite &favourite, bool withId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO favourites (id, kind, content_id, saved_text, section, note, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(withId ? QVariant(favourite.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(favourite.kind);
    query.addBindValue(favourite.contentId);
    query.addBindValue(favourite.savedText);
    query.addBindValue(sqlText(favourite.section));
    query.addBindValue(sqlText(favourite.note));
    query.addBindValue(toStored(favourite.createdAt));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool FavouritesStore::add(Favourite &favourite)
{
    if (const auto existing = find(favourite.kind, favourite.contentId)) {
        favourite = *existing;
        return true;
    }
    if (!favourite.createdAt.isValid())
        favourite.createdAt = QDateTime::currentDateTimeUtc();
    if (!insert(favourite, false))
        return false;
    if (const auto stored = find(favourite.kind, favourite.contentId))
        favourite = *stored;
    return true;
}

bool FavouritesStore::restore(const Favourite &favourite)
{
    return insert(favourite, true);
}

bool FavouritesStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM favourites WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

bool FavouritesStore::setNote(qint64 id, const QString &note)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE favourites SET note = ? WHERE id = ?"_s);
    query.addBindValue(sqlText(note));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

bool FavouritesStore::setSavedText(qint64 id, const QString &text)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE favourites SET saved_text = ? WHERE id = ?"_s);
    query.addBindValue(sqlText(text));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}
