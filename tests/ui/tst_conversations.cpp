// SPDX-License-Identifier: GPL-3.0-or-later
// Looking back on conversations (ConversationsModel), not losing the closing
// words when Hearth is closed before Finish, and what SessionController adds
// to the core's conversation: star notes kept as favourites, the setup's
// sentence. All through the app as composed (AppState over a data folder).
#include "appstate.h"
#include "content/contentrepository.h"
#include "models/conversationsmodel.h"
#include "models/favouritesmodel.h"
#include "session/sessioncontroller.h"
#include "storage/historystore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversations : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_app = std::make_unique<AppState>(m_dir->path());
        m_session = m_app->together();
        QVERIFY(m_session->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
    }

    void cleanup()
    {
        m_session = nullptr;
        m_app.reset();
        m_dir.reset();
    }


    // Talks about one card in a new session and goes on to the closing.
    QString talkAboutOneCard()
    {
        if (!m_session->start(u"surprise"_s, {}, 2, 5, 0))
            return {};
        QString card = m_session->cardId();
        while (m_session->cardId() == card)
            m_session->next(); // cards both answer take two turns
        m_session->finish();
        return card;
    }

    void aClosedConversationIsThereToLookBackOn()
    {
        ConversationsModel &conversations = *m_app->conversations();
        QAbstractItemModelTester tester(&conversations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(conversations.count(), 0);

        const QString card = talkAboutOneCard();
        QVERIFY(!card.isEmpty());
        m_session->close(u"You listened."_s, QString(), true, u"Sundays suit us"_s);
        QCOMPARE(conversations.count(), 1);
        const QVariantMap row = conversations.get(0).toMap();
        QCOMPARE(row.value(u"cardTexts"_s).toStringList(), QStringList{m_app->content().prompt(u"card"_s, card).text});
        QCOMPARE(row.value(u"firstAppreciation"_s).toString(), u"You listened."_s);
        QCOMPARE(row.value(u"secondAppreciation"_s).toString(), QString());
        QCOMPARE(row.value(u"note"_s).toString(), u"Sundays suit us"_s);
        QVERIFY(row.value(u"minutes"_s).toInt() >= 0);

        QVERIFY(conversations.forget(0));
        QCOMPARE(conversations.count(), 0);
        QVERIFY(!conversations.forget(0));
    }

    void wordsNotKeptStayUnkept()
    {
        ConversationsModel &conversations = *m_app->conversations();
        QVERIFY(!talkAboutOneCard().isEmpty());
        m_session->close(u"Private"_s, u"Also private"_s, false, u"A note"_s);
        QCOMPARE(conversations.count(), 1); // the card was talked about
        const QVariantMap row = conversations.get(0).toMap();
        QVERIFY(row.value(u"firstAppreciation"_s).toString().isEmpty());
        QVERIFY(row.value(u"note"_s).toString().isEmpty());
    }

    // The window closed (or a logout) on the closing screen: what was written
    // with "keep" ticked is kept, as Finish would have kept it.
    void closingWordsSurviveHearthClosingBeforeFinish()
    {
        QVERIFY(!talkAboutOneCard().isEmpty());
        QCOMPARE(m_session->stage(), SessionController::Stage::Closing);
        m_session->holdClosingWords(u"You made me laugh — ünïcödé"_s, QString(), true, QString());
        m_session->holdClosingWords(u"You made me laugh — ünïcödé"_s, u"You waited for me"_s, true, u"More of this"_s);
        const qint64 couple = m_session->coupleId();
        closeHearth();

        m_app = std::make_unique<AppState>(m_dir->path());
        const QList<PastConversation> past = HistoryStore(m_app->database()).pastConversations(couple);
        QCOMPARE(past.size(), 1);
        QCOMPARE(past.at(0).appreciations[0], u"You made me laugh — ünïcödé"_s);
        QCOMPARE(past.at(0).appreciations[1], u"You waited for me"_s);
        QCOMPARE(past.at(0).note, u"More of this"_s);
        QVERIFY(past.at(0).endedAt.isValid());
    }

    void heldWordsNotToKeepAreNotKept()
    {
        QVERIFY(!talkAboutOneCard().isEmpty());
        m_session->holdClosingWords(u"Only for now"_s, QString(), false, u"Not this either"_s);
        const qint64 couple = m_session->coupleId();
        closeHearth();
        m_app = std::make_unique<AppState>(m_dir->path());
        const QList<PastConversation> past = HistoryStore(m_app->database()).pastConversations(couple);
        QCOMPARE(past.size(), 1);
        QVERIFY(past.at(0).appreciations[0].isEmpty());
        QVERIFY(past.at(0).note.isEmpty());
    }

    // A star's note, written on the card, is the favourite's note.
    void aStarTakesANoteWithoutLeavingTheCard()
    {
        QVERIFY(m_session->start(u"surprise"_s, {}, 2, 5, 0));
        const QString card = m_session->cardId();
        QVERIFY(!m_session->setStarNote(u"not starred yet"_s));
        m_session->toggleStar();
        QVERIFY(m_session->cardStarred());
        QCOMPARE(m_session->starredCount(), 1);
        QVERIFY(m_session->setStarNote(u"  For our Sunday walk  "_s));
        QCOMPARE(m_session->cardStarNote(), u"For our Sunday walk"_s);
        QCOMPARE(m_session->cardId(), card);
        FavouritesModel &favourites = *m_app->favourites();
        QCOMPARE(favourites.rowCount(), 1);
        QCOMPARE(favourites.index(0, 0).data(FavouritesModel::NoteRole).toString(), u"For our Sunday walk"_s);
        QCOMPARE(favourites.index(0, 0).data(FavouritesModel::ContentIdRole).toString(), card);
    }

    void theSetupSaysWhatIsMissing()
    {
        QCOMPARE(m_session->missingForStart(u"Robin"_s, u"Sam"_s, u"decks"_s, {}),
                 u"Choose at least one set of cards to begin."_s);
        QCOMPARE(m_session->missingForStart(u""_s, u""_s, u"decks"_s, {}), u"Write both your names to begin."_s);
        QVERIFY(m_session->missingForStart(u"Robin"_s, u"Sam"_s, u"decks"_s, {u"warm-up"_s}).isEmpty());
        QCOMPARE(m_session->deckSummary(u"warm-up"_s),
                 u"Easy, friendly questions to help you settle in and start talking."_s);
    }

    // The plan's end in the plan's own terms: a card count is never called time.
    void thePlansEndIsSaidInCards()
    {
        QVERIFY(m_session->start(u"surprise"_s, {}, 2, 2, 0));
        for (int talked = 0; talked < 2; ++talked) {
            const QString card = m_session->cardId();
            while (m_session->cardId() == card)
                m_session->next();
        }
        QVERIFY(m_session->planDone());
        QCOMPARE(m_session->planNote(), u"That was the last card you planned."_s);
        QVERIFY(!m_session->planNote().contains(u"time"_s));
        m_session->oneMore();
        QVERIFY(!m_session->planDone());
        QVERIFY(!m_session->cardId().isEmpty());
    }

private:
    // Hearth closes: what AppState does on quit, then nothing is left.
    void closeHearth()
    {
        m_session = nullptr;
        m_app.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    SessionController *m_session = nullptr;
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
