// SPDX-License-Identifier: GPL-3.0-or-later
// What the coach learnt for issue #17, statement by statement: Rosenberg's
// and Gottman's classic examples, labels from the valence lexicon, spellings
// written two ways, the near misses that must stay clean, the whole kinder
// rewrite, and the valence file's own checks.
#include "coach/coach.h"
#include "coach/coachrewriter.h"
#include "content/contentrepository.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QStringList kindsOf(const CoachAnalysis &analysis)
{
    QStringList kinds;
    for (const CoachFinding &f : analysis.findings) {
        if (!kinds.contains(f.kind))
            kinds.append(f.kind);
    }
    kinds.sort();
    return kinds;
}

} // namespace

class TestCoachHorsemen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        QVERIFY(m_content.negativeWords().size() > 2000);
        m_coach.emplace(m_content);
    }

    void classicExamplesAreCaught_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kinds");
        const auto row = [](const char *name, const QString &text, const QStringList &kinds) {
            QTest::newRow(name) << text << kinds;
        };
        // The three of Rosenberg's exercises the coach used to miss.
        // (Disgust at the whole person is an insult of worth, so contempt too, as "pathetic" is.)
        row("Rosenberg: a label", u"You're disgusting."_s, {u"contempt"_s, u"label"_s});
        row("Rosenberg: not a feeling", u"I feel like hitting you."_s, {u"thought-as-feeling"_s});
        row("Rosenberg: blame", u"You disappointed me by not coming over last evening."_s, {u"you-blame"_s});
        // Gottman's horsemen, as the issue gives them.
        row("contempt: sarcasm", u"Oh, great idea, genius."_s, {u"contempt"_s});
        row("contempt: typical", u"Typical."_s, {u"contempt"_s});
        row("contempt: what is wrong", u"What is wrong with you?"_s, {u"contempt"_s});
        // An insult of worth is a word for the person and contempt both.
        // Sarcasm's markers, each beside its sincere twin in nearMissesStayClean.
        row("sarcasm: wow, genius", u"Wow, genius, you locked us out again."_s, {u"contempt"_s});
        row("sarcasm: real mature", u"Real mature."_s, {u"contempt"_s});
        row("sarcasm: congratulations", u"Congratulations, you've ruined dinner."_s, {u"contempt"_s, u"you-blame"_s});
        row("sarcasm: nice going", u"Nice going, now we're late."_s, {u"contempt"_s});
        row("sarcasm: oh great", u"Oh great, you forgot the tickets."_s, {u"contempt"_s});
        row("contempt: worth", u"You're pathetic."_s, {u"contempt"_s, u"label"_s});
        row("a label that scorns worth", u"Such a loser."_s, {u"contempt"_s, u"label"_s});
        row("a label of a habit only", u"You're so selfish."_s, {u"label"_s});
        // Labels by shape: an intensifier between, the partner in a role.
        row("label: an intensifier between", u"You're being ridiculously selfish."_s, {u"label"_s});
        row("label: the partner in a role", u"You're a terrible listener."_s, {u"label"_s});
        // Texting's "ur": "you're" before what someone is, "your" before a thing.
        row("ur as you're", u"ur so needy omg"_s, {u"label"_s});
        row("ur as you're, a thought", u"i feel like ur ignoring me"_s, {u"thought-as-feeling"_s});
        row("defensiveness: denial", u"It's not my fault."_s, {u"defensiveness"_s});
        row("defensiveness: yes but", u"Yes, but you forgot too."_s, {u"defensiveness"_s});
        row("defensiveness: victim", u"I didn't do anything wrong, you're the one who forgot."_s, {u"defensiveness"_s});
        row("defensiveness: what about", u"Well, what about when you forgot my birthday?"_s, {u"defensiveness"_s});
        row("stonewalling: done", u"I'm done talking."_s, {u"stonewalling"_s});
        row("stonewalling: whatever", u"Whatever."_s, {u"stonewalling"_s});
        row("stonewalling: fine", u"Fine. Do what you want."_s, {u"stonewalling"_s});
        row("stonewalling: not discussing", u"I'm not discussing this."_s, {u"stonewalling"_s});
        // Labels from the lexicon, beyond the hand lists.
        row("lexicon label", u"You're so arrogant."_s, {u"label"_s});
        row("lexicon noun", u"What a jerk."_s, {u"label"_s});
        // Forms.
        row("all caps", u"YOU'RE SO SELFISH."_s, {u"label"_s});
        row("no apostrophe", u"Youre so selfish."_s, {u"label"_s});
        row("curly apostrophe", u"You\u2019re so selfish."_s, {u"label"_s});
        row("-ize", u"I feel criticized."_s, {u"evaluative-feeling"_s});
        row("-ise", u"I feel criticised."_s, {u"evaluative-feeling"_s});
        row("accusing question", u"Why can't you ever be on time?"_s, {u"absolute"_s});
        row("why do you always", u"Why do you always leave the lights on?"_s, {u"absolute"_s});
        row("you must", u"You must call the bank today."_s, {u"demand"_s});
        row("counterfactual", u"If you hadn't been so late, we wouldn't have missed the train."_s, {u"you-blame"_s});
        row("urge at the partner", u"I feel like screaming at you."_s, {u"thought-as-feeling"_s});
        row("I feel a thought", u"I feel you don't care."_s, {u"thought-as-feeling"_s});
    }

    void classicExamplesAreCaught()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kinds);
        QCOMPARE(kindsOf(m_coach->analyze(text)), kinds);
    }

    void nearMissesStayClean_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {
                 u"I need twenty minutes to calm down, then I want to finish this."_s,
                 u"You're right, that was my fault."_s,
                 u"Dinner at seven is fine."_s,
                 u"You're so thoughtful."_s,
                 u"That was a disgusting film."_s,
                 u"What a horrible day it has been."_s,
                 u"Such a shame about the rain."_s,
                 u"You must be tired."_s,
                 u"I feel like going for a walk together."_s,
                 u"If you hadn't helped me, I wouldn't have finished the move."_s,
                 u"If you hadn't called, I would have missed the news."_s,
                 u"Well done on the new job, I'm proud of you."_s,
                 u"What about going to the coast this weekend?"_s,
                 u"I'm done with the washing up."_s,
                 u"Whatever you choose for dinner is fine with me."_s,
                 u"You're sad about your sister, and I'm here."_s,
                 u"It's not your fault, it was the weather."_s,
                 // Counterfactual kindness: a chance missed to do something for the partner.
                 u"If you'd told me it was your birthday I would have baked you a cake!"_s,
                 u"If you had told me you were coming, I'd have picked you up."_s,
                 // Surprise at news about the partner, not a complaint.
                 u"You never told me you could play piano"_s,
                 u"You never mentioned you used to dance, that's amazing."_s,
                 // Play: an order said laughing.
                 u"Stop, that tickles!"_s,
                 u"Stop it haha, I can't breathe."_s,
                 u"Tickle fight! Stop, stop, you win!"_s,
                 u"That was a terrible film, honestly."_s,
                 u"Nobody thinks you're a bad mum, love."_s,
                 u"It's a terrible printer, the ink costs a fortune."_s,
                 u"At least I remembered the sunscreen this time, haha."_s,
                 u"Can you pass ur charger?"_s,
                 u"Wow, you're a genius, the shelves look amazing."_s,
                 u"That was a really mature way to handle it, thank you."_s,
                 u"Congratulations on the promotion, you earned every bit of it."_s,
                 u"Nice going on the half marathon, I'm so proud of you!"_s,
                 u"Oh great, the tickets arrived!"_s,
             })
            QTest::newRow(qPrintable(text)) << text;
    }

    void nearMissesStayClean()
    {
        QFETCH(QString, text);
        const CoachAnalysis analysis = m_coach->analyze(text);
        QVERIFY2(analysis.isClean(), qPrintable(kindsOf(analysis).join(u',')));
        QVERIFY(analysis.rewrite.isNull());
    }

    void eachHorsemanSuggestsItsAntidote()
    {
        const auto suggestionFor = [this](const QString &text) {
            const CoachAnalysis analysis = m_coach->analyze(text);
            return analysis.findings.isEmpty() ? QString() : analysis.findings.constFirst().suggestion;
        };
        QVERIFY(suggestionFor(u"You're worthless."_s).contains(u"appreciate"_s));
        QVERIFY(suggestionFor(u"It's not my fault."_s).contains(u"responsibility"_s));
        QVERIFY(suggestionFor(u"I'm done talking."_s).contains(u"twenty minutes"_s));
        QVERIFY(suggestionFor(u"I'm done talking."_s).contains(u"mindful pause"_s));
    }

    void theRewriteUsesThePartsFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rewrite");
        QTest::newRow("feeling and situation")
            << u"You make me so angry when you do that."_s
            << u"I felt angry when you do that. I need ___. Would you be willing to ___?"_s;
        QTest::newRow("the event without its sweep")
            << u"You always leave your dishes in the sink."_s
            << u"I felt ___ when you leave your dishes in the sink. I need ___. Would you be willing to ___?"_s;
        QTest::newRow("a demand becomes a request")
            << u"You need to call the landlord today."_s
            << u"I felt ___ when ___. I need ___. Would you be willing to call the landlord today?"_s;
        QTest::newRow("a break for stonewalling")
            << u"Whatever."_s << u"I'm feeling ___ and I need a break. Can we come back to this in twenty minutes?"_s;
        QTest::newRow("responsibility for defensiveness")
            << u"It's not my fault."_s << u"I can see my part in ___, and I'm sorry. What would help now?"_s;
        QTest::newRow("a part that would not pass is left blank")
            << u"I feel ignored when you always ignore me."_s
            << u"I felt ___ when ___. I need ___. Would you be willing to ___?"_s;
    }

    void theRewriteUsesThePartsFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, rewrite);
        const CoachAnalysis analysis = m_coach->analyze(text);
        QCOMPARE(analysis.rewrite, rewrite);
        QVERIFY(m_coach->analyze(CoachRewriter::filled(analysis.rewrite)).isClean());
    }

    void theValenceFileIsChecked_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("no licence") << QByteArray(R"({"format": "hearth-coach-valence", "version": 1, "source": "s",
            "selection": "all", "notLabels": [], "words": ["awful"]})") << u"coach/valence.json: licence"_s;
        QTest::newRow("no words") << QByteArray(R"({"format": "hearth-coach-valence", "version": 1, "source": "s",
            "licence": "MIT", "selection": "all", "notLabels": [], "words": []})") << u"coach/valence.json: words"_s;
        QTest::newRow("a number for a word") << QByteArray(R"({"format": "hearth-coach-valence", "version": 1,
            "source": "s", "licence": "MIT", "selection": "all", "notLabels": [], "words": [-2.5]})")
                                             << u"coach/valence.json: words"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"format": "hearth-coach-valence", "version": 1, "source": "s",
            "licence": "MIT", "selection": "all", "notLabels": [], "words": ["awful"], "valence": {}})")
                                       << u"coach/valence.json: valence"_s;
    }

    void theValenceFileIsChecked()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        ContentRepository custom;
        custom.loadSources({{u"coach/valence.json"_s, file}}, &m_content);
        QVERIFY(!custom.errors().isEmpty());
        QVERIFY2(custom.errors().constFirst().toString().startsWith(error),
                 qPrintable(custom.errors().constFirst().toString()));
    }

    // Another lexicon, another coach: the words are data.
    void theLexiconComesFromTheContent()
    {
        ContentRepository custom = m_content;
        custom.loadSources({{u"coach/valence.json"_s, QByteArray(R"({"format": "hearth-coach-valence", "version": 1,
            "source": "a test", "licence": "none", "selection": "one word", "notLabels": [], "words": ["grumpish"]})")}},
                           &m_content);
        QVERIFY(custom.errors().isEmpty());
        QVERIFY(m_coach->analyze(u"You're so grumpish."_s).isClean());
        QCOMPARE(kindsOf(Coach(custom).analyze(u"You're so grumpish."_s)), QStringList{u"label"_s});
    }

private:
    ContentRepository m_content;
    std::optional<Coach> m_coach;
};

QTEST_GUILESS_MAIN(TestCoachHorsemen)
#include "tst_coachhorsemen.moc"
