// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of one card and one deck's fields, the same for built-in content,
// packs and the editor: each rule with its place and words.
#include "content/cardrules.h"
#include "content/contentrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Card soundCard()
{
    Card card;
    card.id = u"ours.abc.card1"_s;
    card.section = u"closeness"_s;
    card.depth = 2;
    card.kind = u"question"_s;
    card.answeredBy = u"each"_s;
    card.text = u"What did {partner} do this week that you noticed?"_s;
    card.followUps = {u"How did it feel?"_s};
    card.listenerHint = u"Take it in."_s;
    return card;
}

const QSet<QString> sections = {u"closeness"_s, u"listening"_s};

} // namespace

class TestCardRules : public QObject
{
    Q_OBJECT

private slots:
    void aSoundCardHasNoProblems()
    {
        QCOMPARE(CardRules::check(soundCard(), &sections), ContentErrors());
        Card plain = soundCard();
        plain.followUps.clear();
        plain.listenerHint.clear();
        QCOMPARE(CardRules::check(plain, &sections), ContentErrors());
    }

    void eachRuleNamesItsPlace_data()
    {
        QTest::addColumn<Card>("card");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        Card c = soundCard();
        c.section = u"dreams"_s;
        QTest::newRow("section") << c << u"cards[3].section"_s
                                 << u"\"dreams\" is not a section of the guide (known: closeness, listening)"_s;
        c = soundCard();
        c.depth = 4;
        QTest::newRow("depth") << c << u"cards[3].depth"_s << u"must be 1, 2 or 3"_s;
        c.depth = 0;
        QTest::newRow("depth 0") << c << u"cards[3].depth"_s << u"must be 1, 2 or 3"_s;
        c = soundCard();
        c.kind = u"quiz"_s;
        QTest::newRow("kind") << c << u"cards[3].kind"_s
                              << u"\"quiz\" is not one of: question, activity, reflection, appreciation"_s;
        c = soundCard();
        c.answeredBy = u"all"_s;
        QTest::newRow("answeredBy") << c << u"cards[3].answeredBy"_s << u"\"all\" is not one of: each, both, one"_s;
        c = soundCard();
        c.text = u"   "_s;
        QTest::newRow("blank text") << c << u"cards[3].text"_s << u"must not be empty"_s;
        c.text = u"Hi"_s;
        QTest::newRow("short text") << c << u"cards[3].text"_s << u"must be at least 3 characters, not 2"_s;
        c.text = QString(501, u'a');
        QTest::newRow("long text") << c << u"cards[3].text"_s << u"must be at most 500 characters, not 501"_s;
        c.text = u"What does {name} love?"_s;
        QTest::newRow("unknown placeholder")
            << c << u"cards[3].text"_s << u"\"{name}\" is not a placeholder Hearth knows (the only one is {partner})"_s;
        c.text = u"What does {partner love?"_s;
        QTest::newRow("lone brace") << c << u"cards[3].text"_s
                                    << u"has a \"{\" or \"}\" that is not part of the placeholder {partner}"_s;
        c.text = u"Half a pair \xD800 here?"_s;
        QTest::newRow("lone surrogate") << c << u"cards[3].text"_s
                                        << u"holds a broken character (half of a pair, such as \"\\ud800\"); write the "
                                           "character itself"_s;
        c = soundCard();
        c.listenerHint = u"Bell \x07 here."_s;
        QTest::newRow("control character") << c << u"cards[3].listenerHint"_s
                                           << u"holds a control character (U+0007), which is not text"_s;
        c = soundCard();
        c.followUps = {u"A?"_s, u"B?"_s, u"C?"_s, u"D?"_s};
        QTest::newRow("four follow-ups") << c << u"cards[3].followUps"_s << u"must have from 0 to 3 entries, not 4"_s;
        c.followUps = {u"A?"_s, u" "_s};
        QTest::newRow("blank follow-up") << c << u"cards[3].followUps[1]"_s << u"must not be empty"_s;
        c.followUps = {u"And {them}?"_s};
        QTest::newRow("follow-up placeholder")
            << c << u"cards[3].followUps[0]"_s << u"\"{them}\" is not a placeholder Hearth knows (the only one is {partner})"_s;
        c = soundCard();
        c.listenerHint = u"Say }"_s;
        QTest::newRow("hint brace") << c << u"cards[3].listenerHint"_s
                                    << u"has a \"{\" or \"}\" that is not part of the placeholder {partner}"_s;
        c = soundCard();
        c.arrival = true;
        QTest::newRow("deep arrival") << c << u"cards[3].arrival"_s << u"an arrival card must be light (depth 1)"_s;
    }

