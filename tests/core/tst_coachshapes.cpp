// SPDX-License-Identifier: GPL-3.0-or-later
// The coach reads the horsemen and demands by the shape of what is said, not
// only by listed phrases: who speaks, the verb, what it is done to, what comes
// before and after. Each shape with sentences in forms no list holds, and the
// healthy sentence of the same shape that must stay clean beside it.
#include "coach/coach.h"
#include "coach/coachrewriter.h"
#include "content/contentrepository.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TestCoachShapes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        m_coach.emplace(m_content);
    }

    void eachShapeAndItsNearMiss_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("flagged");
        QTest::addColumn<QString>("clean");
        const auto row = [](const char *name, const QString &kind, const QString &flagged, const QString &clean) {
            QTest::newRow(name) << kind << flagged << clean;
        };
        const QString stonewalling = u"stonewalling"_s;
        row("refusing the talk", stonewalling, u"I refuse to discuss it any further."_s,
            u"I won't discuss your salary with my parents, I promise."_s);
        row("a refusal with a return", stonewalling, u"I don't want to talk about it."_s,
            u"I don't want to talk about it right now; give me an hour and I'll come back."_s);
        row("a reason, not a refusal", stonewalling, u"I can't talk to you right now."_s,
            u"I can't talk, I'm driving."_s);
        row("ending it", stonewalling, u"I'm out."_s, u"I'm out of milk, can you grab some on the way?"_s);
        row("an order that ends it", stonewalling, u"Don't bother."_s,
            u"Don't bother getting up, I'll get the door."_s);
        row("a lone reply", stonewalling, u"K."_s, u"Sure!"_s);
        row("no more to say", stonewalling, u"I have nothing more to say about it."_s,
            u"I have nothing planned for Saturday."_s);
        row("the talk declared ended", stonewalling, u"This conversation is pointless."_s,
            u"The conversation with the bank is over, finally!"_s);
        row("the talk declared ended, shortly", stonewalling, u"Conversation's over."_s,
            u"The match is over, want to eat?"_s);
        row("refusing the partner the talk", stonewalling, u"I'm not discussing my family with you."_s,
            u"I won't discuss your salary with my parents, I promise."_s);
        const QString defensiveness = u"defensiveness"_s;
        row("denying a deed", defensiveness, u"I never said that."_s, u"I never said that was easy."_s);
        row("denying a verdict", defensiveness, u"I'm not being unreasonable."_s, u"I'm not angry, just tired."_s);
        row("a point turned with a charge", defensiveness, u"I know I was late, but you didn't even call."_s,
            u"I know it's hard, but you've got this."_s);
        row("owning a part", defensiveness, u"It wasn't my idea."_s, u"That was my fault; I should have checked."_s);
        row("the non-apology", defensiveness, u"I'm sorry you feel that way."_s, u"I'm sorry I snapped at you."_s);
        row("the victim", defensiveness, u"Why am I always the bad guy?"_s, u"Why do I always get hiccups?"_s);
        row("at least I", defensiveness, u"At least I try."_s, u"At least I got to see you before the flight."_s);
        row("a deed denied and recast", defensiveness, u"I wasn't flirting, I was being polite."_s,
            u"I wasn't angry, I was hurt."_s);
        row("one's own deed made small", defensiveness, u"I was only gone ten minutes, it's not a big deal."_s,
            u"You broke the vase? It's not a big deal."_s);
        row("the outcome put down to the partner's hopes", defensiveness, u"Well, what did you expect?"_s,
            u"What did you expect from the film?"_s);
        row("wronged by being asked", defensiveness, u"I can't be expected to remember everything."_s,
            u"I can't wait to see you."_s);
        row("a forbidding heard in the question", defensiveness, u"What, so I'm not allowed to have friends now?"_s,
            u"I'm not allowed to park here, am I?"_s);
        row("set above the partner", defensiveness, u"I forgot because I've got a lot on, unlike some people."_s,
            u"Unlike some people, I love Mondays."_s);
        const QString contempt = u"contempt"_s;
        row("doubting the mind", contempt, u"Do you even listen when I talk?"_s,
            u"Do you even like horror films? I never asked."_s);
        row("an insult as a question", contempt, u"Are you an idiot?"_s, u"Are you okay?"_s);
        row("superiority", contempt, u"Any normal person would have called."_s, u"He's a decent person."_s);
        row("the failure expected", contempt, u"Of course you forgot."_s, u"Of course you can bring a friend."_s);
        row("the partner's words in quotes", contempt, u"Sure, you 'forgot'."_s,
            u"You said \"I'll be late\" and you were, that's fine."_s);
        row("quotes, curly or not", contempt, u"ur \u2018working late\u2019 again"_s,
            u"The film was called \u2018Working Late\u2019, you'd love it."_s);
        row("someone less able who manages", contempt, u"My ex was a nightmare and even he could read a map."_s,
            u"Even my mum can FaceTime now!"_s);
        row("anyone above the partner", contempt, u"My nan texts back faster than you."_s,
            u"You'll pick it up faster than you think."_s);
        row("praise turned round", contempt, u"Great, now we're late again."_s, u"Great, see you at seven."_s);
        row("irony beside warmth", contempt, u"Perfect. Just perfect."_s, u"Oh, great, you're home! I missed you."_s);
        row("a chore scorned", contempt, u"How hard is it to close a drawer?"_s,
            u"How hard is it to get tickets for the show?"_s);
        const QString demand = u"demand"_s;
        row("a bare order", demand, u"Call her."_s, u"Please call me when you land."_s);
        row("an order or a kindness", demand, u"Take the bins out."_s, u"Take care of yourself today."_s);
        row("a negative order", demand, u"Don't ever speak to me like that again."_s,
            u"Don't worry about the dishes."_s);
        row("an order or wonder", demand, u"Look at me when I'm talking to you."_s, u"Look at that sunset!"_s);
        row("an order put as the future", demand, u"You're going to apologise to my sister."_s,
            u"You're going to do great tomorrow."_s);
        row("a wish for the partner", demand, u"I want you to call me every night."_s,
            u"I want you to stop worrying about money."_s);
        row("a verb no list holds", demand, u"Unfollow her."_s, u"Enjoy the film!"_s);
        row("an unlisted verb, or a past without its I", demand, u"Delete that app."_s,
            u"Heard the news? Jo got the job!"_s);
        row("an unlisted verb, or how often", demand, u"Unplug the telly."_s,
            u"Twice this week we ate together."_s);
        row("a reminder, or care", demand, u"Don't touch my laptop."_s, u"Don't forget your umbrella."_s);
        row("please, insisting", demand, u"Please, for the love of God, put the seat down."_s,
            u"Please pass the salt."_s);
        row("a plan closed as final", demand, u"You're cooking tonight and that's final."_s,
            u"You're cooking tonight? That's brilliant."_s);
        row("from now on", demand, u"From now on you check with me before you spend over fifty quid."_s,
            u"From now on I'll check with you before I spend over fifty quid."_s);
        row("an order tagged as a question", demand, u"Just listen to me without interrupting, okay?"_s,
            u"Clean slate tomorrow, okay?"_s);
        row("an order, or a need", demand, u"I need you to sort the car insurance by Friday."_s,
            u"I need you to listen, not to fix it."_s);
        row("forbidden as what will not happen", demand, u"You will not be going on that stag do."_s,
            u"If you will not be going, tell Sam."_s);
        row("an order, or play", demand, u"Stop interrupting me."_s, u"Stop, that tickles!"_s);
        row("the miss put down to the partner, or a kindness missed", defensiveness,
            u"If you'd told me earlier, I would have done it."_s,
            u"If you'd told me it was your birthday I would have baked you a cake!"_s);
        const QString blame = u"you-blame"_s;
        row("the past replayed: a bad thing followed", blame, u"If you'd checked the map we wouldn't have got lost."_s,
            u"If you hadn't helped me, I wouldn't have finished the move."_s);
        row("the past replayed: a chance lost", blame, u"If you had told me earlier, I could have got the time off."_s,
            u"If you'd called, I could have picked you up."_s);
        row("the past replayed: the partner would have done better", blame,
            u"If you hadn't been on your phone, you'd have seen the cyclist."_s,
            u"If you hadn't called, I would have missed the news."_s);
        row("the past replayed, put the other way round", blame,
            u"Had you locked the door, the bike wouldn't have been stolen."_s, u"Had you heard the news?"_s);
        const QString absolute = u"absolute"_s;
        row("never missing, or care", absolute, u"You never miss a chance to criticise me."_s,
            u"You never miss a chance to make me smile."_s);
        row("attention paid, always", absolute, u"You always think you're right."_s,
            u"You always remember how I take my tea."_s);
        row("the past replayed with any verb", blame, u"If you'd set the alarm, we wouldn't have missed the flight."_s,
            u"If you'd like the window open, just say."_s);
        row("left out, or surprised", absolute, u"You never tell me anything."_s,
            u"You never told me you could play piano"_s);
        row("a suggestion made together", demand, u"Wash your own plate for once."_s,
            u"Wash up later, let's go out first."_s);
        // Insults no list holds, known by the shape they are said in (coachinsultshapes.cpp).
        const QString label = u"label"_s;
        row("a name called, harsher", label, u"You utter wazzock."_s, u"You utter legend, you fixed it."_s);
        row("such a name, of the partner", label, u"You're such a martyr."_s, u"My sister is such a martyr."_s);
        row("what a name you are", contempt, u"What a useless lump you are."_s, u"What a view you have."_s);
        row("a bare name with a character word", label, u"Selfish git."_s, u"Lazy Sunday."_s);
        row("a compound insult", label, u"Dimwit."_s, u"Forehead kisses."_s);
    }

    void eachShapeAndItsNearMiss()
    {
        QFETCH(QString, kind);
        QFETCH(QString, flagged);
        QFETCH(QString, clean);
        const CoachAnalysis found = m_coach->analyze(flagged);
        const bool hasKind = std::any_of(found.findings.cbegin(), found.findings.cend(),
                                         [&](const CoachFinding &f) { return f.kind == kind; });
        QVERIFY2(hasKind, qPrintable(flagged));
        // The kinder whole sentence it offers passes the coach itself.
        QVERIFY(!found.rewrite.isEmpty());
        QVERIFY(m_coach->analyze(CoachRewriter::filled(found.rewrite)).isClean());
        const CoachAnalysis healthy = m_coach->analyze(clean);
        QVERIFY2(healthy.isClean(), qPrintable(clean + u" -> "_s
                                               + (healthy.isClean() ? QString() : healthy.findings.constFirst().kind)));
    }

    // A bare order becomes a request the partner could say no to.
    void anOrderBecomesARequest()
    {
        const CoachAnalysis analysis = m_coach->analyze(u"Call her."_s);
        QVERIFY2(analysis.rewrite.endsWith(u"Would you be willing to call her?"_s), qPrintable(analysis.rewrite));
    }

    // The shapes look a bounded way around each word, so a long text with no
    // full stop is read in one pass: the same findings for a sentence alone
    // and repeated a thousand times without punctuation between.
    void aLongRunOnTextIsStillRead()
    {
        const QString one = u"I'm not going to talk about this and do you even listen and call her and even he could "
                            u"read a map and you 'forgot' and I wasn't flirting, I was being polite and "_s;
        const QList<CoachFinding> alone = m_coach->findings(one);
        const QList<CoachFinding> many = m_coach->findings(one.repeated(1000));
        QVERIFY(!alone.isEmpty());
        QCOMPARE(many.size(), alone.size() * 1000);
    }

private:
    ContentRepository m_content;
    std::optional<Coach> m_coach;
};

QTEST_GUILESS_MAIN(TestCoachShapes)
#include "tst_coachshapes.moc"
