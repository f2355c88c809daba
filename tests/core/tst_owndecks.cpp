// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's own decks beside the built-in content, and the partner
// placeholder their cards may use.
#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Deck ownDeck(const QString &id, const QString &title, DeckOrigin origin = DeckOrigin::Ours)
{
    Deck deck;
    deck.id = id;
    deck.title = title;
    deck.description = u"Written by the two of us."_s;
    deck.mood = u"warm"_s;
    deck.origin = origin;
    return deck;
}

Card ownCard(const QString &deckId, const QString &id, const QString &text)
{
    Card card;
    card.id = deckId + u'.' + id;
    card.deckId = deckId;
    card.section = u"closeness"_s;
    card.depth = 1;
    card.kind = u"question"_s;
    card.answeredBy = u"each"_s;
    card.text = text;
    return card;
}

ContentRepository builtIn()
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    return content;
}

} // namespace

class TestOwnDecks : public QObject
{
    Q_OBJECT

private slots:
    void ownDecksAreShownBesideTheBuiltInOnes()
    {
        ContentRepository content = builtIn();
        const qsizetype builtInDecks = content.decks().size();
        const qsizetype builtInCards = content.cards().size();
        const QString firstBuiltIn = content.cards().constFirst().id;

        content.setOwnDecks({ownDeck(u"ours.abc"_s, u"Sunday questions"_s)},
                            {ownCard(u"ours.abc"_s, u"one"_s, u"What made you smile?"_s),
                             ownCard(u"ours.abc"_s, u"two"_s, u"Where shall we walk next?"_s)});
        QCOMPARE(content.decks().size(), builtInDecks + 1);
        QCOMPARE(content.cards().size(), builtInCards + 2);
        const Deck *deck = content.deck(u"ours.abc"_s);
        QVERIFY(deck);
        QCOMPARE(deck->origin, DeckOrigin::Ours);
        QCOMPARE(deck->cardIds, (QStringList{u"ours.abc.one"_s, u"ours.abc.two"_s}));
        QCOMPARE(content.card(u"ours.abc.two"_s)->text, u"Where shall we walk next?"_s);
        QVERIFY(!content.isBuiltInDeck(u"ours.abc"_s));
        QVERIFY(content.isBuiltInDeck(content.decks().constFirst().id));
        QCOMPARE(content.prompt(u"card"_s, u"ours.abc.one"_s).text, u"What made you smile?"_s);
        QVERIFY(content.card(firstBuiltIn));
    }

    void settingAgainReplacesOnlyTheOwnDecks()
    {
        ContentRepository content = builtIn();
        const QList<Deck> builtInDecks = content.decks();
        const qsizetype builtInCards = content.cards().size();
        content.setOwnDecks({ownDeck(u"ours.abc"_s, u"First"_s), ownDeck(u"pack.friends"_s, u"Friends'"_s, DeckOrigin::Pack)},
                            {ownCard(u"ours.abc"_s, u"one"_s, u"A first question?"_s),
                             ownCard(u"pack.friends"_s, u"x"_s, u"A question from friends?"_s)});
        // The same card id again, with new words: an edit, not a second card.
        content.setOwnDecks({ownDeck(u"ours.abc"_s, u"Renamed"_s)},
                            {ownCard(u"ours.abc"_s, u"one"_s, u"The question, edited?"_s)});
        QCOMPARE(content.decks().size(), builtInDecks.size() + 1);
        QCOMPARE(content.cards().size(), builtInCards + 1);
        QCOMPARE(content.deck(u"ours.abc"_s)->title, u"Renamed"_s);
        QCOMPARE(content.card(u"ours.abc.one"_s)->text, u"The question, edited?"_s);
        QVERIFY(!content.deck(u"pack.friends"_s));
        QVERIFY(!content.card(u"pack.friends.x"_s));

        content.setOwnDecks({}, {});
        QCOMPARE(content.decks().size(), builtInDecks.size());
        QCOMPARE(content.cards().size(), builtInCards);
        for (qsizetype i = 0; i < builtInDecks.size(); ++i) {
            QCOMPARE(content.decks().at(i).id, builtInDecks.at(i).id);
            QCOMPARE(content.decks().at(i).cardIds, builtInDecks.at(i).cardIds);
        }
        for (const Card &card : content.cards())
            QCOMPARE(content.card(card.id)->id, card.id); // the index still finds every built-in card
    }

