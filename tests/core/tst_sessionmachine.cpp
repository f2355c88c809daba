// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation's state machine, driven as a couple would drive it, with
// a clock the test moves: the evening's arc, arrival cards only first, the
// plan's end, consent to go deeper, going lighter, pass, star and pause.
#include "content/contentrepository.h"
#include "session/conversation.h"
#include "session/eveningarc.h"
#include "session/setupcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CardDraw::Choice)

namespace {
Conversation::Plan planOf(CardDraw::Choice choice, int cards, int minutes = 0)
{
    Conversation::Plan plan;
    plan.choice = std::move(choice);
    plan.cards = cards;
    plan.minutes = minutes;
    return plan;
}

CardDraw::Choice surprise(int ceiling)
{
    return {CardDraw::Choice::By::Surprise, {}, ceiling};
}
} // namespace

class TestSessionMachine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
    }

    // Talks about each card to the end (both turns where both answer).
    static std::optional<Conversation::Played> talk(Conversation &c)
    {
        auto played = c.next();
        return played ? played : c.next();
    }

    void theEveningReachesTheAgreedDepthByTheFourthCard_data()
    {
        QTest::addColumn<CardDraw::Choice>("choice");
        QTest::newRow("surprise") << surprise(2);
        for (const Deck &deck : m_content.decks())
            QTest::newRow(qPrintable(deck.id)) << CardDraw::Choice{CardDraw::Choice::By::Decks, {deck.id}, 2};
    }

    void theEveningReachesTheAgreedDepthByTheFourthCard()
    {
        QFETCH(CardDraw::Choice, choice);
        for (quint32 seed = 1; seed <= 300; ++seed) {
            Conversation c(m_content, [] { return 0; });
            QCOMPARE(c.start(planOf(choice, 10), {}, 0, seed), Conversation::StartResult::Started);
            int deepest = 0;
            for (int card = 1; card <= 4; ++card) {
                QVERIFY(c.current());
                QVERIFY(c.current()->depth <= 2);
                if (card == 1)
                    QCOMPARE(c.current()->depth, 1); // arriving first
                deepest = std::max(deepest, c.current()->depth);
                talk(c);
            }
            QVERIFY2(deepest == 2, qPrintable(u"seed %1 stayed light for four cards"_s.arg(seed)));
        }
    }

    void arrivalCardsComeOnlyAtTheStart()
    {
        for (quint32 seed = 1; seed <= 100; ++seed) {
            Conversation c(m_content, [] { return 0; });
            QCOMPARE(c.start(planOf(surprise(3), 0), {}, 0, seed), Conversation::StartResult::Started);
            int position = 0;
            int arrivals = 0;
            while (c.current()) {
                const Card *card = m_content.card(c.current()->id);
                if (card->arrival) {
                    QVERIFY2(position < EveningArc::arrivalCount(0),
                             qPrintable(u"seed %1: a check-in as card %2"_s.arg(seed).arg(position + 1)));
                    ++arrivals;
                }
                c.pass();
                ++position;
            }
            QCOMPARE(arrivals, 2); // the choice holds check-ins: both arrival cards are ones
            QCOMPARE(c.stage(), Conversation::Stage::Closing);
            QVERIFY(c.setUsedUp());
        }
    }

    void theEveningRisesAndEndsGently()
    {
        // Deepest agreed: arrive light, step through Deeper, then mostly Deepest.
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.start(planOf(surprise(3), 10), {}, 1, 5), Conversation::StartResult::Started);
        QList<int> depths;
        QStringList kinds;
        while (c.current()) {
            depths.append(c.current()->depth);
            kinds.append(c.current()->kind);
            talk(c);
        }
        QCOMPARE(depths.size(), 10);
        QCOMPARE(depths.mid(0, 3), (QList<int>{1, 1, 2}));
        QCOMPARE(depths.at(3), 3);
        QCOMPARE(kinds.constLast(), u"appreciation"_s); // the gentle close
        QVERIFY(c.planDone());
    }

    void theEscalatingConversationKeepsItsOrder()
    {
        Conversation c(m_content, [] { return 0; });
        auto plan = planOf(surprise(3), 10);
        plan.escalating = true;
        QCOMPARE(c.start(plan, {}, 0, 1), Conversation::StartResult::Started);
        QStringList expected;
        for (const EscalatingRound &round : m_content.escalating()->rounds)
            for (const EscalatingQuestion &q : round.questions)
                expected.append(q.id);
        QStringList asked;
        while (c.current()) {
            asked.append(c.current()->id);
            const int speaker = c.speaker();
            QVERIFY(!c.next()); // both answer: the turn swaps first
            QCOMPARE(c.speaker(), 1 - speaker);
            QVERIFY(c.next());
        }
        QCOMPARE(asked, expected); // and no plan of ten cuts it short
        QVERIFY(!c.canGoDeeper());
        QVERIFY(!c.lowerDepth());
    }

    void aPlanOfCardsEndsAndSaysSoHonestly()
    {
        Conversation c(m_content, [] { return 0; });
        const Deck &deck = *m_content.deck(u"warm-up"_s);
        QCOMPARE(c.start(planOf({CardDraw::Choice::By::Decks, {deck.id}, 2}, 5), {}, 0, 9),
                 Conversation::StartResult::Started);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!c.lastPlannedCard());
            talk(c);
        }
        QVERIFY(c.lastPlannedCard());
        QCOMPARE(c.current()->kind, u"appreciation"_s);
        const QString last = c.current()->id;
        c.pass(); // passing the closing card costs nothing: the plan counts cards talked about
        QVERIFY(!c.planDone());
        QVERIFY(c.lastPlannedCard());
        QVERIFY(c.current()->id != last);
        talk(c);
        QVERIFY(c.planDone());
        QVERIFY(c.planReached());
        QCOMPARE(c.stage(), Conversation::Stage::Talking);
        QVERIFY(!c.current()); // no card is dealt...
        QVERIFY(!c.next());
        QVERIFY(!c.pass());
        QCOMPARE(c.discussedCount(), 5);

        QVERIFY(c.oneMore()); // ...until they choose one more
        QVERIFY(c.current());
        QVERIFY(!c.planDone());
        talk(c);
        QVERIFY(c.planDone());
        QCOMPARE(c.discussedCount(), 6);
        QVERIFY(c.finish());
        QCOMPARE(c.stage(), Conversation::Stage::Closing);
        QVERIFY(c.close());
        QCOMPARE(c.stage(), Conversation::Stage::Summary);
    }

    void aPlanOfTimeEndsWithItsClosingCard()
    {
        qint64 now = 0;
        Conversation c(m_content, [&now] { return now; });
        QCOMPARE(c.start(planOf(surprise(2), 0, 20), {}, 0, 4), Conversation::StartResult::Started);
        talk(c);
        now += 19 * 60 * 1000;
        QVERIFY(!c.planReached());
        talk(c);
        QVERIFY(c.current()->kind != "appreciation"_L1 || !c.lastPlannedCard());
        now += 2 * 60 * 1000;
        QVERIFY(c.planReached());
        QVERIFY(!c.planDone()); // the card on screen is not cut short
        talk(c);
        QCOMPARE(c.current()->kind, u"appreciation"_s);
        QVERIFY(c.lastPlannedCard());
        talk(c);
        QVERIFY(c.planDone());
        QVERIFY(!c.current());
    }

    void goingDeeperNeedsBothAndChangesWhatComesNext()
    {
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.start(planOf(surprise(1), 10), {}, 0, 3), Conversation::StartResult::Started);
        talk(c);
        const QString onScreen = c.current()->id;
        QVERIFY(c.askToGoDeeper(1));
        QVERIFY(c.saidYesToDeeper(1));
        QVERIFY(!c.saidYesToDeeper(0));
        QCOMPARE(c.deeperAskedBy(), 1);
        QCOMPARE(c.depthCeiling(), 1);
        QVERIFY(!c.askToGoDeeper(1)); // saying yes twice is still one yes
        QCOMPARE(c.depthCeiling(), 1);
        QVERIFY(c.cancelDeeper()); // either can say "not now"
        QVERIFY(!c.saidYesToDeeper(1));
        QVERIFY(c.askToGoDeeper(0));
        QVERIFY(c.askToGoDeeper(1));
        QCOMPARE(c.depthCeiling(), 2);
        QCOMPARE(c.deeperAskedBy(), -1);
        QCOMPARE(c.current()->id, onScreen); // nobody is rushed off the card
        QCOMPARE(c.depthNews(), Conversation::DepthNews::NextIsDeeper);
        talk(c);
        QCOMPARE(c.current()->depth, 2); // visibly deeper, at once
        QCOMPARE(c.depthNews(), Conversation::DepthNews::ThisIsDeeper);
        talk(c);
        QCOMPARE(c.depthNews(), Conversation::DepthNews::None);
    }

    void goingLighterIsOnePersonsChoiceAndImmediate()
    {
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.start(planOf(surprise(3), 0), {}, 0, 8), Conversation::StartResult::Started);
        while (c.current()->depth < 3)
            talk(c);
        const int passedBefore = c.passedCount();
        QVERIFY(c.askToGoDeeper(0) == false); // already at the deepest
        QVERIFY(c.lowerDepth());
        QCOMPARE(c.depthCeiling(), 2);
        QVERIFY(c.current()->depth <= 2); // the deep card is set aside at once...
        QCOMPARE(c.passedCount(), passedBefore); // ...without counting as passed
        QCOMPARE(c.depthNews(), Conversation::DepthNews::Lighter);
        for (const QString &id : c.upcoming())
            QVERIFY(m_content.card(id)->depth <= 2);
        QVERIFY(c.lowerDepth());
        QVERIFY(!c.lowerDepth()); // Light is as light as it goes
        QCOMPARE(c.current()->depth, 1);
    }

    // A starred card opens a conversation with it first; choosing it agrees to its depth.
    void aChosenCardComesFirst()
    {
        const Card *deep = nullptr;
        for (const Card &card : m_content.cards()) {
            if (card.depth == 3 && !deep)
                deep = &card;
        }
        QVERIFY(deep);
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.startWithCard(deep->id, 1, {}, 0, 12), Conversation::StartResult::Started);
        QCOMPARE(c.current()->id, deep->id);
        QCOMPARE(c.depthCeiling(), 3);
        QVERIFY(!c.upcoming().contains(deep->id));
        for (const QString &id : c.upcoming())
            QCOMPARE(m_content.card(id)->deckId, deep->deckId);
    }

    void passAndStarAreKeptApart()
    {
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.start(planOf(surprise(2), 5), {}, 0, 2), Conversation::StartResult::Started);
        const QString first = c.current()->id;
        c.noteStar(first, true);
        QCOMPARE(c.starredCount(), 1);
        const auto passed = c.pass();
        QVERIFY(passed);
        QCOMPARE(passed->cardId, first);
        QVERIFY(!passed->discussed);
        QCOMPARE(c.passedCount(), 1);
        QCOMPARE(c.discussedCount(), 0);
        c.noteStar(first, false);
        QCOMPARE(c.starredCount(), 0);
        const auto talked = talk(c);
        QVERIFY(talked && talked->discussed);
    }

    void turnsAlternateCardByCard()
    {
        Conversation c(m_content, [] { return 0; });
        QCOMPARE(c.start(planOf(surprise(2), 0), {}, 1, 6), Conversation::StartResult::Started);
        for (int card = 0; card < 8 && c.current(); ++card) {
            if (c.current()->answeredBy == "both"_L1)
                QCOMPARE(c.speaker(), -1);
            else
                QCOMPARE(c.speaker(), (1 + card) % 2);
            if (c.speaker() >= 0) {
                QVERIFY(c.markHeard());
                QVERIFY(c.heard());
            }
            talk(c);
        }
    }

    void theClockCountsOnlyTalking()
    {
        qint64 now = 0;
        Conversation c(m_content, [&now] { return now; });
        QCOMPARE(c.start(planOf(surprise(2), 5), {}, 0, 1), Conversation::StartResult::Started);
        now += 60'000;
        QCOMPARE(c.elapsedSeconds(), 60);
        c.holdClock(); // the help is open
        now += 30'000;
        QCOMPARE(c.elapsedSeconds(), 60);
        QVERIFY(c.current()); // and the card stays
        c.releaseClock();
        now += 10'000;
        QCOMPARE(c.elapsedSeconds(), 70);
        const QString card = c.current()->id;
        QVERIFY(c.pause());
        QCOMPARE(c.stage(), Conversation::Stage::Paused);
        QVERIFY(!c.next());
        now += 5 * 60'000;
        QCOMPARE(c.elapsedSeconds(), 70);
        QCOMPARE(c.pauseSecondsLeft(), Conversation::suggestedPauseSeconds - 300);
        QVERIFY(c.resume());
        QCOMPARE(c.current()->id, card);
        now += 1000;
        QCOMPARE(c.elapsedSeconds(), 71);
        QVERIFY(c.finish());
        now += 60'000;
        QCOMPARE(c.elapsedSeconds(), 71);
    }

    void setupSaysWhatIsMissing()
    {
        using SetupCheck::Missing;
        QCOMPARE(SetupCheck::missing(u""_s, u" "_s, u"surprise"_s, {}), Missing::BothNames);
        QCOMPARE(SetupCheck::missing(u"Maya"_s, u""_s, u"surprise"_s, {}), Missing::SecondName);
        QCOMPARE(SetupCheck::missing(u""_s, u"Sam"_s, u"surprise"_s, {}), Missing::FirstName);
        QCOMPARE(SetupCheck::missing(u"Maya"_s, u"Sam"_s, u"decks"_s, {}), Missing::Decks);
        QCOMPARE(SetupCheck::missing(u"Maya"_s, u"Sam"_s, u"sections"_s, {}), Missing::Sections);
        QCOMPARE(SetupCheck::missing(u"Maya"_s, u"Sam"_s, u"decks"_s, {u"warm-up"_s}), Missing::Nothing);
        QCOMPARE(SetupCheck::missing(u"Maya"_s, u"Sam"_s, u"escalating"_s, {}), Missing::Nothing);
        QCOMPARE(SetupCheck::firstSentence(u"Easy questions. Pick this first."_s), u"Easy questions."_s);
        QCOMPARE(SetupCheck::firstSentence(u"No full stop"_s), u"No full stop"_s);
        for (const Deck &deck : m_content.decks()) {
            const QString line = SetupCheck::firstSentence(deck.description);
            QVERIFY2(line.endsWith(u'.') && line.size() < deck.description.size(), qPrintable(deck.id));
        }
    }

    // A check-in is light by rule; the content check says so for a deep one.
    void anArrivalCardMustBeLight()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"decks"_s));
        for (const QString &file : {u"guide.json"_s, u"decks/good.json"_s}) // a guide and the deck it links to
            QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/content/mixed/") + file, dir.filePath(file)));
        QFile deck(dir.filePath(u"decks/arrivals.json"_s));
        QVERIFY(deck.open(QIODevice::WriteOnly));
        deck.write(R"({"format": "hearth-deck", "version": 1, "id": "arrivals", "title": "Arrivals",
            "description": "Check-ins.", "mood": "light", "cards": [
            {"id": "arrivals-01", "section": "alpha", "depth": 1, "arrival": true, "kind": "question",
             "answeredBy": "each", "text": "How are you arriving tonight?"},
            {"id": "arrivals-02", "section": "alpha", "depth": 2, "arrival": true, "kind": "question",
             "answeredBy": "each", "text": "What weighs on you most, right now?"},
            {"id": "arrivals-03", "section": "alpha", "depth": 1, "kind": "question",
             "answeredBy": "each", "text": "What did you look forward to this week?"}]})");
        deck.close();
        ContentRepository content;
        content.loadDirectory(dir.path());
        QCOMPARE(content.errors().size(), 1);
        QVERIFY2(content.errors().constFirst().toString().contains(u"arrival card must be light"_s),
                 qPrintable(content.errors().constFirst().toString()));
        QVERIFY(content.card(u"arrivals-01"_s)->arrival);
        QVERIFY(!content.card(u"arrivals-03"_s)->arrival);
        QVERIFY(!content.card(u"arrivals-02"_s));
    }

private:
    ContentRepository m_content;
};

QTEST_GUILESS_MAIN(TestSessionMachine)
#include "tst_sessionmachine.moc"
