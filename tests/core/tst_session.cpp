// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation's rules: which cards are drawn and in what order, whose
// turn it is, and what the history remembers.
#include "content/contentrepository.h"
#include "session/carddraw.h"
#include "session/turns.h"
#include "storage/database.h"
#include "storage/historystore.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
    }

    void theDrawRespectsTheChoiceAndTheCeiling()
    {
        CardDraw::Choice bySection{CardDraw::Choice::By::Sections, {u"listening"_s, u"investing"_s}, 2};
        const auto result = CardDraw::draw(m_content, bySection, {}, 7);
        QVERIFY(!result.cardIds.isEmpty());
        QVERIFY(!result.usedUp);
        for (const QString &id : result.cardIds) {
            const Card *card = m_content.card(id);
            QVERIFY(card->section == "listening"_L1 || card->section == "investing"_L1);
            QVERIFY(card->depth <= 2);
        }
        int expected = 0;
        for (const Card &card : m_content.cards())
            expected += (card.section == "listening"_L1 || card.section == "investing"_L1) && card.depth <= 2;
        QCOMPARE(result.cardIds.size(), expected);

        const Deck &deck = m_content.decks().at(3);
        CardDraw::Choice byDeck{CardDraw::Choice::By::Decks, {deck.id}, 3};
        const auto deckDraw = CardDraw::draw(m_content, byDeck, {}, 7);
        QCOMPARE(QSet<QString>(deckDraw.cardIds.cbegin(), deckDraw.cardIds.cend()),
                 QSet<QString>(deck.cardIds.cbegin(), deck.cardIds.cend()));

        CardDraw::Choice light{CardDraw::Choice::By::Surprise, {}, 1};
        for (const QString &id : CardDraw::draw(m_content, light, {}, 1).cardIds)
            QCOMPARE(m_content.card(id)->depth, 1);
    }

    void theDrawIsSeededAndWarmsUp()
    {
        const CardDraw::Choice all{CardDraw::Choice::By::Surprise, {}, 3};
        const auto first = CardDraw::draw(m_content, all, {}, 42);
        QCOMPARE(CardDraw::draw(m_content, all, {}, 42).cardIds, first.cardIds);
        QVERIFY(CardDraw::draw(m_content, all, {}, 43).cardIds != first.cardIds);
        QCOMPARE(first.cardIds.size(), m_content.cards().size());
        int previousDepth = 1;
        for (const QString &id : first.cardIds) {
            QVERIFY(m_content.card(id)->depth >= previousDepth);
            previousDepth = m_content.card(id)->depth;
        }
    }

    void cardsTalkedAboutAreNotDrawnUntilTheSetIsUsedUp()
    {
        const Deck &deck = m_content.decks().constFirst();
        const CardDraw::Choice choice{CardDraw::Choice::By::Decks, {deck.id}, 3};
        CardHistory history;
        for (qsizetype i = 0; i < deck.cardIds.size() - 2; ++i)
            history.timesDiscussed.insert(deck.cardIds.at(i), 1);
        auto result = CardDraw::draw(m_content, choice, history, 3);
        QCOMPARE(result.cardIds.size(), 2);
        QVERIFY(!result.usedUp);
        QVERIFY(result.cardIds.contains(deck.cardIds.constLast()));

        for (const QString &id : deck.cardIds)
            history.timesDiscussed.insert(id, 1);
        result = CardDraw::draw(m_content, choice, history, 3);
        QVERIFY(result.usedUp);
        QVERIFY(result.cardIds.isEmpty());

        // Starting over opens a new round; what is talked about in it waits again.
        history.timesDiscussed.insert(deck.cardIds.constFirst(), 2);
        result = CardDraw::draw(m_content, choice, history, 3, true);
        QCOMPARE(result.cardIds.size(), deck.cardIds.size() - 1);
        QVERIFY(!result.cardIds.contains(deck.cardIds.constFirst()));
    }

    void passedCardsComeBackOnlyMuchLater()
    {
        const Deck &deck = m_content.decks().constFirst();
        const CardDraw::Choice choice{CardDraw::Choice::By::Decks, {deck.id}, 3};
        CardHistory history;
        const QString older = deck.cardIds.at(0);
        const QString newer = deck.cardIds.at(1);
        history.lastPassed.insert(newer, QDateTime::currentDateTimeUtc());
        history.lastPassed.insert(older, QDateTime::currentDateTimeUtc().addDays(-3));
        const auto result = CardDraw::draw(m_content, choice, history, 11);
        QCOMPARE(result.cardIds.size(), deck.cardIds.size());
        QCOMPARE(result.cardIds.at(result.cardIds.size() - 2), older);
        QCOMPARE(result.cardIds.constLast(), newer);
    }

    void turnsAreFairOverManySessions()
    {
        std::optional<int> last;
        int opened[2] = {0, 0};
        int spoke[2] = {0, 0};
        // Sessions of uneven lengths, as real evenings are.
        for (int session = 0; session < 101; ++session) {
            const int first = Turns::firstSpeakerAfter(last);
            if (last)
                QCOMPARE(first, Turns::other(*last));
            last = first;
            ++opened[first];
            const int cards = 1 + (session * 7) % 9;
            for (int card = 0; card < cards; ++card)
                ++spoke[Turns::speakerForCard(first, card)];
        }
        QVERIFY(std::abs(opened[0] - opened[1]) <= 1);
        QVERIFY2(std::abs(spoke[0] - spoke[1]) <= 1, qPrintable(u"%1 vs %2"_s.arg(spoke[0]).arg(spoke[1])));
    }

    void theHistoryRemembersPerCouple()
    {
        Database database;
        database.open({});
        HistoryStore store(database);
        QVERIFY(!store.lastCouple());
        Couple us{0, {u"Robin"_s, u"Sam"_s}, {u"#B4552F"_s, u"#5F7F62"_s}};
        QVERIFY(store.saveCouple(us));
        QVERIFY(us.id > 0);
        Couple others{0, {u"Ash"_s, u"Kai"_s}, {u"#123456"_s, u"#654321"_s}};
        QVERIFY(store.saveCouple(others));
        QTest::qWait(5); // "Last" is by time saved, to the millisecond.
        us.names[1] = u"Samira"_s;
        QVERIFY(store.saveCouple(us));
        QCOMPARE(store.lastCouple()->names[1], u"Samira"_s);

        const qint64 session = store.startSession(us.id, u"cards"_s, 1, 2);
        QVERIFY(session > 0);
        QCOMPARE(store.lastFirstSpeaker(us.id), 1);
        QVERIFY(!store.lastFirstSpeaker(others.id));
        QVERIFY(store.recordCard(session, u"a"_s, true));
        QVERIFY(store.recordCard(session, u"b"_s, false));
        QVERIFY(store.recordCard(session, u"c"_s, false));
        QVERIFY(store.recordCard(session, u"c"_s, true)); // passed, then talked about after all
        QVERIFY(store.addAppreciation(session, 0, u"You listened so well tonight."_s));
        QVERIFY(store.endSession(session, u"Lovely"_s));

        const CardHistory history = store.cardHistory(us.id);
        QCOMPARE(history.timesDiscussed.value(u"a"_s), 1);
        QCOMPARE(history.timesDiscussed.value(u"c"_s), 1);
        QVERIFY(history.lastPassed.contains(u"b"_s));
        QVERIFY(!history.lastPassed.contains(u"c"_s));
        QVERIFY(store.cardHistory(others.id).timesDiscussed.isEmpty());

        const SessionSummary summary = store.summary(session);
        QCOMPARE(summary.discussed, 2);
        QCOMPARE(summary.passed, 2);
        QVERIFY(summary.seconds >= 0);
    }

    void pastConversationsAreThereToLookBackOnAndToForget()
    {
        Database database;
        database.open({});
        HistoryStore store(database);
        Couple us{0, {u"Robin"_s, u"Sam"_s}, {u"#B4552F"_s, u"#5F7F62"_s}};
        QVERIFY(store.saveCouple(us));
        Couple others{0, {u"Ash"_s, u"Kai"_s}, {u"#123456"_s, u"#654321"_s}};
        QVERIFY(store.saveCouple(others));

        const qint64 first = store.startSession(us.id, u"cards"_s, 0, 2);
        QVERIFY(store.recordCard(first, u"a"_s, true));
        QVERIFY(store.recordCard(first, u"b"_s, false));
        QVERIFY(store.recordCard(first, u"c"_s, true));
        QVERIFY(store.addAppreciation(first, 1, u"You made me laugh — ünïcödé."_s));
        QVERIFY(store.endSession(first, u"Walks again soon"_s));
        QTest::qWait(5); // newest first, by the millisecond
        const qint64 onlyPassed = store.startSession(us.id, u"cards"_s, 1, 2);
        QVERIFY(store.recordCard(onlyPassed, u"d"_s, false));
        QVERIFY(store.endSession(onlyPassed, QString()));
        QTest::qWait(5);
        const qint64 unfinished = store.startSession(us.id, u"escalating"_s, 0, 3);
        QVERIFY(store.recordCard(unfinished, u"e"_s, true));
        const qint64 theirs = store.startSession(others.id, u"cards"_s, 0, 1);
        QVERIFY(store.recordCard(theirs, u"a"_s, true));

        const QList<PastConversation> past = store.pastConversations(us.id);
        QCOMPARE(past.size(), 2); // nothing to look back on in a session of passes alone
        QCOMPARE(past.at(0).id, unfinished);
        QVERIFY(!past.at(0).endedAt.isValid());
        QCOMPARE(past.at(0).mode, u"escalating"_s);
        QCOMPARE(past.at(1).id, first);
        QCOMPARE(past.at(1).discussedCardIds, (QStringList{u"a"_s, u"c"_s})); // passes leave no trace here
        QCOMPARE(past.at(1).note, u"Walks again soon"_s);
        QCOMPARE(past.at(1).appreciations[0], QString());
        QCOMPARE(past.at(1).appreciations[1], u"You made me laugh — ünïcödé."_s);
        QVERIFY(past.at(1).endedAt >= past.at(1).startedAt);

        QVERIFY(store.forgetConversation(first));
        QVERIFY(!store.forgetConversation(first));
        QCOMPARE(store.pastConversations(us.id).size(), 1);
        QVERIFY(!store.cardHistory(us.id).timesDiscussed.contains(u"a"_s)); // its cards may come again
        QCOMPARE(store.pastConversations(others.id).size(), 1);
    }

private:
    ContentRepository m_content;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