    void ownDecksCannotTakeOverBuiltInIds()
    {
        ContentRepository content = builtIn();
        const Deck original = content.decks().constFirst();
        const QString cardId = original.cardIds.constFirst();
        const QString text = content.card(cardId)->text;
        Card sneaky = ownCard(original.id, u"x"_s, u"Not ours to change?"_s);
        sneaky.id = cardId;
        content.setOwnDecks({ownDeck(original.id, u"Imposter"_s)}, {sneaky});
        QCOMPARE(content.deck(original.id)->title, original.title);
        QCOMPARE(content.deck(original.id)->origin, DeckOrigin::BuiltIn);
        QCOMPARE(content.card(cardId)->text, text);
    }

    void cardsOfAnUnknownDeckAreLeftOut()
    {
        ContentRepository content = builtIn();
        const qsizetype cards = content.cards().size();
        content.setOwnDecks({}, {ownCard(u"ours.gone"_s, u"one"_s, u"Whose card is this?"_s)});
        QCOMPARE(content.cards().size(), cards);
        QVERIFY(!content.card(u"ours.gone.one"_s));
    }

    void placeholderBecomesTheName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << u"What did {partner} do this week?"_s << u"Sam"_s << u"What did Sam do this week?"_s;
        QTest::newRow("twice") << u"{partner} and {partner}'s day"_s << u"Robin"_s << u"Robin and Robin's day"_s;
        QTest::newRow("no name") << u"What did {partner} do?"_s << QString() << u"What did your partner do?"_s;
        QTest::newRow("spaces only") << u"Ask {partner}."_s << u"  "_s << u"Ask your partner."_s;
        QTest::newRow("sentence start") << u"{partner} chose this. {partner} smiled."_s << QString()
                                        << u"Your partner chose this. Your partner smiled."_s;
        QTest::newRow("mid sentence") << u"Tell {partner}, gently."_s << QString() << u"Tell your partner, gently."_s;
        QTest::newRow("none") << u"No placeholder here."_s << u"Sam"_s << u"No placeholder here."_s;
        QTest::newRow("unfinished") << u"Not {partner a placeholder"_s << u"Sam"_s << u"Not {partner a placeholder"_s;
        QTest::newRow("name with braces") << u"Hi {partner}"_s << u"{partner}"_s << u"Hi {partner}"_s;
    }

    void placeholderBecomesTheName()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(PartnerPlaceholder::render(text, name), expected);
    }

    void listsAreRenderedItemByItem()
    {
        QCOMPARE(PartnerPlaceholder::render(QStringList{u"Ask {partner}."_s, u"Thank them."_s}, u"Sam"_s),
                 (QStringList{u"Ask Sam."_s, u"Thank them."_s}));
        QVERIFY(PartnerPlaceholder::contains(u"x {partner} y"_s));
        QVERIFY(!PartnerPlaceholder::contains(u"your partner"_s));
    }

    void theSpeakerReadsTheListenersName()
    {
        const QStringList names{u"Robin"_s, u"Sam"_s};
        const QString text = u"What did {partner} do?"_s;
        QCOMPARE(PartnerPlaceholder::forSpeaker(text, names, 0), u"What did Sam do?"_s);
        QCOMPARE(PartnerPlaceholder::forSpeaker(text, names, 1), u"What did Robin do?"_s);
        QCOMPARE(PartnerPlaceholder::forSpeaker(text, names, -1), u"What did your partner do?"_s);
        QCOMPARE(PartnerPlaceholder::forSpeaker(QStringList{text}, names, 0), QStringList{u"What did Sam do?"_s});
        // The hint is for the listener: there {partner} is the one speaking.
        const QString hint = u"Let {partner} finish."_s;
        QCOMPARE(PartnerPlaceholder::forListener(hint, names, 0), u"Let Robin finish."_s);
        QCOMPARE(PartnerPlaceholder::forListener(hint, names, 1), u"Let Sam finish."_s);
        QCOMPARE(PartnerPlaceholder::forListener(hint, names, -1), u"Let your partner finish."_s);
        QCOMPARE(PartnerPlaceholder::forSpeaker(text, {}, 0), u"What did your partner do?"_s);
    }
};

QTEST_GUILESS_MAIN(TestOwnDecks)
#include "tst_owndecks.moc"
