// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfilerecords.h"

#include "storage/database.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

PackFileRecords::PackFileRecords(Database &database) : m_database(database) {}

std::optional<PackFileIdentity> PackFileRecords::statOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    PackFileIdentity identity;
    identity.size = qint64(info.st_size);
    identity.modifiedNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + qint64(info.st_mtim.tv_nsec);
    return identity;
}

QByteArray PackFileRecords::hashOf(const QByteArray &data)
{
    // sodium_init() picks the fastest implementation for this processor; it may be called again safely.
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), nullptr, 0);
    return hash;
}

QHash<QString, PackFileRecords::Record> PackFileRecords::load() const
{
    QHash<QString, Record> records;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT p.file, p.size, p.modified_ns, p.hash, p.checked_with, p.deck_id FROM pack_files p "
                    "JOIN decks d ON d.id = p.deck_id"_s))
        return records;
    while (query.next()) {
        Record record;
        record.identity.size = query.value(1).toLongLong();
        record.identity.modifiedNs = query.value(2).toLongLong();
        record.identity.hash = query.value(3).toByteArray();
        record.checkedWith = query.value(4).toString();
        record.deckId = query.value(5).toString();
        records.insert(query.value(0).toString(), record);
    }
    return records;
}

bool PackFileRecords::remember(const QString &file, const Record &record)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        // OR REPLACE: a record of the same file, or of another file for the same deck, gives way.
        query.prepare(u"INSERT OR REPLACE INTO pack_files (file, size, modified_ns, hash, checked_with, deck_id) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(file);
        query.addBindValue(record.identity.size);
        query.addBindValue(record.identity.modifiedNs);
        query.addBindValue(record.identity.hash);
        query.addBindValue(record.checkedWith);
        query.addBindValue(record.deckId);
        return query.exec();
    });
}

bool PackFileRecords::forget(const QString &file)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM pack_files WHERE file = ?"_s);
    query.addBindValue(file);
    return query.exec();
}

bool PackFileRecords::forgetAllBut(const QStringList &files)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT file FROM pack_files"_s))
        return false;
    QStringList gone;
    const QSet<QString> kept(files.cbegin(), files.cend());
    while (query.next()) {
        if (!kept.contains(query.value(0).toString()))
            gone.append(query.value(0).toString());
    }
    query.finish();
    bool done = true;
    for (const QString &file : std::as_const(gone))
        done &= forget(file);
    return done;
}

bool PackFileRecords::forgetDeck(const QSqlDatabase &connection, const QString &deckId)
{
    QSqlQuery query(connection);
    query.prepare(u"DELETE FROM pack_files WHERE deck_id = ?"_s);
    query.addBindValue(deckId);
    return query.exec();
}
