// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small guide with two sections, so each test can add just the file it is about.
const QByteArray testGuide = R"({
  "format": "hearth-guide", "version": 1,
  "careNote": {"title": "Care", "text": "Only when you both feel safe."},
  "sections": [
    {"id": "alpha", "title": "Alpha", "summary": "First.", "ideas": ["An idea."],
     "practices": [{"id": "alpha-try", "title": "Try", "text": "Try it.", "target": {"kind": "builder"}}]},
    {"id": "beta", "title": "Beta", "summary": "Second.", "ideas": ["Another."],
     "practices": [{"id": "beta-try", "title": "Try", "text": "Try this too.", "target": {"kind": "journal"}}]}
  ]})";

QByteArray deckWithCards(const QByteArray &cards)
{
    return R"({"format": "hearth-deck", "version": 1, "id": "d", "title": "D",
               "description": "A deck.", "mood": "light", "cards": [)" + cards + "]}";
}

QByteArray card(const QByteArray &id, const QByteArray &text, const QByteArray &extra = {})
{
    QByteArray json = R"({"id": "%ID%", "section": "alpha", "depth": 1, "kind": "question",
                          "answeredBy": "each", "text": "%TEXT%"%EXTRA%})";
    return json.replace("%ID%", id).replace("%TEXT%", text).replace("%EXTRA%", extra);
}

ContentRepository loadWithGuide(const QByteArray &deck)
{
    ContentRepository content;
    content.loadSources({{u"guide.json"_s, testGuide}, {u"decks/d.json"_s, deck}});
    return content;
}

} // namespace

class TestContentRepository : public QObject
{
    Q_OBJECT

private slots:
    void builtInContentLoadsWithoutErrors()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        QStringList problems;
        for (const ContentError &error : content.errors())
            problems.append(error.toString());
        QVERIFY2(content.errors().isEmpty(), qPrintable(problems.join(u'\n')));

