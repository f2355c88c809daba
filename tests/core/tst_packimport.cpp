// SPDX-License-Identifier: GPL-3.0-or-later
// Packs into the database and out again, on a real database file: namespaced
// ids, an import again updates (and keeps each card's favourites and
// history), nothing is saved from a broken pack, the couple's own decks are
// never touched, and export then import gives the same deck.
#include "content/contentrepository.h"
#include "decks/deckstore.h"
#include "decks/packexport.h"
#include "decks/packfolder.h"
#include "decks/packimport.h"
#include "storage/database.h"
#include "storage/favouritesstore.h"
#include "support/testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString example = QStringLiteral(HEARTH_TEST_DATA "/packs/evenings.json");

QStringList textsOf(const StoredDeck &deck)
{
    QStringList texts;
    for (const Card &c : deck.cards)
        texts.append(c.text);
    return texts;
}

void compareCards(const QList<Card> &actual, const QList<Card> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Card &a = actual.at(i);
        const Card &e = expected.at(i);
        QCOMPARE(a.section, e.section);
        QCOMPARE(a.depth, e.depth);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.answeredBy, e.answeredBy);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.followUps, e.followUps);
        QCOMPARE(a.listenerHint, e.listenerHint);
        QCOMPARE(a.arrival, e.arrival);
    }
}

// A pack of 100,000 cards, as a generator would write it.
QByteArray bigPack()
{
    QByteArray json = R"({"format": "hearth-pack", "version": 1, "id": "big", "title": "Big", "mood": "light", "cards": [)";
    for (int i = 0; i < PackReader::maxCards; ++i) {
        const QByteArray n = QByteArray::number(i);
        json += QByteArray(i > 0 ? "," : "") + R"({"id": "c)" + n + R"(", "section": "closeness", "depth": 1, "kind": "question", )"
                R"("answeredBy": "each", "text": "Question )" + n + R"(?", "followUps": ["Why )" + n + R"(?"]})";
    }
    json += "]}";
    return json;
}

} // namespace

class TestPackImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        for (const GuideSection &section : content.sections())
            m_sections.insert(section.id);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>();
        m_database->open(m_dir->path());
        QCOMPARE(m_database->state(), Database::State::Ready);
        m_store = std::make_unique<DeckStore>(*m_database);
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
        m_dir.reset();
    }

    void aPackBecomesANamespacedDeck()
    {
        const auto result = PackImport::importFile(example, u"evenings.json"_s, m_sections, *m_store);
        QVERIFY2(result.saved, qPrintable(result.summary()));
        QCOMPARE(result.deckId, u"pack.slow-evenings"_s);
        QCOMPARE(result.summary(), u"\u201CSlow evenings\u201D: 4 cards, a new deck"_s);
        const auto deck = m_store->deck(u"pack.slow-evenings"_s);
        QVERIFY(deck);
        QCOMPARE(deck->source, u"pack"_s);
        QCOMPARE(deck->deck.cardIds, (QStringList{u"pack.slow-evenings.arrive"_s, u"pack.slow-evenings.small-joy"_s,
                                                  u"pack.slow-evenings.quiet-wish"_s, u"pack.slow-evenings.being-heard"_s}));
        // No id of a pack can be a built-in one: built-in ids never hold a dot.
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        for (const QString &id : deck->deck.cardIds)
            QVERIFY(!content.card(id));
    }

    void aSecondImportUpdatesAndKeepsHistory()
    {
        QVERIFY(PackImport::importFile(example, u"evenings.json"_s, m_sections, *m_store).saved);
        const QString kept = u"pack.slow-evenings.quiet-wish"_s;
        FavouritesStore favourites(*m_database);
        Favourite star{0, u"card"_s, kept, u"What would you like more of…"_s, u"vulnerability"_s, {}, {}};
        QVERIFY(favourites.add(star));

        // The author edits a card, drops one, adds one and reorders.
        QByteArray json = TestFiles::bytesOf(example);
        json.replace("if nothing stood in the way?", "if nothing at all stood in the way?");
        json.replace(R"("id": "arrive")", R"("id": "arrive-gently")");
        json.replace("\"title\": \"Slow evenings\"", "\"title\": \"Slow evenings, again\"");
        const QString path = m_dir->filePath(u"v2.json"_s);
        TestFiles::writeBytes(path, json);
        const auto result = PackImport::importFile(path, u"v2.json"_s, m_sections, *m_store);
        QVERIFY2(result.saved, qPrintable(result.summary()));
        QCOMPARE(result.summary(), u"\u201CSlow evenings, again\u201D: 4 cards, 1 new, 1 changed, 1 removed, "
                                   "new title, description or mood"_s);
        QCOMPARE(m_store->decks().size(), 1); // updated, not a second deck
        const auto deck = m_store->deck(u"pack.slow-evenings"_s);
        QCOMPARE(deck->deck.title, u"Slow evenings, again"_s);
        QCOMPARE(deck->deck.cardIds.at(0), u"pack.slow-evenings.arrive-gently"_s);
        QVERIFY(deck->deck.cardIds.contains(kept));
        QVERIFY(textsOf(*deck).contains(u"What would you like more of in your evenings together, if nothing at all "
                                        "stood in the way?"_s));
        // The favourite still finds its card by id.
        QVERIFY(favourites.find(u"card"_s, kept));

        // The same file once more changes nothing.
        QCOMPARE(PackImport::importFile(path, u"v2.json"_s, m_sections, *m_store).summary(),
                 u"\u201CSlow evenings, again\u201D: 4 cards, nothing changed"_s);
    }

    void aBrokenPackSavesNothing()
    {
        const auto result = PackImport::importFile(QStringLiteral(HEARTH_TEST_DATA "/packs/broken/bad-depth.json"),
                                                   u"bad-depth.json"_s, m_sections, *m_store);
        QVERIFY(!result.saved);
        QCOMPARE(result.summary(), u"bad-depth.json: cards[3].depth: must be 1, 2 or 3"_s);
        QVERIFY(m_store->decks().isEmpty());
    }

    void importingNeverTouchesOurDecks()
    {
        const QString ours = m_store->createDeck(u"Slow evenings"_s, {}, u"warm"_s);
        Card card;
        card.section = u"closeness"_s;
        card.kind = u"question"_s;
        card.answeredBy = u"each"_s;
        card.text = u"Our own question for tonight?"_s;
        QVERIFY(!m_store->addCard(ours, card).isEmpty());
        QVERIFY(PackImport::importFile(example, u"evenings.json"_s, m_sections, *m_store).saved);
        const auto mine = m_store->deck(ours);
        QCOMPARE(mine->cards.size(), 1);
        QCOMPARE(mine->source, u"ours"_s);
        QCOMPARE(m_store->decks().size(), 2);
    }

    void exportThenImportGivesTheSameDeck()
    {
        const QString ours = m_store->createDeck(u"Caf\u00e9 talks & more"_s, u"Ours, \"quoted\"\nand two lines."_s,
                                                 u"playful"_s);
        Card first;
        first.section = u"listening"_s;
        first.depth = 1;
        first.kind = u"activity"_s;
        first.answeredBy = u"both"_s;
        first.text = u"Take turns saying what {partner} did well today \u2014 \u201Cout loud\u201D."_s;
        first.followUps = {u"Which surprised you?"_s, u"Back\\slash?"_s, u"Tab\tin it?"_s};
        first.listenerHint = u"Only thanks; no buts."_s;
        first.arrival = true;
        Card second = first;
        second.depth = 3;
        second.kind = u"reflection"_s;
        second.answeredBy = u"one"_s;
        second.text = u"A deep one, on its own."_s;
        second.followUps.clear();
        second.listenerHint.clear();
        second.arrival = false;
        QVERIFY(!m_store->addCard(ours, first).isEmpty());
        QVERIFY(!m_store->addCard(ours, second).isEmpty());
        const StoredDeck original = *m_store->deck(ours);

        const QString path = m_dir->filePath(u"export.json"_s);
        QString error;
        QVERIFY2(PackExport::exportFile(original, path, &error), qPrintable(error));
        QCOMPARE(PackExport::packIdFor(original), u"cafe-talks-more"_s);
        const auto result = PackImport::importFile(path, u"export.json"_s, m_sections, *m_store);
        QVERIFY2(result.saved, qPrintable(result.summary()));
        const auto copy = m_store->deck(u"pack.cafe-talks-more"_s);
        QVERIFY(copy);
        QCOMPARE(copy->deck.title, original.deck.title);
        QCOMPARE(copy->deck.description, original.deck.description);
        QCOMPARE(copy->deck.mood, original.deck.mood);
        compareCards(copy->cards, original.cards);
        // Card ids keep their own part, so a newer export updates the same cards.
        for (qsizetype i = 0; i < copy->cards.size(); ++i)
            QCOMPARE(copy->cards.at(i).id.section(u'.', 2), original.cards.at(i).id.section(u'.', 2));

        // A pack deck exported again keeps its pack id, and imports onto itself.
        QVERIFY(PackExport::exportFile(*copy, path, &error));
        QCOMPARE(PackImport::importFile(path, u"export.json"_s, m_sections, *m_store).summary(),
                 u"\u201CCaf\u00e9 talks & more\u201D: 2 cards, nothing changed"_s);
    }

    void packIdsForExport()
    {
        StoredDeck deck;
        deck.source = DeckStore::ours;
        deck.deck.id = u"ours.k3j9x0ab2c"_s;
        deck.deck.title = u"  Sunday walks -- and talks!  "_s;
        QCOMPARE(PackExport::packIdFor(deck), u"sunday-walks-and-talks"_s);
        deck.deck.title = u"\u0412\u0435\u0447\u0435\u0440\u0430"_s; // no letters a-z: the deck's own random part
        QCOMPARE(PackExport::packIdFor(deck), u"k3j9x0ab2c"_s);
        deck.source = DeckStore::pack;
        deck.deck.id = u"pack.slow-evenings"_s;
        QCOMPARE(PackExport::packIdFor(deck), u"slow-evenings"_s);
        QCOMPARE(PackExport::localCardId(u"pack.slow-evenings"_s, u"pack.slow-evenings.arrive"_s, 0), u"arrive"_s);
        QCOMPARE(PackExport::localCardId(u"ours.x"_s, u"elsewhere.Bad Id"_s, 6), u"c07"_s);
    }

    void packsInTheDataFolderLoadAndBadOnesAreReported()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(u"decks"_s));
        TestFiles::copyFile(example, m_dir->filePath(u"decks/a-evenings.json"_s));
        TestFiles::copyFile(QStringLiteral(HEARTH_TEST_DATA "/packs/broken/bad-depth.json"),
                            m_dir->filePath(u"decks/b-broken.json"_s));
        TestFiles::copyFile(example, m_dir->filePath(u"decks/c-same-id.json"_s));
        QVERIFY(TestFiles::makeFifo(m_dir->filePath(u"decks/d-fifo.json"_s)));
        const QStringList notices = PackFolder::importAll(m_dir->path(), m_sections, *m_store);
        QCOMPARE(notices, (QStringList{
                              u"decks/b-broken.json: cards[3].depth: must be 1, 2 or 3"_s,
                              u"decks/c-same-id.json: id: the pack \"slow-evenings\" is already loaded from "
                              "decks/a-evenings.json; this file was left out"_s,
                              u"decks/d-fifo.json: is a named pipe (FIFO), not an ordinary file"_s,
                          }));
        QCOMPARE(m_store->decks().size(), 1);
        QVERIFY(PackFolder::importAll(m_dir->filePath(u"nowhere"_s), m_sections, *m_store).isEmpty());
    }

    void aHundredThousandCardsImportAndUpdate()
    {
        QByteArray json = bigPack();
        const QString path = m_dir->filePath(u"big.json"_s);
        TestFiles::writeBytes(path, json);
        QCOMPARE(PackImport::importFile(path, u"big.json"_s, m_sections, *m_store).summary(),
                 u"\u201CBig\u201D: 100000 cards, a new deck"_s);
        QCOMPARE(m_store->deck(u"pack.big"_s)->cards.size(), PackReader::maxCards);
        TestFiles::writeBytes(path, json.replace(R"("text": "Question 5?")", R"("text": "Question five?")"));
        QCOMPARE(PackImport::importFile(path, u"big.json"_s, m_sections, *m_store).summary(),
                 u"\u201CBig\u201D: 100000 cards, 1 changed"_s);
        QCOMPARE(m_store->decks().constFirst().cards.at(5).text, u"Question five?"_s);
    }

private:
    QSet<QString> m_sections;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeckStore> m_store;
};

QTEST_GUILESS_MAIN(TestPackImport)
#include "tst_packimport.moc"
