// SPDX-License-Identifier: GPL-3.0-or-later
// The mindful pause's rules with given times: its content, its timings for
// each kind and length, where it is at any moment, and holding, resuming
// and finishing early. No test waits for a clock.
#include "content/contentrepository.h"
#include "pause/mindfulpause.h"
#include "pause/pauseplan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray journal = R"({"format": "hearth-journal", "version": 1, "items": [
    {"id": "j-calm", "section": "alpha", "practice": "mindfulness", "text": "Notice how you feel now."},
    {"id": "j-body", "section": "alpha", "practice": "mindfulness", "text": "Where in your body is it?"},
    {"id": "j-write", "section": "alpha", "practice": "journaling", "text": "Write about your day."}]})";
const QByteArray guide = R"({"format": "hearth-guide", "version": 1,
    "careNote": {"title": "Care", "text": "Only when you feel safe."},
    "sections": [{"id": "alpha", "title": "Alpha", "summary": "First.", "ideas": ["An idea."],
      "practices": [{"id": "alpha-try", "title": "Try", "text": "Try it.", "target": {"kind": "journal"}}]}]})";

QByteArray pauseFile(const QByteArray &kinds)
{
    return R"({"format": "hearth-pause", "version": 1, "kinds": [)" + kinds + "]}";
}

const QByteArray breathing = R"({"id": "breathing", "title": "Breathing", "description": "In and out.",
    "breath": {"in": 4, "out": 6},
    "steps": [{"id": "b1", "text": "Settle."}, {"id": "b2", "text": "Wander back."}, {"id": "b3", "text": "Notice."},
              {"id": "b4", "text": "Finish."}],
    "journalPrompts": ["j-calm", "j-body"]})";
const QByteArray bodyCheck = R"({"id": "body-check", "title": "Body", "description": "Feet to face.",
    "steps": [{"id": "s1", "text": "Feet."}, {"id": "s2", "text": "Belly."}, {"id": "s3", "text": "Chest."},
              {"id": "s4", "text": "Face."}, {"id": "s5", "text": "Whole."}, {"id": "s6", "text": "Back."}],
    "journalPrompts": ["j-body"]})";

ContentRepository load(const QByteArray &pause)
{
    ContentRepository content;
    content.loadSources({{u"guide.json"_s, guide}, {u"journal.json"_s, journal}, {u"pause.json"_s, pause}});
    return content;
}

QString errorsOf(const ContentRepository &content)
{
    QStringList lines;
    for (const ContentError &error : content.errors())
        lines.append(error.toString());
    return lines.join(u'\n');
}

PausePlan planOf(const QByteArray &kind, int minutes)
{
    const ContentRepository content = load(pauseFile(kind));
    return *PausePlan::make(content.pauseKinds().constFirst(), minutes);
}

using Phase = PauseMoment::Phase;

} // namespace

