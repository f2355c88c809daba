// SPDX-License-Identifier: GPL-3.0-or-later
// Favourites in the store, out to Markdown and JSON and back, and the whole
// backup round trip.
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/favouritesexchange.h"
#include "storage/favouritesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Favourite favourite(const QString &kind, const QString &id, const QString &text, const QString &section = u"closeness"_s)
{
    Favourite f;
    f.kind = kind;
    f.contentId = id;
    f.savedText = text;
    f.section = section;
    return f;
}

// JSON written with single quotes, which keeps the tests readable (and moc happy).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestFavourites : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->open({});
        m_store = std::make_unique<FavouritesStore>(*m_database);
    }

    void starringKeepsTheTextAndIsIdempotent()
    {
        Favourite f = favourite(u"card"_s, u"warm-up-01"_s, u"What made you smile today?"_s);
        QVERIFY(m_store->add(f));
        QVERIFY(f.id > 0);
        QVERIFY(f.createdAt.isValid());
        Favourite again = favourite(u"card"_s, u"warm-up-01"_s, u"Changed text"_s);
        QVERIFY(m_store->add(again));
        QCOMPARE(again.id, f.id);
        QCOMPARE(again.savedText, u"What made you smile today?"_s);
        QCOMPARE(m_store->all().size(), 1);
    }

    void removeThenRestoreIsAnUndo()
    {
        Favourite f = favourite(u"journal"_s, u"journal-03"_s, u"Write about a small joy."_s, u"self-awareness"_s);
        QVERIFY(m_store->add(f));
        QVERIFY(m_store->setNote(f.id, u"Do this on Sundays"_s));
        const Favourite before = *m_store->find(u"journal"_s, u"journal-03"_s);
        QVERIFY(m_store->remove(before.id));
        QVERIFY(!m_store->find(u"journal"_s, u"journal-03"_s));
        QVERIFY(m_store->restore(before));
        QCOMPARE(*m_store->find(u"journal"_s, u"journal-03"_s), before);
    }

    void oddTextIsStoredAsGiven()
    {
        const QString odd = u"Robert'); DROP TABLE favourites;-- \"quoted\" ☕ 🌙 \u202Eright-to-left\n\ttabbed"_s;
        Favourite f = favourite(u"ritual"_s, u"ritual-01"_s, odd);
        f.note = odd;
        QVERIFY(m_store->add(f));
        const Favourite stored = *m_store->find(u"ritual"_s, u"ritual-01"_s);
        QCOMPARE(stored.savedText, odd);
        QCOMPARE(stored.note, odd);
    }

    void markdownGroupsBySectionWithNotes()
    {
        Favourite a = favourite(u"card"_s, u"a"_s, u"What made you laugh?"_s, u"closeness"_s);
        a.note = u"Ask on long drives"_s;
        Favourite b = favourite(u"drill"_s, u"b"_s, u"You never listen."_s, u"communication"_s);
        const QString markdown = QString::fromUtf8(FavouritesExchange::toMarkdown(
            {a, b}, {{u"closeness"_s, u"What closeness is"_s}, {u"communication"_s, u"Saying it so it can be heard"_s}}));
        QVERIFY(markdown.startsWith(u"# My Hearth favourites"_s));
        QVERIFY(markdown.contains(u"## What closeness is\n\n- **Conversation card:** What made you laugh?\n  - *My note:* Ask on long drives"_s));
        QVERIFY(markdown.contains(u"## Saying it so it can be heard\n\n- **Rewrite drill:** You never listen."_s));
    }

    void jsonRoundTripMergesWithoutDuplicates()
    {
        Favourite a = favourite(u"card"_s, u"a"_s, u"First?"_s);
        a.note = u"a note"_s;
        Favourite b = favourite(u"ritual"_s, u"retired-ritual"_s, u"A ritual that no longer exists"_s);
        QVERIFY(m_store->add(a));
        QVERIFY(m_store->add(b));
        const QByteArray exported = FavouritesExchange::toJson(m_store->all());

        // Into an empty store: everything arrives, dates and notes included.
        Database other;
        other.open({});
        FavouritesStore otherStore(other);
        auto result = FavouritesExchange::importJson(exported, otherStore, other);
        QCOMPARE(result.added, 2);
        QVERIFY(result.errors.isEmpty());
        const auto imported = otherStore.all();
        QCOMPARE(imported.size(), 2);
        for (const Favourite &f : imported) {
            const Favourite original = *m_store->find(f.kind, f.contentId);
            QCOMPARE(f.savedText, original.savedText);
            QCOMPARE(f.note, original.note);
            QCOMPARE(f.createdAt, original.createdAt);
        }

        // Again: nothing doubles; an empty note takes the imported one.
        QVERIFY(otherStore.setNote(otherStore.find(u"card"_s, u"a"_s)->id, QString()));
        result = FavouritesExchange::importJson(exported, otherStore, other);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.merged, 1);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(otherStore.all().size(), 2);
        QCOMPARE(otherStore.find(u"card"_s, u"a"_s)->note, u"a note"_s);
    }

    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("exported");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{nope") << u"not valid JSON"_s;
        QTest::newRow("another format") << (json("{'format': 'hearth-backup'}")) << u"not a Hearth favourites export"_s;
        QTest::newRow("newer") << (json("{'format': 'hearth-favourites', 'version': 9}")) << u"newer Hearth"_s;
    }

    void badImportsChangeNothing()
    {
        QFETCH(QByteArray, exported);
        QFETCH(QString, message);
        const auto result = FavouritesExchange::importJson(exported, *m_store, *m_database);
        QCOMPARE(result.added, 0);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.constFirst().contains(message), qPrintable(result.errors.constFirst()));
        QVERIFY(m_store->all().isEmpty());
    }

    void incompleteEntriesAreReportedAndTheRestKept()
    {
        const QByteArray entries = json("{'format': 'hearth-favourites', 'version': 1, 'favourites': ["
"            {'kind': 'card', 'contentId': 'x', 'text': 'Kept'},"
"            {'kind': 'poem', 'contentId': 'y', 'text': 'Unknown kind'},"
"            {'kind': 'card', 'contentId': '', 'text': 'No id'}]}");
        const auto result = FavouritesExchange::importJson(entries, *m_store, *m_database);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.errors.size(), 2);
    }

    void backupRoundTripLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), dir.filePath(u"hearth.sqlite"_s)));
        QFile::setPermissions(dir.filePath(u"hearth.sqlite"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database source;
        source.open(dir.path());
        QSqlQuery(source.connection()).exec(u"INSERT INTO journal_entries (prompt_id, text, created_at, updated_at) "
                                            "VALUES ('journal-01', 'Dear diary: ☕ and \"quotes\"', 'a', 'b')"_s);
        const QByteArray backup = Backup::exportAll(source);

        Database target;
        target.open({});
        FavouritesStore targetStore(target);
        Favourite stale = favourite(u"card"_s, u"stale"_s, u"Replaced by the backup"_s);
        QVERIFY(targetStore.add(stale));
        QString error;
        QVERIFY2(Backup::importAll(target, backup, &error), qPrintable(error));

        auto tablesOf = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object().value(u"tables"_s).toObject();
        };
        QCOMPARE(tablesOf(Backup::exportAll(target)), tablesOf(backup));
        QVERIFY(!targetStore.find(u"card"_s, u"stale"_s));
        QCOMPARE(targetStore.all().size(), 2);
    }

    void aBadBackupChangesNothing()
    {
        Favourite f = favourite(u"card"_s, u"keep"_s, u"Still here"_s);
        QVERIFY(m_store->add(f));
        // A whole backup but for one field whose name tries to be SQL.
        QJsonObject root = QJsonDocument::fromJson(Backup::exportAll(*m_database)).object();
        QJsonObject tables = root.value(u"tables"_s).toObject();
        tables.insert(u"favourites"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"kind"_s, u"card"_s}, {u"content_id"_s, u"x"_s},
                                                              {u"saved_text"_s, u"t"_s}, {u"created_at"_s, u"c"_s},
                                                              {u"note); DROP TABLE couples; --"_s, u"x"_s}}});
        root.insert(u"tables"_s, tables);
        QString error;
        QVERIFY(!Backup::importAll(*m_database, QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(u"not a known field"_s), qPrintable(error));
        QVERIFY(m_store->find(u"card"_s, u"keep"_s));
    }

    void deleteAllEmptiesEveryTable()
    {
        Favourite f = favourite(u"card"_s, u"gone"_s, u"Soon gone"_s);
        QVERIFY(m_store->add(f));
        QString error;
        QVERIFY(Backup::deleteAll(*m_database, &error));
        QVERIFY(m_store->all().isEmpty());
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FavouritesStore> m_store;
};

QTEST_GUILESS_MAIN(TestFavourites)
#include "tst_favourites.moc"
