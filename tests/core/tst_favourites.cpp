// SPDX-License-Identifier: GPL-3.0-or-later
// Favourites in the store, out to Markdown and JSON and back, and the whole
// backup round trip.
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/favouritesexchange.h"
#include "storage/favouritesstore.h"
#include "support/testfiles.h"

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

    // The start reads only the count and the keys; a change before the rest
    // is read is placed by position(): all three must agree with all().
    void theCheapReadsAgreeWithReadingEverything()
    {
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_store->keys().isEmpty());
        QVERIFY(!m_store->position(1));
        const QDateTime first(QDate(2026, 3, 1), QTime(20, 15, 0, 250), Qt::UTC);
        for (int i = 0; i < 12; ++i) {
            Favourite f = favourite(i % 3 == 0 ? u"card"_s : u"journal"_s, u"prompt-%1"_s.arg(i), u"Words %1"_s.arg(i));
            // Three at a time share a moment: all() then puts the later id first.
            f.createdAt = first.addSecs(60 * ((i * 7) % 12 / 3));
            f.note = u"note %1"_s.arg(i);
            QVERIFY(m_store->add(f));
        }
        const QList<Favourite> all = m_store->all();
        QCOMPARE(m_store->count(), all.size());
        QSet<QString> keys;
        for (const FavouritesStore::Key &key : m_store->keys())
            keys.insert(key.kind + u'/' + key.contentId);
        QSet<QString> expected;
        for (qsizetype row = 0; row < all.size(); ++row) {
            const Favourite &f = all.at(row);
            expected.insert(f.kind + u'/' + f.contentId);
            QCOMPARE(m_store->position(f.id), std::optional<qsizetype>(row));
            QCOMPARE(m_store->find(f.id), std::optional<Favourite>(f));
        }
        QCOMPARE(keys, expected);
        QList<Favourite> cards;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(cards),
                     [](const Favourite &f) { return f.kind == "card"_L1; });
        QCOMPARE(m_store->ofKind(u"card"_s), cards);
        QCOMPARE(cards.size(), 4);

        QVERIFY(m_store->remove(all.at(5).id));
        QVERIFY(!m_store->position(all.at(5).id));
        QVERIFY(!m_store->find(all.at(5).id));
        QCOMPARE(m_store->position(all.at(6).id), std::optional<qsizetype>(5));
        QCOMPARE(m_store->count(), all.size() - 1);
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
            {a, b}, QHash<QString, QString>{{u"closeness"_s, u"What closeness is"_s},
                                            {u"communication"_s, u"Saying it so it can be heard"_s}}));
        QVERIFY(markdown.startsWith(u"# My Hearth favourites"_s));
        QVERIFY(markdown.contains(u"## What closeness is\n\n- **Conversation card:** What made you laugh?\n  - *My note:* Ask on long drives"_s));
        QVERIFY(markdown.contains(u"## Saying it so it can be heard\n\n- **Rewrite drill:** You never listen."_s));
    }

    // The guide's order, not the alphabet's; sections the guide no longer has come last.
    void markdownFollowsTheGuidesOrder()
    {
        const QList<Favourite> favourites = {
            favourite(u"card"_s, u"1"_s, u"Aardvark first?"_s, u"closeness"_s),
            favourite(u"card"_s, u"2"_s, u"From a retired part"_s, u"retired"_s),
            favourite(u"card"_s, u"3"_s, u"No section at all"_s, QString()),
            favourite(u"ritual"_s, u"4"_s, u"A hug"_s, u"investing"_s),
            favourite(u"drill"_s, u"5"_s, u"You never listen."_s, u"communication"_s),
        };
        const QList<GuideSection> sections = {
            GuideSection{u"investing"_s, u"Zest: investing in each other"_s, {}, {}, {}, {}, {}},
            GuideSection{u"communication"_s, u"Mending how we talk"_s, {}, {}, {}, {}, {}},
            GuideSection{u"closeness"_s, u"A closeness primer"_s, {}, {}, {}, {}, {}},
            GuideSection{u"empty"_s, u"Nothing starred here"_s, {}, {}, {}, {}, {}},
        };
        const QString markdown = QString::fromUtf8(FavouritesExchange::toMarkdown(favourites, sections));
        QStringList headings;
        for (const QString &line : markdown.split(u'\n')) {
            if (line.startsWith(u"## "_s))
                headings.append(line.mid(3));
        }
        QCOMPARE(headings, (QStringList{u"Zest: investing in each other"_s, u"Mending how we talk"_s,
                                        u"A closeness primer"_s, u"retired"_s, u"Other"_s}));
        QVERIFY(markdown.contains(u"## Mending how we talk\n\n- **Rewrite drill:** You never listen.\n"_s));
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
        QTest::newRow("no version") << (json("{'format': 'hearth-favourites', 'favourites': []}")) << u"no valid version"_s;
        QTest::newRow("negative version") << (json("{'format': 'hearth-favourites', 'version': -1, 'favourites': []}")) << u"no valid version"_s;
        QTest::newRow("fractional version") << (json("{'format': 'hearth-favourites', 'version': 0.5, 'favourites': []}")) << u"no valid version"_s;
        QTest::newRow("no list") << (json("{'format': 'hearth-favourites', 'version': 1}")) << u"no list of favourites"_s;
        QTest::newRow("not a list") << (json("{'format': 'hearth-favourites', 'version': 1, 'favourites': {}}")) << u"no list of favourites"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"not a Hearth favourites export"_s;
        QTest::newRow("over 32 MB") << QByteArray(32 * 1024 * 1024 + 1, ' ') << u"larger than 32 MB"_s;
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

    void entriesOfTheWrongKindOrSizeAreLeftOut()
    {
        const QString longNote = QString(1024 * 1024 + 1, u'n');
        QJsonArray items{
            QJsonObject{{u"kind"_s, u"card"_s}, {u"contentId"_s, u"kept"_s}, {u"text"_s, u"Kept"_s}},
            QJsonObject{{u"kind"_s, u"card"_s}, {u"contentId"_s, 12}, {u"text"_s, u"An id that is a number"_s}},
            QJsonObject{{u"kind"_s, u"card"_s}, {u"contentId"_s, u"long"_s}, {u"text"_s, u"Long note"_s}, {u"note"_s, longNote}},
            QJsonObject{{u"kind"_s, u"card"_s}, {u"contentId"_s, u"list"_s}, {u"text"_s, QJsonArray{u"a"_s}}},
            QJsonValue(u"not an entry"_s),
        };
        // Many broken entries make a short message, not one sentence each.
        for (int i = 0; i < 50; ++i)
            items.append(QJsonObject{{u"kind"_s, u"poem"_s}});
        const QJsonObject root{{u"format"_s, u"hearth-favourites"_s}, {u"version"_s, 1}, {u"favourites"_s, items}};
        const auto result = FavouritesExchange::importJson(QJsonDocument(root).toJson(), *m_store, *m_database);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.errors.size(), 11);
        QVERIFY2(result.errors.at(0).contains(u"Entry 2: \"contentId\" must be text, not a number"_s), qPrintable(result.errors.at(0)));
        QVERIFY2(result.errors.at(1).contains(u"Entry 3: \"note\" is longer than 1 MB"_s), qPrintable(result.errors.at(1)));
        QVERIFY2(result.errors.at(2).contains(u"Entry 4: \"text\" must be text, not a list"_s), qPrintable(result.errors.at(2)));
        QVERIFY2(result.errors.at(3).contains(u"Entry 5 is not an object"_s), qPrintable(result.errors.at(3)));
        QVERIFY2(result.errors.at(10).contains(u"44 more entries"_s), qPrintable(result.errors.at(10)));
        QCOMPARE(m_store->all().size(), 1);
    }

    void importFileReadsOnlyOrdinaryFiles()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe.json"_s);
        QVERIFY(TestFiles::makeFifo(fifo));
        const QString large = dir.filePath(u"large.json"_s);
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(60 * 1024 * 1024));
        file.close();
        const QList<std::pair<QString, QString>> cases = {
            {fifo, u"named pipe"_s}, {u"/dev/zero"_s, u"is a device"_s}, {dir.path(), u"is a folder"_s},
            {large, u"larger than 32 MB"_s}, {dir.filePath(u"none.json"_s), u"does not exist"_s}};
        for (const auto &[path, message] : cases) {
            const auto result = FavouritesExchange::importFile(path, *m_store, *m_database);
            QCOMPARE(result.added, 0);
            QCOMPARE(result.errors.size(), 1);
            QVERIFY2(result.errors.constFirst().startsWith(path) && result.errors.constFirst().contains(message),
                     qPrintable(result.errors.constFirst()));
        }
        const QString good = dir.filePath(u"good.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json("{'format': 'hearth-favourites', 'version': 1, 'favourites': [{'kind': 'card', 'contentId': 'x', 'text': 'Kept'}]}"));
        file.close();
        QVERIFY(file.rename(good));
        QCOMPARE(FavouritesExchange::importFile(good, *m_store, *m_database).added, 1);
    }

    void backupRoundTripLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/storage/hearth-v1.sqlite"), dir.filePath(u"hearth.sqlite"_s)));
        QFile::setPermissions(dir.filePath(u"hearth.sqlite"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database source;
        source.open(dir.path());
        QSqlQuery(source.connection()).exec(u"INSERT INTO journals VALUES (1, '', 'own', '', 'a')"_s);
        QSqlQuery(source.connection()).exec(u"INSERT INTO journal_entries (journal_id, prompt_id, text, created_at, updated_at) "
                                            "VALUES (1, 'journal-01', 'Dear diary: ☕ and \"quotes\"', 'a', 'b')"_s);
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