class TestPause : public QObject
{
    Q_OBJECT

private slots:
    void builtInPausesLoad()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY2(content.errors().isEmpty(), qPrintable(errorsOf(content)));
        QVERIFY(content.pauseKind(u"breathing"_s));
        QVERIFY(content.pauseKind(u"body-check"_s));
        QVERIFY(content.pauseKind(u"breathing"_s)->breathInSeconds > 0);
        QCOMPARE(content.pauseKind(u"body-check"_s)->breathInSeconds, 0);
        // Every length of every kind can be made, and ends with something to write.
        for (const PauseKind &kind : content.pauseKinds()) {
            QVERIFY(!kind.journalPromptIds.isEmpty());
            for (int minutes = PausePlan::shortestMinutes; minutes <= PausePlan::longestMinutes; ++minutes)
                QVERIFY(PausePlan::make(kind, minutes));
        }
    }

    void everyFieldIsRead()
    {
        const ContentRepository content = load(pauseFile(breathing + ',' + bodyCheck));
        QVERIFY2(content.errors().isEmpty(), qPrintable(errorsOf(content)));
        const PauseKind *kind = content.pauseKind(u"breathing"_s);
        QVERIFY(kind);
        QCOMPARE(kind->title, u"Breathing"_s);
        QCOMPARE(kind->description, u"In and out."_s);
        QCOMPARE(kind->breathInSeconds, 4);
        QCOMPARE(kind->breathOutSeconds, 6);
        QCOMPARE(kind->steps.size(), 4);
        QCOMPARE(kind->steps.at(1).id, u"b2"_s);
        QCOMPARE(kind->steps.at(1).text, u"Wander back."_s);
        QCOMPARE(kind->journalPromptIds, QStringList({u"j-calm"_s, u"j-body"_s}));
    }

    void badPausesAreReportedWhereTheyAre_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QByteArray kind = breathing;
        QTest::newRow("breath too fast") << QByteArray(kind).replace(R"("in": 4)", R"("in": 1)")
                                         << u"kinds[0].breath.in"_s << u"must be"_s;
        QTest::newRow("unknown field") << QByteArray(kind).replace(R"("title")", R"("tilte")")
                                       << u"kinds[0].tilte"_s << u"not a known field"_s;
        QTest::newRow("no steps") << QByteArray(R"({"id": "empty", "title": "Empty", "description": "None.",
                                                  "steps": [], "journalPrompts": ["j-calm"]})")
                                  << u"kinds[0].steps"_s << u"entries"_s;
        QTest::newRow("empty step") << QByteArray(kind).replace(R"("Settle.")", R"("  ")")
                                    << u"kinds[0].steps[0].text"_s << u"empty"_s;
        QTest::newRow("prompt unknown") << QByteArray(kind).replace(R"("j-calm")", R"("j-none")")
                                        << u"kinds[0].journalPrompts[0]"_s << u"mindfulness"_s;
        QTest::newRow("prompt not mindful") << QByteArray(kind).replace(R"("j-calm")", R"("j-write")")
                                            << u"kinds[0].journalPrompts[0]"_s << u"mindfulness"_s;
        QTest::newRow("text twice") << QByteArray(kind).replace(R"("Notice.")", R"("settle.")")
                                    << u"kinds[0].steps[2].text"_s << u"already used"_s;
    }

    void badPausesAreReportedWhereTheyAre()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const ContentRepository content = load(pauseFile(kind + R"(,{"id": "other",
            "title": "Other", "description": "Another.", "steps": [{"id": "o1", "text": "Other step."}],
            "journalPrompts": ["j-calm"]})"));
        QVERIFY(!content.errors().isEmpty());
        const ContentError &error = content.errors().constFirst();
        QCOMPARE(error.file, u"pause.json"_s);
        QVERIFY2(error.where.startsWith(where), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        // The faulty kind is left out; the sound one beside it is kept.
        QCOMPARE(content.pauseKinds().size(), 1);
        QCOMPARE(content.pauseKinds().constFirst().id, u"other"_s);
    }

    void aPauseIsTranslatedByIds()
    {
        ContentRepository content = load(pauseFile(breathing));
        content.loadTranslationSources(u"de"_s, {{u"de/pause.json"_s, R"({"format": "hearth-translation", "version": 1,
            "pause": {"breathing": {"title": "Atmen", "steps": {"b2": {"text": "Komm zurück."}}, "breath": {"in": 3}}}})"}});
        const PauseKind *kind = content.pauseKind(u"breathing"_s);
        QCOMPARE(kind->title, u"Atmen"_s);
        QCOMPARE(kind->steps.at(1).text, u"Komm zurück."_s);
        QCOMPARE(kind->steps.at(0).text, u"Settle."_s);
        QCOMPARE(kind->breathInSeconds, 4);
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().constFirst().where, u"pause.breathing.breath"_s);
    }

    void lengthsOutsideOneToThreeMinutesAreRefused()
    {
        const ContentRepository content = load(pauseFile(breathing));
        const PauseKind &kind = content.pauseKinds().constFirst();
        QVERIFY(!PausePlan::make(kind, 0));
        QVERIFY(!PausePlan::make(kind, 4));
        QVERIFY(PausePlan::make(kind, 1));
        QVERIFY(PausePlan::make(kind, 3));
    }

    void breathingRepeatsWholeBreathsAndChangesWordsBetweenThem()
    {
        const PausePlan oneMinute = planOf(breathing, 1);
        QVERIFY(oneMinute.hasBreath());
        QCOMPARE(oneMinute.durationMs(), 60'000);
        QCOMPARE(oneMinute.breaths(), 6);
        // Six breaths over four sets of words: 1, 2, 1, 2 breaths each, each starting on a breath.
        const QList<PausePlan::Step> &steps = oneMinute.steps();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).startMs, 0);
        QCOMPARE(steps.at(0).endMs, 10'000);
        QCOMPARE(steps.at(1).endMs, 30'000);
        QCOMPARE(steps.at(2).endMs, 40'000);
        QCOMPARE(steps.at(3).endMs, 60'000);
        for (const PausePlan::Step &step : steps)
            QCOMPARE(step.startMs % 10'000, 0);

        const PausePlan threeMinutes = planOf(breathing, 3);
        QCOMPARE(threeMinutes.durationMs(), 180'000);
        QCOMPARE(threeMinutes.breaths(), 18);
        QCOMPARE(threeMinutes.steps().at(1).startMs, 40'000);
    }

    void aRhythmThatDoesNotFitEndsOnTheNearestWholeBreath()
    {
        // Seven seconds a breath: sixty seconds is 8.6 breaths, so nine whole ones.
        const PausePlan plan = planOf(QByteArray(breathing).replace(R"("out": 6)", R"("out": 3)"), 1);
        QCOMPARE(plan.breaths(), 9);
        QCOMPARE(plan.durationMs(), 63'000);
        QCOMPARE(plan.steps().constLast().endMs, 63'000);
    }

    void whereABreathIsAtAGivenTime_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("step");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("secondsLeft");
        QTest::addColumn<qint64>("remaining");
        QTest::newRow("start") << 0LL << 0 << Phase::In << 0.0 << 4 << 60'000LL;
        QTest::newRow("half in") << 2'000LL << 0 << Phase::In << 0.5 << 2 << 58'000LL;
        QTest::newRow("a moment into the last in-second") << 3'001LL << 0 << Phase::In << 0.75025 << 1 << 56'999LL;
        QTest::newRow("turning to out") << 4'000LL << 0 << Phase::Out << 0.0 << 6 << 56'000LL;
        QTest::newRow("most of the way out") << 8'500LL << 0 << Phase::Out << 0.75 << 2 << 51'500LL;
        QTest::newRow("second breath, second step") << 10'000LL << 1 << Phase::In << 0.0 << 4 << 50'000LL;
        QTest::newRow("third step") << 31'000LL << 2 << Phase::In << 0.25 << 3 << 29'000LL;
        QTest::newRow("last breath out") << 59'000LL << 3 << Phase::Out << 5.0 / 6.0 << 1 << 1'000LL;
        QTest::newRow("the end: out, complete") << 60'000LL << 3 << Phase::Out << 1.0 << 0 << 0LL;
        QTest::newRow("past the end") << 75'000LL << 3 << Phase::Out << 1.0 << 0 << 0LL;
        QTest::newRow("before the start") << -5LL << 0 << Phase::In << 0.0 << 4 << 60'000LL;
    }

    void whereABreathIsAtAGivenTime()
    {
        QFETCH(qint64, elapsed);
        const PauseMoment moment = planOf(breathing, 1).at(elapsed);
        QTEST(moment.step, "step");
        QTEST(moment.phase, "phase");
        QFETCH(double, fraction);
        QVERIFY2(qAbs(moment.phaseFraction - fraction) < 1e-9, qPrintable(QString::number(moment.phaseFraction)));
        QTEST(moment.phaseSecondsLeft, "secondsLeft");
        QTEST(moment.remainingMs, "remaining");
        QCOMPARE(moment.finished, elapsed >= 60'000);
    }

    void aBodyCheckSharesTheTimeEquallyWithoutABreath()
    {
        const PausePlan plan = planOf(bodyCheck, 2);
        QVERIFY(!plan.hasBreath());
        QCOMPARE(plan.breaths(), 0);
        QCOMPARE(plan.durationMs(), 120'000);
        QCOMPARE(plan.steps().size(), 6);
        for (qsizetype i = 0; i < 6; ++i) {
            QCOMPARE(plan.steps().at(i).startMs, i * 20'000);
            QCOMPARE(plan.steps().at(i).endMs, (i + 1) * 20'000);
        }
        const PauseMoment fourth = plan.at(65'000);
        QCOMPARE(fourth.step, 3);
        QCOMPARE(fourth.phase, Phase::None);
        QCOMPARE(fourth.phaseSecondsLeft, 0);
        QCOMPARE(fourth.stepFraction, 0.25);
        QCOMPARE(fourth.remainingMs, 55'000);
        QVERIFY(!fourth.finished);
        QCOMPARE(plan.at(19'999).step, 0);
        QCOMPARE(plan.at(20'000).step, 1);
        QCOMPARE(plan.at(120'000).step, 5);
        QCOMPARE(plan.at(120'000).stepFraction, 1.0);
    }

    void moreStepsThanBreathsLeavesOutWhatHasNoTime()
    {
        // A minute of 20-second breaths is three breaths: three of the four steps get one each.
        const PausePlan plan = planOf(QByteArray(breathing).replace(R"("in": 4, "out": 6)", R"("in": 10, "out": 10)"), 1);
        QCOMPARE(plan.breaths(), 3);
        QCOMPARE(plan.steps().size(), 3);
        QCOMPARE(plan.steps().constLast().endMs, 60'000);
    }

    void aPauseRunsHoldsResumesAndEnds()
    {
        const ContentRepository content = load(pauseFile(breathing + ',' + bodyCheck));
        MindfulPause pause(content);
        QCOMPARE(pause.state(), MindfulPause::State::Choosing);
        QVERIFY(!pause.plan());
        QVERIFY(!pause.start(u"no-such-kind"_s, 1));
        QVERIFY(!pause.start(u"breathing"_s, 5));
        QCOMPARE(pause.state(), MindfulPause::State::Choosing);

        QVERIFY(pause.start(u"breathing"_s, 1));
        QCOMPARE(pause.state(), MindfulPause::State::Running);
        pause.advance(12'000);
        QCOMPARE(pause.moment().step, 1);
        QCOMPARE(pause.moment().phase, Phase::In);

        // Time passing while held does not count.
        pause.hold();
        QCOMPARE(pause.state(), MindfulPause::State::Held);
        pause.advance(30'000);
        QCOMPARE(pause.elapsedMs(), 12'000);
        pause.resume();
        pause.advance(-100);
        QCOMPARE(pause.elapsedMs(), 12'000);

        pause.advance(47'999);
        QCOMPARE(pause.state(), MindfulPause::State::Running);
        QVERIFY(pause.offeredPromptId().isEmpty()); // offered at the end only
        pause.advance(10'000);
        QCOMPARE(pause.state(), MindfulPause::State::Finished);
        QVERIFY(!pause.finishedEarly());
        QCOMPARE(pause.elapsedMs(), 60'000);
        QVERIFY(pause.moment().finished);
        QCOMPARE(pause.offeredPromptId(), u"j-calm"_s);

        // Finished stays finished.
        pause.hold();
        pause.resume();
        pause.finishEarly();
        QCOMPARE(pause.state(), MindfulPause::State::Finished);
        QVERIFY(!pause.finishedEarly());
    }

    void finishingEarlyIsAlwaysThereAndStillOffersAPage()
    {
        const ContentRepository content = load(pauseFile(breathing + ',' + bodyCheck));
        MindfulPause pause(content);
        QVERIFY(pause.start(u"breathing"_s, 3));
        pause.advance(5'000);
        pause.hold();
        pause.finishEarly();
        QCOMPARE(pause.state(), MindfulPause::State::Finished);
        QVERIFY(pause.finishedEarly());
        QCOMPARE(pause.elapsedMs(), 5'000);
        QCOMPARE(pause.offeredPromptId(), u"j-calm"_s);

        // The next pause of the kind offers its next prompt, and goes round.
        QVERIFY(pause.start(u"breathing"_s, 1));
        QVERIFY(!pause.finishedEarly());
        QCOMPARE(pause.elapsedMs(), 0);
        pause.finishEarly();
        QCOMPARE(pause.offeredPromptId(), u"j-body"_s);
        QVERIFY(pause.start(u"breathing"_s, 1));
        pause.finishEarly();
        QCOMPARE(pause.offeredPromptId(), u"j-calm"_s);

        pause.reset();
        QCOMPARE(pause.state(), MindfulPause::State::Choosing);
        QVERIFY(!pause.plan());
        QVERIFY(pause.offeredPromptId().isEmpty());
        pause.finishEarly(); // nothing to finish
        QCOMPARE(pause.state(), MindfulPause::State::Choosing);
    }
};

QTEST_GUILESS_MAIN(TestPause)
#include "tst_pause.moc"
