// SPDX-License-Identifier: GPL-3.0-or-later
// Looking back on conversations (ConversationsModel) and not losing the
// closing words when Hearth is closed before Finish (SessionController).
#include "content/contentrepository.h"
#include "models/conversationsmodel.h"
#include "models/favouritesmodel.h"
#include "session/sessioncontroller.h"
#include "storage/database.h"
#include "storage/favouritesstore.h"
#include "storage/historystore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
    }

    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->open({});
        m_store = std::make_unique<FavouritesStore>(*m_database);
        m_favourites = std::make_unique<FavouritesModel>(*m_store, m_content, *m_database);
        m_session = std::make_unique<SessionController>(m_content, *m_database, m_favourites.get());
        QVERIFY(m_session->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
    }

    void cleanup()
    {
        m_session.reset();
        m_favourites.reset();
        m_store.reset();
        m_database.reset();
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
        ConversationsModel conversations(m_content, *m_database, m_session.get());
        QAbstractItemModelTester tester(&conversations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(conversations.count(), 0);

        const QString card = talkAboutOneCard();
        QVERIFY(!card.isEmpty());
        m_session->close(u"You listened."_s, QString(), true, u"Sundays suit us"_s);
        QCOMPARE(conversations.count(), 1);
        const QVariantMap row = conversations.get(0).toMap();
        QCOMPARE(row.value(u"cardTexts"_s).toStringList(), QStringList{m_content.prompt(u"card"_s, card).text});
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
        ConversationsModel conversations(m_content, *m_database, m_session.get());
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
        m_session->keepHeldClosingWords(); // what AppState does on quit
        m_session.reset();

        const QList<PastConversation> past = HistoryStore(*m_database).pastConversations(couple);
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
        m_session->keepHeldClosingWords(); // what AppState does on quit
        m_session.reset();
        const QList<PastConversation> past = HistoryStore(*m_database).pastConversations(couple);
        QCOMPARE(past.size(), 1);
        QVERIFY(past.at(0).appreciations[0].isEmpty());
        QVERIFY(past.at(0).note.isEmpty());
    }

private:
    ContentRepository m_content;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FavouritesStore> m_store;
    std::unique_ptr<FavouritesModel> m_favourites;
    std::unique_ptr<SessionController> m_session;
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
