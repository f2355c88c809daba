// SPDX-License-Identifier: GPL-3.0-or-later
// The phrasing coach on single statements: each kind with its exact span,
// the near misses it must leave alone, the parts of an I statement, spans in
// UTF-16 after non-ASCII text, apostrophes, sentence boundaries, and text
// that is empty, huge or odd.
#include "coach/coach.h"
#include "coach/coachjson.h"
#include "content/contentrepository.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, to keep the test free of escapes.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QStringList kindsOf(const CoachAnalysis &analysis)
{
    QStringList kinds;
    for (const CoachFinding &f : analysis.findings)
        kinds.append(f.kind);
    return kinds;
}

const CoachFinding *firstOf(const CoachAnalysis &analysis, const QString &kind)
{
    for (const CoachFinding &f : analysis.findings) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}
// A pointer into a temporary analysis would dangle as the statement ends.
const CoachFinding *firstOf(CoachAnalysis &&analysis, const QString &kind) = delete;

} // namespace

class TestCoach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        m_coach.emplace(m_content);
    }

    void eachKindIsFoundWithItsSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::newRow("absolute") << u"You never listen to me."_s << u"absolute"_s << qsizetype(4) << qsizetype(9);
        QTest::newRow("absolute phrase") << u"You forget our plans all the time."_s << u"absolute"_s << qsizetype(21) << qsizetype(33);
        QTest::newRow("absolute leading") << u"Every time I ask, you sigh."_s << u"absolute"_s << qsizetype(0) << qsizetype(10);
        QTest::newRow("you-blame") << u"It's your fault we missed the flight."_s << u"you-blame"_s << qsizetype(0) << qsizetype(15);
        QTest::newRow("you-blame because") << u"Because of you, we're late."_s << u"you-blame"_s << qsizetype(0) << qsizetype(14);
        QTest::newRow("you-blame through an adverb") << u"You always make me feel stupid."_s << u"you-blame"_s << qsizetype(0) << qsizetype(23);
        QTest::newRow("thought-as-feeling") << u"I feel like you don't care."_s << u"thought-as-feeling"_s << qsizetype(0) << qsizetype(11);
        QTest::newRow("thought about them") << u"I feel you're hiding something."_s << u"thought-as-feeling"_s << qsizetype(0) << qsizetype(13);
        QTest::newRow("evaluative-feeling") << u"I feel ignored when you're on your phone."_s << u"evaluative-feeling"_s << qsizetype(7) << qsizetype(14);
        QTest::newRow("evaluative, several words") << u"I feel so taken for granted."_s << u"evaluative-feeling"_s << qsizetype(10) << qsizetype(27);
        QTest::newRow("label") << u"You're so selfish."_s << u"label"_s << qsizetype(0) << qsizetype(17);
        QTest::newRow("label through hedges") << u"You are being really unreasonable."_s << u"label"_s << qsizetype(0) << qsizetype(33);
        QTest::newRow("label noun") << u"Stop being such a nag."_s << u"label"_s << qsizetype(0) << qsizetype(21);
        QTest::newRow("label acting like") << u"You're acting like a child."_s << u"label"_s << qsizetype(0) << qsizetype(26);
        QTest::newRow("demand") << u"You need to call your parents back."_s << u"demand"_s << qsizetype(0) << qsizetype(11);
        QTest::newRow("demand should") << u"I think you should apologise."_s << u"demand"_s << qsizetype(8) << qsizetype(18);
        QTest::newRow("demand ought") << u"You ought to know that."_s << u"demand"_s << qsizetype(0) << qsizetype(12);
        QTest::newRow("demand better") << u"You'd better be home by ten."_s << u"demand"_s << qsizetype(0) << qsizetype(12);
    }

    void eachKindIsFoundWithItsSpan()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        const CoachAnalysis analysis = m_coach->analyze(text);
        const CoachFinding *finding = firstOf(analysis, kind);
        QVERIFY2(finding, qPrintable(kindsOf(analysis).join(u", "_s)));
        QCOMPARE(finding->start, start);
        QCOMPARE(finding->end, end);
        QVERIFY(!finding->message.isEmpty());
        QVERIFY(!finding->suggestion.isEmpty());
        QVERIFY(!finding->patternId.isEmpty());
    }

    // Decisions, so the UI stays quiet where a person is being kind or fair:
    // - sweeping words about the speaker or "we" are the speaker's own business;
    // - a negated label, blame or order ("you're not lazy", "it's not your
    //   fault", "you don't have to") says the opposite of the pattern;
    // - appreciation is never a label or blame, even with "always";
    // - "I feel like" before a wish, and "I feel you." as agreement, are feelings.
    void nearMissesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : {
                 u"I always feel calmer after we talk."_s,
                 u"I never told you about my fear of flying."_s,
                 u"You were so thoughtful yesterday."_s,
                 u"When you need to recharge, just tell me."_s,
                 u"If you have to work late, send me a text."_s,
                 u"I don't think you're selfish."_s,
                 u"You're not lazy, you're exhausted."_s,
                 u"It's not your fault."_s,
                 u"I'm not saying it's your fault."_s,
                 u"You don't have to apologise."_s,
                 u"Do you have to go so soon?"_s,
                 u"You must be exhausted."_s,
                 u"You should have seen the look on the dog's face!"_s,
                 u"I feel like going for a walk."_s,
                 u"I feel you. That sounds hard."_s,
                 u"I feel that way too."_s,
                 u"Do you feel ignored when I work late?"_s,
                 u"I don't feel ignored, I just miss you."_s,
                 u"I'm used to the noise now."_s,
                 u"I was such an idiot last night."_s,
                 u"Thank you for always being there for me."_s,
                 u"You always make me laugh."_s,
                 u"You make me feel safe."_s,
                 u"You made me a cup of tea."_s,
                 u"We never seem to have time for each other."_s,
                 u"Never mind, it doesn't matter."_s,
                 u"There's nothing wrong with you."_s,
                 u"I'll pick you up at six as usual."_s,
                 u"I need some time alone this evening."_s,
                 u"Would you be willing to take the bins out on Thursdays?"_s,
             }) {
            QTest::newRow(qPrintable(text)) << text;
        }
    }

    void nearMissesAreLeftAlone()
    {
        QFETCH(QString, text);
        const CoachAnalysis analysis = m_coach->analyze(text);
        QVERIFY2(analysis.isClean(), qPrintable(kindsOf(analysis).join(u", "_s)));
    }

    void replacementsKeepTheCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("always") << u"You always forget."_s << u"absolute"_s << u"often"_s;
        QTest::newRow("Always") << u"Always you with the excuses."_s << u"absolute"_s << u"Often"_s;
        QTest::newRow("ALWAYS") << u"You're ALWAYS late!"_s << u"absolute"_s << u"OFTEN"_s;
        QTest::newRow("never") << u"You never call."_s << u"absolute"_s << u"rarely"_s;
        QTest::newRow("I feel like") << u"I feel like you don't care."_s << u"thought-as-feeling"_s << u"I think"_s;
        QTest::newRow("I felt like") << u"I felt like you weren't listening."_s << u"thought-as-feeling"_s << u"I thought"_s;
        QTest::newRow("no mechanical fix") << u"You're so selfish."_s << u"label"_s << QString();
    }

    void replacementsKeepTheCase()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, replacement);
        const CoachAnalysis analysis = m_coach->analyze(text);
        const CoachFinding *finding = firstOf(analysis, kind);
        QVERIFY(finding);
        QCOMPARE(finding->replacement, replacement);
    }

    void evaluativeFeelingsNameWhatMayLieUnderneath()
    {
        const CoachAnalysis analysis = m_coach->analyze(u"I feel ignored."_s);
        QCOMPARE(analysis.findings.size(), 1);
        const CoachFinding &finding = analysis.findings.constFirst();
        const auto faux = std::find_if(m_content.fauxFeelings().cbegin(), m_content.fauxFeelings().cend(),
                                       [](const FauxFeeling &f) { return f.word == u"ignored"_s; });
        QVERIFY(faux != m_content.fauxFeelings().cend());
        QCOMPARE(finding.message, faux->note);
        QCOMPARE(finding.suggestion, u"Underneath “ignored” there may be: %1. You might need: %2."_s.arg(
                                         faux->feelings.join(u", "_s), faux->needs.join(u", "_s)));
        QVERIFY(finding.suggestion.contains(u"lonely"_s));
        QVERIFY(finding.suggestion.contains(u"attention"_s));
        QVERIFY(finding.replacement.isEmpty());
    }

    void partsOfAnIStatement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("feeling");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("need");
        QTest::addColumn<QString>("request");
        QTest::newRow("all four")
            << u"I feel hurt when plans change at the last minute, because I need predictability. Would you be willing to text me?"_s
            << u"hurt"_s << u"when plans change at the last minute"_s << u"because I need predictability"_s
            << u"Would you be willing to text me?"_s;
        QTest::newRow("situation first")
            << u"When you came home late, I felt worried. Can we agree on a quick text?"_s << u"worried"_s
            << u"When you came home late"_s << QString() << u"Can we agree on a quick text?"_s;
        QTest::newRow("I'm") << u"I\u2019m anxious about the move."_s << u"anxious"_s << QString() << QString() << QString();
        QTest::newRow("felt, several words") << u"I felt worn out after the party."_s << u"worn out"_s << QString()
                                             << QString() << QString();
        QTest::newRow("negated feeling") << u"I'm not angry, I'm scared."_s << u"scared"_s << QString() << QString()
                                         << QString();
        QTest::newRow("someone else's feeling") << u"Are you hurt?"_s << QString() << QString() << QString() << QString();
        QTest::newRow("need from the vocabulary") << u"I need reassurance."_s << QString() << QString()
                                                  << u"I need reassurance"_s << QString();
        QTest::newRow("value") << u"I value honesty."_s << QString() << QString() << u"I value honesty"_s << QString();
        QTest::newRow("matters to me") << u"I feel embarrassed, because privacy matters to me."_s << u"embarrassed"_s
                                       << QString() << u"because privacy matters to me"_s << QString();
        QTest::newRow("could we") << u"Could we talk over dinner tonight?"_s << QString() << QString() << QString()
                                  << u"Could we talk over dinner tonight?"_s;
        QTest::newRow("a question is no situation") << u"When is dinner?"_s << QString() << QString() << QString()
                                                    << QString();
        QTest::newRow("blame has no parts") << u"You never listen."_s << QString() << QString() << QString() << QString();
    }

    void partsOfAnIStatement()
    {
        QFETCH(QString, text);
        QFETCH(QString, feeling);
        QFETCH(QString, situation);
        QFETCH(QString, need);
        QFETCH(QString, request);
        const CoachParts parts = m_coach->analyze(text).parts;
        QCOMPARE(parts.feeling, feeling);
        QCOMPARE(parts.situation, situation);
        QCOMPARE(parts.need, need);
        QCOMPARE(parts.request, request);
        QCOMPARE(parts.feeling.isNull(), feeling.isNull());
        QCOMPARE(parts.request.isNull(), request.isNull());
    }

    // Spans count UTF-16 code units, as QString and JavaScript do: an emoji
    // outside the Basic Multilingual Plane counts two, a combining mark one.
    void spansAreUtf16AfterNonAsciiText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("start");
        QTest::newRow("precomposed and emoji") << u"Zo\u00eb, \U0001F60A you always forget."_s << qsizetype(12);
        QTest::newRow("combining mark") << u"Zoe\u0308, \U0001F60A you always forget."_s << qsizetype(13);
        QTest::newRow("emoji with modifier") << u"\U0001FAF6\U0001F3FD you always forget."_s << qsizetype(9);
        QTest::newRow("right-to-left mark") << u"\u200fyou always forget."_s << qsizetype(5);
        QTest::newRow("Greek and CJK first") << u"\u03b1\u03b2\u03b3 \u6f22\u5b57: you always forget."_s << qsizetype(12);
    }

    void spansAreUtf16AfterNonAsciiText()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, start);
        const CoachAnalysis analysis = m_coach->analyze(text);
        const CoachFinding *finding = firstOf(analysis, u"absolute"_s);
        QVERIFY(finding);
        QCOMPARE(finding->start, start);
        QCOMPARE(finding->end, start + 6);
        QCOMPARE(text.mid(finding->start, finding->end - finding->start), u"always"_s);
    }

    void apostrophesAreAllAlike_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        for (const QChar apostrophe : {QChar(u'\''), QChar(0x2019), QChar(0x2018), QChar(0x02BC), QChar(u'`')}) {
            const QString name = u"U+%1"_s.arg(uint(apostrophe.unicode()), 4, 16, QChar(u'0'));
            QTest::newRow(qPrintable(name + u" label"_s)) << u"You%1re so selfish."_s.arg(apostrophe) << u"label"_s;
            QTest::newRow(qPrintable(name + u" blame"_s)) << u"It%1s your fault."_s.arg(apostrophe) << u"you-blame"_s;
            QTest::newRow(qPrintable(name + u" thought"_s)) << u"I feel that%1s unfair."_s.arg(apostrophe)
                                                            << u"thought-as-feeling"_s;
            QTest::newRow(qPrintable(name + u" demand"_s)) << u"You%1d better call."_s.arg(apostrophe) << u"demand"_s;
        }
        QTest::newRow("no apostrophe") << u"youre so selfish"_s << u"label"_s;
        QTest::newRow("no apostrophe, negated") << u"dont be so dramatic"_s << u"label"_s;
    }

    void apostrophesAreAllAlike()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const CoachAnalysis analysis = m_coach->analyze(text);
        const CoachFinding *finding = firstOf(analysis, kind);
        QVERIFY2(finding, qPrintable(kindsOf(analysis).join(u", "_s)));
        QVERIFY(finding->end <= text.size());
    }

    void matchingIgnoresCase()
    {
        QCOMPARE(kindsOf(m_coach->analyze(u"YOU NEVER LISTEN"_s)), QStringList{u"absolute"_s});
        QCOMPARE(kindsOf(m_coach->analyze(u"you NeVeR listen"_s)), QStringList{u"absolute"_s});
        QCOMPARE(kindsOf(m_coach->analyze(u"YOU'RE SO SELFISH"_s)), QStringList{u"label"_s});
    }

    void wholeWordsOnly()
    {
        QVERIFY(m_coach->analyze(u"You're the neverending story of my life."_s).isClean());
        QVERIFY(m_coach->analyze(u"You're so unselfish."_s).isClean());
    }

    void sentencesAreJudgedOnTheirOwn()
    {
        const QString text = u"I always try. You never do."_s;
        const CoachAnalysis analysis = m_coach->analyze(text);
        QCOMPARE(analysis.findings.size(), 1);
        QCOMPARE(analysis.findings.constFirst().start, text.indexOf(u"never"_s));

        const QString lines = u"I never give up\nyou always do"_s;
        const CoachAnalysis second = m_coach->analyze(lines);
        QCOMPARE(second.findings.size(), 1);
        QCOMPARE(second.findings.constFirst().start, lines.indexOf(u"always"_s));

        // "I feel" in one sentence does not make a thought of the next.
        QVERIFY(m_coach->analyze(u"I feel. Like you, I'm tired."_s).isClean());
        // A phrase never spans a comma.
        const CoachAnalysis comma = m_coach->analyze(u"Because of it, you're late."_s);
        QVERIFY(firstOf(comma, u"you-blame"_s) == nullptr);
    }

    void findingsAreSortedWithoutOverlapsOfAKind()
    {
        const QString text = u"You always, always make me feel stupid. You're so selfish and you never listen; you need to "
                             "change. I feel like you don't care and I feel ignored. It's your fault, all your fault."_s;
        const CoachAnalysis analysis = m_coach->analyze(text);
        QVERIFY(analysis.findings.size() >= 7);
        for (qsizetype i = 1; i < analysis.findings.size(); ++i)
            QVERIFY(analysis.findings.at(i - 1).start <= analysis.findings.at(i).start);
        for (const CoachFinding &a : analysis.findings) {
            for (const CoachFinding &b : analysis.findings) {
                if (&a != &b && a.kind == b.kind)
                    QVERIFY2(a.end <= b.start || b.end <= a.start, qPrintable(a.kind));
            }
        }
        const QStringList found = kindsOf(analysis);
        const QSet<QString> kinds(found.cbegin(), found.cend());
        QCOMPARE(kinds.size(), 6);
    }

    void oddTextDoesNotCrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   \t  "_s;
        QTest::newRow("punctuation") << u"...!!!???,,,;;;---\u2014\u2026"_s;
        QTest::newRow("direction marks") << u"\u200f\u200e\u202b\u202c\u2066\u2069"_s;
        QTest::newRow("emoji") << u"\U0001F60A\U0001F60A\U0001F60A \u2764\ufe0f"_s;
        QTest::newRow("lone surrogates") << (QString(QChar(0xD800)) + u"you never"_s + QChar(0xDC00) + u" listen"_s);
        QTest::newRow("nul and controls") << (u"you"_s + QChar(0) + u"never\u0001\u0007 listen"_s);
        QTest::newRow("combining marks alone") << u"\u0301\u0301 \u0308"_s;
        QTest::newRow("apostrophes alone") << u"' \u2019 '' you' 're"_s;
        QTest::newRow("hyphens alone") << u"- -- self- -centred"_s;
        QTest::newRow("Arabic") << u"\u0623\u0646\u062a \u062f\u0627\u0626\u0645\u0627"_s;
        QTest::newRow("only a frame") << u"you're so"_s;
        QTest::newRow("ends mid-phrase") << u"I feel like"_s;
        QTest::newRow("when at the end") << u"I feel hurt when"_s;
        QTest::newRow("because at the end") << u"because I"_s;
        QTest::newRow("decimal") << u"You always spend 3.5 times more."_s;
    }

    void oddTextDoesNotCrash()
    {
        QFETCH(QString, text);
        const CoachAnalysis analysis = m_coach->analyze(text);
        for (const CoachFinding &f : analysis.findings) {
            QVERIFY(f.start >= 0);
            QVERIFY(f.start < f.end);
            QVERIFY(f.end <= text.size());
        }
        const QJsonObject object = CoachJson::toJson(text, analysis);
        QCOMPARE(object.value(u"text"_s).toString(), text);
    }

    void veryLongTextIsAnalysedWhole()
    {
        const QString text = u"You never listen. I feel hurt. "_s.repeated(2000);
        const CoachAnalysis analysis = m_coach->analyze(text);
        QCOMPARE(analysis.findings.size(), 2000);
        QCOMPARE(analysis.findings.constLast().start, text.lastIndexOf(u"never"_s));
        QCOMPARE(analysis.parts.feeling, u"hurt"_s);

        const QString oneWord = u"a"_s.repeated(100000);
        QVERIFY(m_coach->analyze(oneWord).isClean());
    }

    void jsonHasTheAgreedShape()
    {
        const QString text = u"I feel hurt. You never listen."_s;
        const QJsonObject object = CoachJson::toJson(text, m_coach->analyze(text));
        QCOMPARE(object.keys(), QStringList({u"findings"_s, u"parts"_s, u"rewrite"_s, u"text"_s}));
        QVERIFY(object.value(u"rewrite"_s).toString().contains(u"I felt hurt when ___."_s));
        QCOMPARE(object.value(u"text"_s).toString(), text);
        const QJsonArray findings = object.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.at(0).toObject();
        QCOMPARE(finding.value(u"kind"_s).toString(), u"absolute"_s);
        QCOMPARE(finding.value(u"start"_s).toInteger(), 17);
        QCOMPARE(finding.value(u"end"_s).toInteger(), 22);
        QVERIFY(!finding.value(u"message"_s).toString().isEmpty());
        QVERIFY(!finding.value(u"suggestion"_s).toString().isEmpty());
        QCOMPARE(finding.value(u"replacement"_s).toString(), u"rarely"_s);
        const QJsonObject parts = object.value(u"parts"_s).toObject();
        QCOMPARE(parts.keys(), QStringList({u"feeling"_s, u"need"_s, u"request"_s, u"situation"_s}));
        QCOMPARE(parts.value(u"feeling"_s).toString(), u"hurt"_s);
        QVERIFY(parts.value(u"situation"_s).isNull());
        QVERIFY(parts.value(u"need"_s).isNull());
        QVERIFY(parts.value(u"request"_s).isNull());

        const QJsonObject clean = CoachJson::toJson(QString(), m_coach->analyze(QString()));
        QVERIFY(clean.value(u"findings"_s).toArray().isEmpty());
        QVERIFY(clean.value(u"rewrite"_s).isNull());
        QCOMPARE(finding.value(u"pattern"_s).toString(), u"absolute-never"_s);
    }

    // The coach's words come from the content: another patterns file, another coach.
    void theWordsComeFromTheContent()
    {
        ContentRepository custom;
        custom.loadSources({{u"coach/patterns.json"_s, json(
            "{'format': 'hearth-coach-patterns', 'version': 1, 'labelFrames': ['you are such a'],"
            " 'patterns': ["
            "  {'id': 'absolute-perpetually', 'kind': 'absolute', 'phrases': ['perpetually'],"
            "   'explanation': 'Sweeping.', 'alternative': 'Name one time.', 'replacement': 'sometimes'},"
            "  {'id': 'label-grump', 'kind': 'label', 'phrases': ['grump'],"
            "   'explanation': 'A label.', 'alternative': 'Say what happened.'}]}")}},
                           &m_content);
        QVERIFY2(custom.errors().isEmpty(), custom.errors().isEmpty() ? "" : qPrintable(custom.errors().constFirst().toString()));
        const Coach coach(custom);
        const CoachAnalysis analysis = coach.analyze(u"You perpetually forget. You are such a grump."_s);
        QCOMPARE(kindsOf(analysis), QStringList({u"absolute"_s, u"label"_s}));
        QCOMPARE(analysis.findings.at(0).replacement, u"sometimes"_s);
        QCOMPARE(analysis.findings.at(0).patternId, u"absolute-perpetually"_s);
        QCOMPARE(analysis.findings.at(1).message, u"A label."_s);
        QVERIFY(coach.analyze(u"You always forget."_s).isClean());
    }

private:
    ContentRepository m_content;
    std::optional<Coach> m_coach;
};

QTEST_GUILESS_MAIN(TestCoach)
#include "tst_coach.moc"