    void eachRuleNamesItsPlace()
    {
        QFETCH(Card, card);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const ContentErrors errors = CardRules::check(card, &sections, u"pack.json"_s, u"cards[3]"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().where, where);
        QCOMPARE(errors.constFirst().message, message);
        QCOMPARE(errors.constFirst().toString(), u"pack.json: "_s + where + u": "_s + message);
    }

    void withoutSectionsTheSectionIsNotChecked()
    {
        Card c = soundCard();
        c.section = u"anything"_s;
        QCOMPARE(CardRules::check(c, nullptr), ContentErrors());
        c.depth = 9;
        QCOMPARE(CardRules::check(c, nullptr).constFirst().where, u"depth"_s);
    }

    void deckFields()
    {
        Deck deck;
        deck.id = u"ours.x"_s;
        deck.title = u"Our evenings"_s;
        deck.mood = u"warm"_s;
        QCOMPARE(CardRules::checkDeck(deck), ContentErrors()); // a description is optional
        deck.title = u" "_s;
        deck.mood = u"sad"_s;
        deck.description = QString(401, u'd');
        const ContentErrors errors = CardRules::checkDeck(deck, u"p.json"_s);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).toString(), u"p.json: title: must not be empty"_s);
        QCOMPARE(errors.at(1).toString(), u"p.json: description: must be at most 400 characters, not 401"_s);
        QCOMPARE(errors.at(2).toString(), u"p.json: mood: \"sad\" is not one of: light, warm, deep, playful, repair"_s);
    }

    // The per-character check compares instead of looking each character's
    // category up: it must find exactly what QChar::category() finds, for
    // every UTF-16 unit, and a broken pair before a control character.
    void controlCharactersAreExactlyThoseOfUnicode()
    {
        for (int unit = 0; unit <= 0xFFFF; ++unit) {
            const QChar c{char16_t(unit)};
            const QString problem = CardRules::textProblem(u"Say "_s + c + u" now"_s);
            const bool control = c.category() == QChar::Other_Control && c != u'\n' && c != u'\t';
            QVERIFY2(problem.startsWith(u"holds a control character"_s) == control, qPrintable(QString::number(unit, 16)));
            QVERIFY2(problem.startsWith(u"holds a broken character"_s) == c.isSurrogate(), qPrintable(QString::number(unit, 16)));
        }
        QCOMPARE(CardRules::textProblem(u"Next \x85 line"_s), u"holds a control character (U+0085), which is not text"_s);
        QCOMPARE(CardRules::textProblem(u"Bell \x07 then \xD800 here"_s),
                 u"holds a broken character (half of a pair, such as \"\\ud800\"); write the character itself"_s);
        QCOMPARE(CardRules::textProblem(u"Tab\tand line\nare fine"_s), QString());
    }

    // "The same text" is worked out in one pass for ASCII: it must be what
    // simplified().toCaseFolded() gives, for every character in every place.
    void theSameTextIsFoundAsBefore()
    {
        const QStringList frames = {u"%1"_s, u" %1 "_s, u"A%1b"_s, u"\t%1 Z\r\n%1"_s, u"Why %1 so?  "_s, u"%1%1\u00e9"_s};
        for (int unit = 0; unit < 0x100; ++unit) {
            for (const QString &frame : frames) {
                const QString text = frame.arg(QChar(char16_t(unit)));
                QVERIFY2(CardRules::sameTextKey(text) == text.simplified().toCaseFolded(),
                         qPrintable(QString::number(unit, 16) + u' ' + frame));
            }
        }
        QCOMPARE(CardRules::sameTextKey(u"  What  do\tYOU\nneed? "_s), u"what do you need?"_s);
        QCOMPARE(CardRules::sameTextKey(QString()), QString(u""_s));
    }

    // The built-in loader reads cards through the same rules: every built-in
    // card passes them, and a built-in card breaking one gets the same words.
    void builtInCardsFollowTheRules()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(!content.cards().isEmpty());
        QSet<QString> known;
        for (const GuideSection &section : content.sections())
            known.insert(section.id);
        for (const Card &card : content.cards())
            QVERIFY2(CardRules::check(card, &known).isEmpty(), qPrintable(card.id));
        for (const Deck &deck : content.decks())
            QVERIFY2(CardRules::checkDeck(deck).isEmpty(), qPrintable(deck.id));
    }
};

QTEST_GUILESS_MAIN(TestCardRules)
#include "tst_cardrules.moc"
