// SPDX-License-Identifier: GPL-3.0-or-later
// Guards the built-in content as a whole: that there is enough of every kind,
// that it covers every part of the guide at every depth, that it is spelt
// right, and that it assumes nothing about who a couple is.
#include "contenttexts.h"

#include "content/contentrepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

template<typename T, typename Key>
QMap<QString, int> countBy(const QList<T> &items, Key key)
{
    QMap<QString, int> counts;
    for (const T &item : items)
        ++counts[key(item)];
    return counts;
}

} // namespace

class TestContentQuality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        for (const GuideSection &s : m_content.sections())
            m_sectionIds.append(s.id);
        QCOMPARE(m_sectionIds.size(), 7);
    }

    void theGuideIsComplete()
    {
        QVERIFY(m_content.careNote());
        for (const GuideSection &s : m_content.sections()) {
            QVERIFY2(s.ideas.size() >= 3, qPrintable(s.id));
            QVERIFY2(s.practices.size() >= 2 && s.practices.size() <= 4, qPrintable(s.id));
        }
        const GuideSection *roadblocks = m_content.section(u"roadblocks"_s);
        QVERIFY(roadblocks);
        QStringList checks;
        for (const SelfCheckItem &item : roadblocks->selfCheck.items)
            checks.append(item.id);
        QCOMPARE(checks, QStringList({u"fear-of-vulnerability"_s, u"past-hurts"_s, u"communication-trouble"_s,
                                      u"unresolved-conflict"_s}));
        QVERIFY2(roadblocks->seekHelp.contains(u"counsellor"_s) || roadblocks->seekHelp.contains(u"therapist"_s),
                 "the roadblocks section must say when to see a counsellor or therapist");
    }

    void everySectionHasCardsAtEveryDepth()
    {
        QVERIFY(m_content.cards().size() >= 240);
        for (const QString &section : std::as_const(m_sectionIds)) {
            int total = 0;
            QMap<int, int> byDepth;
            for (const Card &c : m_content.cards()) {
                if (c.section == section) {
                    ++total;
                    ++byDepth[c.depth];
                }
            }
            QVERIFY2(total >= 30, qPrintable(u"%1 has %2 cards"_s.arg(section).arg(total)));
            for (int depth = 1; depth <= 3; ++depth)
                QVERIFY2(byDepth.value(depth) > 0, qPrintable(u"%1 has no depth %2 card"_s.arg(section).arg(depth)));
        }
    }

    void decksOfferEveryMoodAndKind()
    {
        const auto moods = countBy(m_content.decks(), [](const Deck &d) { return d.mood; });
        QVERIFY(moods.size() >= 4);
        const auto kinds = countBy(m_content.cards(), [](const Card &c) { return c.kind; });
        QCOMPARE(kinds.keys(), QStringList({u"activity"_s, u"appreciation"_s, u"question"_s, u"reflection"_s}));
        const auto answerers = countBy(m_content.cards(), [](const Card &c) { return c.answeredBy; });
        QCOMPARE(answerers.keys(), QStringList({u"both"_s, u"each"_s, u"one"_s}));
        for (const Deck &d : m_content.decks())
            QVERIFY2(!d.cardIds.isEmpty(), qPrintable(d.id));
    }

    void theEscalatingConversationAndListeningAid()
    {
        QVERIFY(m_content.escalating());
        QCOMPARE(m_content.escalating()->rounds.size(), 3);
        for (const EscalatingRound &r : m_content.escalating()->rounds)
            QCOMPARE(r.questions.size(), 12);
        QVERIFY(m_content.listening());
        QStringList steps;
        for (const ListeningStep &s : m_content.listening()->steps)
            steps.append(s.id);
        QCOMPARE(steps, QStringList({u"mirror"_s, u"validate"_s, u"empathise"_s}));
        QVERIFY(m_content.listening()->checkBacks.size() >= 2);
    }

    void vocabulariesAreLargeEnough()
    {
        QVERIFY(m_content.feelings().size() >= 150);
        QVERIFY(m_content.needs().size() >= 60);
        QVERIFY(m_content.fauxFeelings().size() >= 40);
        const auto pleasant = countBy(m_content.feelings(), [](const Feeling &f) { return f.pleasant ? u"yes"_s : u"no"_s; });
        QVERIFY(pleasant.value(u"yes"_s) >= 50 && pleasant.value(u"no"_s) >= 50);
        for (const QString &word : {u"ignored"_s, u"abandoned"_s, u"manipulated"_s, u"taken for granted"_s}) {
            QVERIFY2(std::any_of(m_content.fauxFeelings().cbegin(), m_content.fauxFeelings().cend(),
                                 [&](const FauxFeeling &f) { return f.word == word; }),
                     qPrintable(word));
        }
    }

    void practiceMaterialIsLargeEnough()
    {
        QVERIFY(m_content.drills().size() >= 40);
        QVERIFY(m_content.journalPrompts().size() >= 60);
        QVERIFY(m_content.rituals().size() >= 30);
        const auto practices = countBy(m_content.journalPrompts(), [](const JournalPrompt &j) { return j.practice; });
        QCOMPARE(practices.keys(), QStringList({u"journaling"_s, u"mindfulness"_s, u"reflection"_s}));
        const auto journalSections = countBy(m_content.journalPrompts(), [](const JournalPrompt &j) { return j.section; });
        QCOMPARE(journalSections.size(), m_sectionIds.size());
        const auto rhythms = countBy(m_content.rituals(), [](const Ritual &r) { return r.rhythm; });
        QCOMPARE(rhythms.keys(), QStringList({u"daily"_s, u"occasional"_s, u"weekly"_s}));
        const auto patternKinds = countBy(m_content.coachPatterns(), [](const CoachPattern &p) { return p.kind; });
        QCOMPARE(patternKinds.keys(), QStringList({u"absolute"_s, u"contempt"_s, u"defensiveness"_s, u"demand"_s,
                                                   u"label"_s, u"stonewalling"_s, u"thought-as-feeling"_s,
                                                   u"you-blame"_s}));
        QVERIFY(!m_content.labelFrames().isEmpty());
    }

    // Any couple: no genders, marriage or children assumed. The coach's own
    // phrase lists are exempt: they must recognise how people really talk.
    void theWordsAssumeNothingAboutTheCouple()
    {
        static const QRegularExpression assumptions(
            u"\\b(husband|wife|boyfriend|girlfriend|spouse|marriage|married|wedding|kids|children|"
            "he|she|him|her|his|hers)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        for (const auto &[where, text] : ContentTexts::readableTexts(m_content)) {
            const auto match = assumptions.match(text);
            if (match.hasMatch())
                found.append(where + u": " + match.captured());
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void everyWordIsSpeltRight()
    {
        const QString hunspell = QStandardPaths::findExecutable(u"hunspell"_s);
        QVERIFY2(!hunspell.isEmpty(), "hunspell is not installed (scripts/debian-packages.txt lists it)");
        QStringList lines;
        for (const auto &[where, text] : ContentTexts::readableTexts(m_content))
            lines.append(text);
        QProcess process;
        // British house style, with American spellings a person might also use.
        process.start(hunspell, {u"-d"_s, u"en_GB,en_US"_s, u"-p"_s,
                                 QStringLiteral(HEARTH_SOURCE_DIR "/content/wordlist.txt"), u"-l"_s});
        QVERIFY(process.waitForStarted());
        process.write(lines.join(u'\n').toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QStringList unknown = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        unknown.removeDuplicates();
        QVERIFY2(unknown.isEmpty(), qPrintable(u"Unknown words (fix them, or add real ones to content/wordlist.txt): "_s
                                               + unknown.join(u", "_s)));
    }

private:
    ContentRepository m_content;
    QStringList m_sectionIds;
};

QTEST_GUILESS_MAIN(TestContentQuality)
#include "tst_contentquality.moc"