        QStringList ids;
        for (const GuideSection &section : content.sections()) {
            ids.append(section.id);
            QVERIFY(!section.title.isEmpty());
            QVERIFY(!section.summary.isEmpty());
        }
        QCOMPARE(ids, QStringList({u"closeness"_s, u"roadblocks"_s, u"self-awareness"_s, u"listening"_s,
                                   u"communication"_s, u"vulnerability"_s, u"investing"_s}));
        QVERIFY(content.careNote().has_value());
    }

    void validFileLoadsEveryField()
    {
        const ContentRepository content = loadWithGuide(deckWithCards(
            card("d-1", "What made you laugh this week?",
                 R"(, "followUps": ["And before that?"], "listenerHint": "Laugh along.")")));
        QVERIFY(content.errors().isEmpty());
        QCOMPARE(content.cards().size(), 1);
        const Card *loaded = content.card(u"d-1"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->deckId, u"d"_s);
        QCOMPARE(loaded->section, u"alpha"_s);
        QCOMPARE(loaded->followUps, QStringList{u"And before that?"_s});
        QCOMPARE(loaded->listenerHint, u"Laugh along."_s);
        QCOMPARE(content.deck(u"d"_s)->cardIds, QStringList{u"d-1"_s});
    }

    void malformedInputIsReported_data()
    {
        QTest::addColumn<QByteArray>("deck");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        QTest::newRow("bad JSON") << QByteArray(R"({"format": "hearth-deck",)" "\n" R"("version": 1,,})")
                                  << u"line 2, column 15"_s << u"is not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << u"must hold one JSON object"_s;
        QTest::newRow("missing field")
            << deckWithCards(R"({"id": "d-1", "section": "alpha", "kind": "question", "answeredBy": "each", "text": "Hi?"})")
            << u"cards[0].depth"_s << u"is required but missing"_s;
        QTest::newRow("wrong type")
            << deckWithCards(R"({"id": "d-1", "section": "alpha", "depth": "deep", "kind": "question", "answeredBy": "each", "text": "Hi?"})")
            << u"cards[0].depth"_s << u"must be a whole number, not text"_s;
        QTest::newRow("out of range")
            << deckWithCards(R"({"id": "d-1", "section": "alpha", "depth": 4, "kind": "question", "answeredBy": "each", "text": "Hi?"})")
            << u"cards[0].depth"_s << u"must be 1, 2 or 3"_s;
        QTest::newRow("empty text") << deckWithCards(card("d-1", "   ")) << u"cards[0].text"_s << u"must not be empty"_s;
        QTest::newRow("unknown choice")
            << deckWithCards(R"({"id": "d-1", "section": "alpha", "depth": 1, "kind": "quiz", "answeredBy": "each", "text": "Hi?"})")
            << u"cards[0].kind"_s << u"\"quiz\" is not one of"_s;
        QTest::newRow("unknown field") << deckWithCards(card("d-1", "Hi?", R"(, "colour": "red")"))
                                       << u"cards[0].colour"_s << u"is not a known field"_s;
        QTest::newRow("bad id") << deckWithCards(card("D 1", "Hi?")) << u"cards[0].id"_s << u"is not a valid id"_s;
        QTest::newRow("duplicate id") << deckWithCards(card("d-1", "Hi?") + ',' + card("d-1", "Hello?"))
                                      << u"cards[1].id"_s << u"card id \"d-1\" is already used at decks/d.json: cards[0].id"_s;
        QTest::newRow("duplicate text") << deckWithCards(card("d-1", "Hi?") + ',' + card("d-2", " hi? "))
                                        << u"cards[1].text"_s << u"the same text is already used"_s;
        QTest::newRow("unknown section")
            << deckWithCards(R"({"id": "d-1", "section": "gamma", "depth": 1, "kind": "question", "answeredBy": "each", "text": "Hi?"})")
            << u"cards[0].section"_s << u"\"gamma\" is not a section of the guide (known: alpha, beta)"_s;
        QTest::newRow("unknown format") << QByteArray(R"({"format": "hearth-poems", "version": 1})")
                                        << u"format"_s << u"\"hearth-poems\" is not a known content format"_s;
        QTest::newRow("newer version") << QByteArray(R"({"format": "hearth-deck", "version": 2})")
                                       << u"version"_s << u"newer than this Hearth understands"_s;
        QTest::newRow("too many follow-ups")
            << deckWithCards(card("d-1", "Hi?", R"(, "followUps": ["A?", "B?", "C?", "D?"])"))
            << u"cards[0].followUps"_s << u"must have from 0 to 3 entries, not 4"_s;
        QTest::newRow("unknown placeholder") << deckWithCards(card("d-1", "What does {name} love?"))
                                             << u"cards[0].text"_s << u"\"{name}\" is not a placeholder Hearth knows"_s;
    }

    void malformedInputIsReported()
    {
        QFETCH(QByteArray, deck);
        QFETCH(QString, where);
        QFETCH(QString, message);

        const ContentRepository content = loadWithGuide(deck);
        QCOMPARE(content.errors().size(), 1);
        const ContentError &error = content.errors().constFirst();
        QCOMPARE(error.file, u"decks/d.json"_s);
        QCOMPARE(error.where, where);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        // The guide is untouched by a broken neighbour.
        QCOMPARE(content.sections().size(), 2);
    }

    void aBadCardIsLeftOutAndTheRestKept()
    {
        const ContentRepository content = loadWithGuide(
            deckWithCards(card("d-1", "First?") + ',' + card("d-2", "") + ',' + card("d-3", "Third?")));
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().constFirst().where, u"cards[1].text"_s);
        QCOMPARE(content.deck(u"d"_s)->cardIds, QStringList({u"d-1"_s, u"d-3"_s}));
    }

    void aBrokenFileDoesNotStopTheOthers()
    {
        ContentRepository content;
        content.loadDirectory(QStringLiteral(HEARTH_TEST_DATA "/content/mixed"));
        QCOMPARE(content.filesRead(), 3);
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().constFirst().file, u"decks/broken.json"_s);
        QVERIFY(content.errors().constFirst().message.contains(u"the file was skipped"_s));
        QCOMPARE(content.sections().size(), 2);
        QCOMPARE(content.cards().size(), 2);
        QCOMPARE(content.section(u"alpha"_s)->practices.size(), 1);
    }

    void aLoneFileIsCheckedAgainstTheReference()
    {
        ContentRepository builtIn;
        builtIn.loadDirectory(ContentRepository::builtInRoot());
        ContentRepository lone;
        const QString path = QStringLiteral(HEARTH_TEST_DATA "/content/lone-deck.json");
        lone.loadFiles({path}, &builtIn);
        QCOMPARE(lone.cards().size(), 1);
        QCOMPARE(lone.cards().constFirst().section, u"listening"_s);
        QCOMPARE(lone.errors().size(), 1); // The bad depth drops the card before its section is checked.
        QCOMPARE(lone.errors().constFirst().file, path);
        QCOMPARE(lone.errors().constFirst().where, u"cards[1].depth"_s);
    }

    void aMissingFileIsReported()
    {
        ContentRepository content;
        content.loadFiles({u"/no/such/file.json"_s});
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().constFirst().message, u"does not exist"_s);
    }

    void practicesMustPointAtRealDecks()
    {
        QByteArray guide = testGuide;
        guide.replace(R"({"kind": "builder"})", R"({"kind": "deck", "id": "missing"})");
        ContentRepository content;
        content.loadSources({{u"guide.json"_s, guide}});
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().constFirst().where, u"sections[0].practices[0].target.id"_s);
        QVERIFY(content.section(u"alpha"_s)->practices.isEmpty());
        QCOMPARE(content.section(u"beta"_s)->practices.size(), 1);
    }

    void fauxFeelingsMustResolve()
    {
        const QByteArray feelings = R"({"format": "hearth-feelings", "version": 1,
            "families": [{"id": "sadness", "title": "Sadness", "description": "Low."}],
            "feelings": [{"word": "lonely", "family": "sadness", "pleasant": false, "intensity": 2}]})";
        const QByteArray needs = R"({"format": "hearth-needs", "version": 1,
            "groups": [{"id": "connection", "title": "Connection"}],
            "needs": [{"word": "company", "group": "connection"}]})";
        const QByteArray faux = R"({"format": "hearth-faux-feelings", "version": 1, "items": [
            {"word": "ignored", "feelings": ["lonely"], "needs": ["company"], "note": "A wish to matter."},
            {"word": "abandoned", "feelings": ["forlorn"], "needs": ["company"], "note": "Fear of being left."},
            {"word": "lonely", "feelings": ["lonely"], "needs": ["company"], "note": "Not a thought."}]})";
        ContentRepository content;
        content.loadSources({{u"f.json"_s, feelings}, {u"n.json"_s, needs}, {u"x.json"_s, faux}});
        QCOMPARE(content.fauxFeelings().size(), 1);
        QCOMPARE(content.fauxFeelings().constFirst().word, u"ignored"_s);
        QCOMPARE(content.errors().size(), 2);
        QCOMPARE(content.errors().at(0).where, u"items[1].feelings[0]"_s);
        QCOMPARE(content.errors().at(1).where, u"items[2].word"_s);
    }
};

QTEST_GUILESS_MAIN(TestContentRepository)
#include "tst_contentrepository.moc"
