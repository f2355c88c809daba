// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's own decks in the database: namespaced ids, order, every field
// kept, undo of a removed card, and failures that change nothing.
#include "decks/deckstore.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Card card(const QString &text, int depth = 1)
{
    Card c;
    c.section = u"closeness"_s;
    c.depth = depth;
    c.kind = u"question"_s;
    c.answeredBy = u"each"_s;
    c.text = text;
    return c;
}

QStringList textsOf(const StoredDeck &deck)
{
    QStringList texts;
    for (const Card &c : deck.cards)
        texts.append(c.text);
    return texts;
}

} // namespace

class TestDeckStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>();
        m_database->open(m_dir.path());
        QCOMPARE(m_database->state(), Database::State::Ready);
        m_store = std::make_unique<DeckStore>(*m_database);
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
        QVERIFY(QFile::remove(m_dir.filePath(Database::fileName())));
    }

    void aNewDeckHasANamespacedIdAndIsKept()
    {
        const QString id = m_store->createDeck(u" Sunday walks "_s, u"For slow mornings."_s, u"light"_s);
        QVERIFY2(QRegularExpression(u"^ours\\.[a-z0-9]{8,}$"_s).match(id).hasMatch(), qPrintable(id));
        QVERIFY(!id.contains(u'-'));

        // Reopened from the file: it is on disk, not only in a cache.
        m_store.reset();
        m_database = std::make_unique<Database>();
        m_database->open(m_dir.path());
        m_store = std::make_unique<DeckStore>(*m_database);
        const auto deck = m_store->deck(id);
        QVERIFY(deck);
        QCOMPARE(deck->source, u"ours"_s);
        QCOMPARE(deck->deck.title, u"Sunday walks"_s);
        QCOMPARE(deck->deck.description, u"For slow mornings."_s);
        QCOMPARE(deck->deck.mood, u"light"_s);
        QVERIFY(deck->created.isValid());
        QVERIFY(deck->cards.isEmpty());
        QCOMPARE(m_store->decks().size(), 1);
    }

    void cardsKeepEveryFieldAndTheirOrder()
    {
        const QString deckId = m_store->createDeck(u"Ours"_s, {}, u"warm"_s);
        Card full = card(u"What would {partner} love to hear today?"_s);
        full.section = u"listening"_s;
        full.kind = u"reflection"_s;
        full.answeredBy = u"both"_s;
        full.followUps = {u"Why that?"_s, u"When last?"_s};
        full.listenerHint = u"Just listen."_s;
        full.arrival = true;
        const QString first = m_store->addCard(deckId, full);
        const QString second = m_store->addCard(deckId, card(u"A second card, deeper."_s, 3));
        QVERIFY2(first.startsWith(deckId + u'.'), qPrintable(first));
        QVERIFY(second.startsWith(deckId + u'.'));
        QVERIFY(first != second);

        const auto deck = m_store->deck(deckId);
        QVERIFY(deck);
        QCOMPARE(deck->deck.cardIds, (QStringList{first, second}));
        const Card &stored = deck->cards.at(0);
        QCOMPARE(stored.id, first);
        QCOMPARE(stored.deckId, deckId);
        QCOMPARE(stored.section, u"listening"_s);
        QCOMPARE(stored.depth, 1);
        QCOMPARE(stored.kind, u"reflection"_s);
        QCOMPARE(stored.answeredBy, u"both"_s);
        QCOMPARE(stored.text, full.text);
        QCOMPARE(stored.followUps, full.followUps);
        QCOMPARE(stored.listenerHint, full.listenerHint);
        QVERIFY(stored.arrival);
        QCOMPARE(deck->cards.at(1).depth, 3);
        QCOMPARE(m_store->decks().constFirst().cards.size(), 2);
    }

    void anEditKeepsTheId()
    {
        const QString deckId = m_store->createDeck(u"Ours"_s, {}, u"warm"_s);
        Card c = card(u"The first words."_s);
        c.id = m_store->addCard(deckId, c);
        c.text = u"Better words."_s;
        c.depth = 2;
        QVERIFY2(m_store->updateCard(c), qPrintable(m_store->lastError()));
        const auto deck = m_store->deck(deckId);
        QCOMPARE(deck->cards.constFirst().id, c.id);
        QCOMPARE(deck->cards.constFirst().text, u"Better words."_s);
        QCOMPARE(deck->cards.constFirst().depth, 2);

        Deck fields = deck->deck;
        fields.title = u"Renamed"_s;
        fields.mood = u"deep"_s;
        QVERIFY(m_store->updateDeck(fields));
        QCOMPARE(m_store->deck(deckId)->deck.title, u"Renamed"_s);
        QCOMPARE(m_store->deck(deckId)->deck.mood, u"deep"_s);
    }

    void moveRemoveAndPutBack()
    {
        const QString deckId = m_store->createDeck(u"Ours"_s, {}, u"warm"_s);
        QStringList ids;
        for (const QString &text : {u"Card A."_s, u"Card B."_s, u"Card C."_s, u"Card D."_s})
            ids.append(m_store->addCard(deckId, card(text)));

        QVERIFY(m_store->moveCard(ids.at(0), 2));
        QCOMPARE(textsOf(*m_store->deck(deckId)), (QStringList{u"Card B."_s, u"Card C."_s, u"Card A."_s, u"Card D."_s}));
        QVERIFY(m_store->moveCard(ids.at(3), 0));
        QCOMPARE(textsOf(*m_store->deck(deckId)), (QStringList{u"Card D."_s, u"Card B."_s, u"Card C."_s, u"Card A."_s}));
        QVERIFY(m_store->moveCard(ids.at(1), 99)); // clamped to the end
        QCOMPARE(textsOf(*m_store->deck(deckId)), (QStringList{u"Card D."_s, u"Card C."_s, u"Card A."_s, u"Card B."_s}));

        // Undo of a delete: the same card, with its id, where it was.
        const Card removed = m_store->deck(deckId)->cards.at(1);
        QVERIFY(m_store->removeCard(removed.id));
        QCOMPARE(textsOf(*m_store->deck(deckId)), (QStringList{u"Card D."_s, u"Card A."_s, u"Card B."_s}));
        QVERIFY2(m_store->insertCard(deckId, removed, 1), qPrintable(m_store->lastError()));
        const auto deck = m_store->deck(deckId);
        QCOMPARE(textsOf(*deck), (QStringList{u"Card D."_s, u"Card C."_s, u"Card A."_s, u"Card B."_s}));
        QCOMPARE(deck->cards.at(1).id, removed.id);
        // Positions stay 0..n-1 after all that, so the next card goes last.
        QVERIFY(!m_store->addCard(deckId, card(u"Card E."_s)).isEmpty());
        QCOMPARE(textsOf(*m_store->deck(deckId)).last(), u"Card E."_s);
    }

    void removingADeckTakesItsCards()
    {
        const QString keep = m_store->createDeck(u"Keep"_s, {}, u"warm"_s);
        const QString drop = m_store->createDeck(u"Drop"_s, {}, u"warm"_s);
        QVERIFY(!m_store->addCard(keep, card(u"Stays here."_s)).isEmpty());
        QVERIFY(!m_store->addCard(drop, card(u"Goes away."_s)).isEmpty());
        QVERIFY(m_store->removeDeck(drop));
        QVERIFY(!m_store->deck(drop));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM deck_cards"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!m_store->removeDeck(drop));
        QCOMPARE(m_store->lastError(), u"there is no deck \"%1\""_s.arg(drop));
    }

    void brokenCardsAndDecksAreRefusedWithTheRulesWords()
    {
        QCOMPARE(m_store->createDeck(u" "_s, {}, u"warm"_s), QString());
        QCOMPARE(m_store->lastError(), u"title: must not be empty"_s);
        const QString deckId = m_store->createDeck(u"Ours"_s, {}, u"warm"_s);
        Card bad = card(u"Who is {name}?"_s, 5);
        QCOMPARE(m_store->addCard(deckId, bad), QString());
        QCOMPARE(m_store->lastError(), u"depth: must be 1, 2 or 3; text: \"{name}\" is not a placeholder Hearth knows "
                                        "(the only one is {partner})"_s);
        QVERIFY(m_store->deck(deckId)->cards.isEmpty());
        QCOMPARE(m_store->addCard(u"ours.missing"_s, card(u"No deck for me."_s)), QString());
        QVERIFY(!m_store->lastError().isEmpty());
        QVERIFY(!m_store->moveCard(u"ours.missing.x"_s, 0));
        QCOMPARE(m_store->lastError(), u"there is no card \"ours.missing.x\""_s);
        // A card put back must belong to the deck by its id.
        Card stray = card(u"From elsewhere."_s);
        stray.id = u"pack.other.c01"_s;
        QVERIFY(!m_store->insertCard(deckId, stray, 0));
    }

    void saveDeckReplacesCardsAndKeepsTheirIds()
    {
        StoredDeck deck;
        deck.deck.id = u"pack.evenings"_s;
        deck.deck.title = u"Evenings"_s;
        deck.deck.description = u"From a friend."_s;
        deck.deck.mood = u"warm"_s;
        deck.source = DeckStore::pack;
        for (const QString &local : {u"c01"_s, u"c02"_s}) {
            Card c = card(u"Card "_s + local + u'.');
            c.id = deck.deck.id + u'.' + local;
            deck.cards.append(c);
        }
        QVERIFY2(m_store->saveDeck(deck), qPrintable(m_store->lastError()));
        const QDateTime created = m_store->deck(u"pack.evenings"_s)->created;
        deck.cards.removeFirst();
        deck.cards.append(card(u"Card c03."_s));
        deck.cards.last().id = u"pack.evenings.c03"_s;
        deck.deck.title = u"Evenings, again"_s;
        QVERIFY(m_store->saveDeck(deck));
        const auto saved = m_store->deck(u"pack.evenings"_s);
        QCOMPARE(saved->deck.title, u"Evenings, again"_s);
        QCOMPARE(saved->deck.cardIds, (QStringList{u"pack.evenings.c02"_s, u"pack.evenings.c03"_s}));
        QCOMPARE(saved->created, created);
        QCOMPARE(m_store->decks().size(), 1);

        // A deck must be named by its source, so a pack can never write over one of ours.
        deck.deck.id = u"ours.abc"_s;
        QVERIFY(!m_store->saveDeck(deck));
        QCOMPARE(m_store->decks().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeckStore> m_store;
};

QTEST_GUILESS_MAIN(TestDeckStore)
#include "tst_deckstore.moc"
