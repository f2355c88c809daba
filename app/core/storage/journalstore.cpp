// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalstore.h"

#include "database.h"
#include "readquery.h"
#include "sqltext.h"
#include "storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString selectEntries = u"SELECT id, prompt_id, text, created_at, updated_at, journal_id, feeling, tags, sealed "
                              "FROM journal_entries"_s;
const QString selectJournals = u"SELECT id, name, kind, vault, created_at FROM journals"_s;

JournalEntry entryFromRow(const QSqlQuery &query)
{
    JournalEntry entry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       fromStored(query.value(3).toString()), fromStored(query.value(4).toString())};
    entry.journalId = query.value(5).toLongLong();
    entry.feeling = query.value(6).toString();
    entry.tags = query.value(7).toString().split(u' ', Qt::SkipEmptyParts);
    entry.sealed = QByteArray::fromBase64(query.value(8).toString().toLatin1());
    return entry;
}

Journal journalFromRow(const QSqlQuery &query)
{
    Journal journal;
    journal.id = query.value(0).toLongLong();
    journal.name = query.value(1).toString();
    journal.kind = query.value(2).toString() == u"shared"_s ? Journal::Kind::Shared : Journal::Kind::Own;
    journal.vault = QByteArray::fromBase64(query.value(3).toString().toLatin1());
    journal.createdAt = fromStored(query.value(4).toString());
    return journal;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

JournalStore::JournalStore(Database &database) : m_database(database) {}

bool JournalStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<Journal> JournalStore::journals() const
{
    QList<Journal> journals;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, selectJournals + u" ORDER BY id"_s))
        return journals;
    while (query.next())
        journals.append(journalFromRow(query));
    return journals;
}

std::optional<Journal> JournalStore::journal(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectJournals + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return journalFromRow(query);
    return std::nullopt;
}

bool JournalStore::addJournal(Journal &journal)
{
    const QString stamp = storedNow();
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO journals (name, kind, vault, created_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(sqlText(journal.name));
    query.addBindValue(journal.kind == Journal::Kind::Shared ? u"shared"_s : u"own"_s);
    query.addBindValue(base64(journal.vault));
    query.addBindValue(stamp);
    if (!run(query))
        return false;
    journal.id = query.lastInsertId().toLongLong();
    journal.createdAt = fromStored(stamp);
    return true;
}

bool JournalStore::renameJournal(qint64 id, const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE journals SET name = ? WHERE id = ?"_s);
    query.addBindValue(sqlText(name));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool JournalStore::setVault(qint64 id, const QByteArray &vault)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE journals SET vault = ? WHERE id = ?"_s);
    query.addBindValue(base64(vault));
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

bool JournalStore::removeJournal(qint64 id)
{
    // Pages go with their journal (ON DELETE CASCADE), said here as well in
    // case foreign keys were ever off on this connection.
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM journal_entries WHERE journal_id = ?"_s);
    query.addBindValue(id);
    if (!run(query))
        return false;
    query.prepare(u"DELETE FROM journals WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}

QList<JournalEntry> JournalStore::all() const
{
    QList<JournalEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!execRead(m_database, query, selectEntries + u" ORDER BY updated_at DESC, id DESC"_s))
        return entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

QList<JournalEntry> JournalStore::entriesOf(qint64 journalId) const
{
    QList<JournalEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectEntries + u" WHERE journal_id = ? ORDER BY updated_at DESC, id DESC"_s);
    query.addBindValue(journalId);
    if (!execRead(m_database, query))
        return entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

std::optional<JournalEntry> JournalStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectEntries + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (execRead(m_database, query) && query.next())
        return entryFromRow(query);
    return std::nullopt;
}

bool JournalStore::ensureFirstJournal(const QString &stamp)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT OR IGNORE INTO journals (id, name, kind, created_at) VALUES (1, '', 'own', ?)"_s);
    query.addBindValue(stamp);
    return run(query);
}

bool JournalStore::save(JournalEntry &entry)
{
    const QString stamp = storedNow();
    QSqlQuery query(m_database.connection());
    if (entry.id == 0) {
        // Journal 1, the one kept before journals had owners, is made with its first page.
        if (entry.journalId <= 1) {
            if (!ensureFirstJournal(stamp))
                return false;
            entry.journalId = 1;
        }
        query.prepare(u"INSERT INTO journal_entries (journal_id, prompt_id, feeling, tags, text, sealed, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(entry.journalId);
        query.addBindValue(sqlText(entry.promptId));
        query.addBindValue(sqlText(entry.feeling));
        query.addBindValue(sqlText(entry.tags.join(u' ')));
        query.addBindValue(sqlText(entry.text));
        query.addBindValue(base64(entry.sealed));
        query.addBindValue(stamp);
        query.addBindValue(stamp);
        if (!run(query))
            return false;
        entry.id = query.lastInsertId().toLongLong();
        entry.createdAt = fromStored(stamp);
    } else {
        query.prepare(u"UPDATE journal_entries SET prompt_id = ?, feeling = ?, tags = ?, text = ?, sealed = ?, "
                      "updated_at = ? WHERE id = ?"_s);
        query.addBindValue(sqlText(entry.promptId));
        query.addBindValue(sqlText(entry.feeling));
        query.addBindValue(sqlText(entry.tags.join(u' ')));
        query.addBindValue(sqlText(entry.text));
        query.addBindValue(base64(entry.sealed));
        query.addBindValue(stamp);
        query.addBindValue(entry.id);
        if (!run(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = u"that entry is no longer there"_s;
            return false;
        }
    }
    entry.updatedAt = fromStored(stamp);
    return true;
}

bool JournalStore::rewrite(const JournalEntry &entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE journal_entries SET prompt_id = ?, feeling = ?, tags = ?, text = ?, sealed = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(sqlText(entry.promptId));
    query.addBindValue(sqlText(entry.feeling));
    query.addBindValue(sqlText(entry.tags.join(u' ')));
    query.addBindValue(sqlText(entry.text));
    query.addBindValue(base64(entry.sealed));
    query.addBindValue(entry.id);
    return run(query) && query.numRowsAffected() == 1;
}

bool JournalStore::restoreEntry(const JournalEntry &entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO journal_entries (id, journal_id, prompt_id, feeling, tags, text, sealed, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.id);
    query.addBindValue(entry.journalId);
    query.addBindValue(sqlText(entry.promptId));
    query.addBindValue(sqlText(entry.feeling));
    query.addBindValue(sqlText(entry.tags.join(u' ')));
    query.addBindValue(sqlText(entry.text));
    query.addBindValue(base64(entry.sealed));
    query.addBindValue(toStored(entry.createdAt));
    query.addBindValue(toStored(entry.updatedAt));
    return run(query);
}

bool JournalStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM journal_entries WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query) && query.numRowsAffected() == 1;
}
