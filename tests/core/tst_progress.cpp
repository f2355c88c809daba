// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress page's figures, from seeded rows and a fixed "today": the
// weeks with time together, how far the conversations went in each section
// of the guide, and what the coach finds in saved practice, by month.
#include "coach/coach.h"
#include "content/contentrepository.h"
#include "progress/progress.h"
#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Wednesday: its week began on Monday 16 March.
const QDate today(2026, 3, 18);

QDateTime at(QDate day, int hour = 12, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)); // local time, as the person lived it
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        m_coach = std::make_unique<Coach>(m_content);
    }

    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->openInMemory();
        QVERIFY(m_database->state() == Database::State::Ready);
        exec(u"INSERT INTO couples (id, partner_a_name, partner_a_colour, partner_b_name, partner_b_colour, "
             "created_at, updated_at) VALUES (1, 'A', '#B4552F', 'B', '#3F6E9A', '', '')"_s);
    }

    void nothingYetGivesNoFigures()
    {
        QVERIFY(Progress::weeksTogether(*m_database, today).isEmpty());
        QVERIFY(Progress::practiceByMonth(*m_database, *m_coach, today).isEmpty());
        // Every section is there, unexplored: the picture shows where the guide goes.
        const QList<SectionReach> sections = Progress::sectionsExplored(*m_database, m_content);
        QCOMPARE(sections.size(), m_content.sections().size());
        for (const SectionReach &section : sections) {
            QCOMPARE(section.cardsDiscussed, 0);
            QCOMPARE(section.deepestDepth, 0);
        }
    }

    void weeksCountConversationsWithACardAndRitualsKept()
    {
        const QString card = m_content.cards().constFirst().id;
        // The week of 2 March: two conversations (one late on its Sunday) and a ritual.
        conversation(at({2026, 3, 2}, 20), {card}, {});
        conversation(at({2026, 3, 8}, 23, 30), {card}, {});
        tick(at({2026, 3, 4}));
        // The week of 9 March: a ritual, and a conversation where every card was passed.
        tick(at({2026, 3, 10}, 8));
        conversation(at({2026, 3, 11}), {}, {card});
        // This week: a conversation, and one set up with no card at all.
        conversation(at({2026, 3, 16}, 10), {card}, {});
        conversation(at({2026, 3, 17}), {}, {});
        // A clock set wrong once: a tick after today is not drawn.
        tick(at({2026, 3, 25}));

        const QList<WeekTogether> weeks = Progress::weeksTogether(*m_database, today);
        const QList<WeekTogether> expected{{{2026, 3, 2}, 2, 1}, {{2026, 3, 9}, 0, 1}, {{2026, 3, 16}, 1, 0}};
        QCOMPARE(weeks, expected);
        QVERIFY(weeks.at(1).together()); // a ritual kept is time together too
    }

    void weeksGoBackHalfAYearAtMost()
    {
        const QString card = m_content.cards().constFirst().id;
        conversation(at({2025, 3, 1}), {card}, {}); // a year ago: before the picture
        tick(at({2025, 9, 22}));                     // the Monday 25 weeks before this one
        tick(at({2025, 9, 21}));                     // the Sunday before it: one week too far

        const QList<WeekTogether> weeks = Progress::weeksTogether(*m_database, today);
        QCOMPARE(weeks.size(), Progress::weeksShown);
        QCOMPARE(weeks.constFirst().monday, QDate(2025, 9, 22));
        QCOMPARE(weeks.constLast().monday, QDate(2026, 3, 16));
        QCOMPARE(weeks.constFirst().ritualsKept, 1);
        int together = 0;
        for (const WeekTogether &week : weeks) {
            QCOMPARE(week.monday.dayOfWeek(), 1);
            together += week.conversations + week.ritualsKept;
        }
        QCOMPARE(together, 1);
    }

    void sectionsShowCardsTalkedAboutAndTheDeepestReached()
    {
        const SectionCards listening = cardsOf(u"listening"_s);
        QVERIFY(!listening.light.isEmpty() && !listening.deeper.isEmpty() && !listening.deepest.isEmpty());
        const SectionCards closeness = cardsOf(u"closeness"_s);
        QVERIFY(!closeness.light.isEmpty() && !closeness.deepest.isEmpty());

        // Listening: a light card twice and a deeper one; its deepest card was only passed.
        conversation(at({2026, 3, 2}), {listening.light, listening.deeper}, {listening.deepest});
        conversation(at({2026, 3, 9}), {listening.light}, {});
        // Closeness: its deepest card, but in the deepening conversation, whose
        // questions are not the section's cards; and a card Hearth no longer has.
        conversation(at({2026, 3, 10}), {closeness.deepest, u"gone-card"_s}, {}, u"escalating"_s);
        conversation(at({2026, 3, 11}), {closeness.light, u"gone-card"_s}, {});

        const QList<SectionReach> sections = Progress::sectionsExplored(*m_database, m_content);
        QCOMPARE(sections.size(), m_content.sections().size());
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const SectionReach &reach = sections.at(i);
            const GuideSection &section = m_content.sections().at(i);
            QCOMPARE(reach.sectionId, section.id);
            QCOMPARE(reach.title, section.title);
            QCOMPARE(reach.deepestOffered, 3);
            if (section.id == "listening"_L1) {
                QCOMPARE(reach.cardsDiscussed, 2);
                QCOMPARE(reach.deepestDepth, 2);
            } else if (section.id == "closeness"_L1) {
                QCOMPARE(reach.cardsDiscussed, 1);
                QCOMPARE(reach.deepestDepth, 1);
            } else {
                QCOMPARE(reach.cardsDiscussed, 0);
                QCOMPARE(reach.deepestDepth, 0);
            }
        }
    }

    void practiceCountsWhatTheCoachFindsInSavedWritingByMonth()
    {
        // January: a draft with a sweeping word, and a drill rewrite with a label.
        draft(u"You never listen."_s, at({2026, 1, 10}));
        drill(u"one"_s, u"You're so selfish."_s, at({2026, 1, 31}, 23));
        // February: nothing. March: a clean draft, and one the coach reads line by line.
        draft(u"I feel calmer after we talk."_s, at({2026, 3, 5}));
        draft(u"I feel ignored.\nYou never listen."_s, at({2026, 3, 6}));
        drill(u"two"_s, u"I'd love an evening together this week."_s, at({2026, 3, 7}));
        // The future is not counted.
        draft(u"You never listen."_s, at({2026, 4, 2}));
        // Journal entries are never read, not even in the clear.
        exec(u"INSERT INTO journals (id, name, kind, created_at) VALUES (1, 'A', 'own', '')"_s);
        exec(u"INSERT INTO journal_entries (journal_id, text, created_at, updated_at) "
             "VALUES (1, 'You never listen. You''re so selfish.', '%1', '%1')"_s.arg(toStored(at({2026, 3, 2}))));

        const QList<PracticeMonth> months = Progress::practiceByMonth(*m_database, *m_coach, today);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).month, QDate(2026, 1, 1));
        QCOMPARE(months.at(1).month, QDate(2026, 2, 1));
        QCOMPARE(months.at(2).month, QDate(2026, 3, 1));

        QCOMPARE(months.at(0).drafts, 1);
        QCOMPARE(months.at(0).drills, 1);
        QCOMPARE(found(months.at(0)), (QMap<QString, FindingCount>{{u"absolute"_s, {u"absolute"_s, 1, 0}},
                                                                     {u"label"_s, {u"label"_s, 0, 1}}}));
        QCOMPARE(months.at(1).drafts, 0);
        QCOMPARE(months.at(1).drills, 0);
        QVERIFY(found(months.at(1)).isEmpty());
        QCOMPARE(months.at(2).drafts, 2);
        QCOMPARE(months.at(2).drills, 1);
        QCOMPARE(found(months.at(2)), (QMap<QString, FindingCount>{
                                          {u"absolute"_s, {u"absolute"_s, 1, 0}},
                                          {u"evaluative-feeling"_s, {u"evaluative-feeling"_s, 1, 0}}}));
        // Every month lists every kind, in one order, for the picture's rows.
        for (const PracticeMonth &month : months) {
            QCOMPARE(month.findings.size(), Progress::findingKinds().size());
            for (qsizetype i = 0; i < month.findings.size(); ++i)
                QCOMPARE(month.findings.at(i).kind, Progress::findingKinds().at(i));
        }
    }

    void practiceGoesBackHalfAYearAtMost()
    {
        draft(u"You never listen."_s, at({2025, 6, 1}));
        draft(u"You never listen."_s, at({2025, 10, 1}));
        const QList<PracticeMonth> months = Progress::practiceByMonth(*m_database, *m_coach, today);
        QCOMPARE(months.size(), Progress::monthsShown);
        QCOMPARE(months.constFirst().month, QDate(2025, 10, 1));
        QCOMPARE(months.constLast().month, QDate(2026, 3, 1));
        QCOMPARE(months.constFirst().drafts, 1);
        QCOMPARE(months.constFirst().findings.at(0), (FindingCount{u"absolute"_s, 1, 0}));
    }

    void theCoachKindsAreTheOnesItReports()
    {
        // A sentence with every kind: each is one the figures count.
        const QString text = u"You always, always make me feel stupid. You're so selfish and you never listen; you "
                             "need to change. I feel like you don't care and I feel ignored. It's your fault."_s;
        for (const CoachFinding &finding : m_coach->analyze(text).findings)
            QVERIFY2(Progress::findingKinds().contains(finding.kind), qPrintable(finding.kind));
    }

private:
    struct SectionCards
    {
        QString light;
        QString deeper;
        QString deepest;
    };

    SectionCards cardsOf(const QString &section) const
    {
        SectionCards cards;
        for (const Card &card : m_content.cards()) {
            if (card.section != section)
                continue;
            QString &slot = card.depth == 1 ? cards.light : card.depth == 2 ? cards.deeper : cards.deepest;
            if (slot.isEmpty())
                slot = card.id;
        }
        return cards;
    }

    static QMap<QString, FindingCount> found(const PracticeMonth &month)
    {
        QMap<QString, FindingCount> nonZero;
        for (const FindingCount &count : month.findings) {
            if (count.total() > 0)
                nonZero.insert(count.kind, count);
        }
        return nonZero;
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    void conversation(const QDateTime &started, const QStringList &discussed, const QStringList &passed,
                      const QString &mode = u"cards"_s)
    {
        exec(u"INSERT INTO sessions (couple_id, mode, first_speaker, depth_ceiling, started_at) "
             "VALUES (1, ?, 0, 3, ?)"_s, {mode, toStored(started)});
        const qint64 session = lastId(u"sessions"_s);
        for (const QString &card : discussed)
            exec(u"INSERT INTO session_cards (session_id, card_id, outcome, at) VALUES (?, ?, 'discussed', ?)"_s,
                 {session, card, toStored(started)});
        for (const QString &card : passed)
            exec(u"INSERT INTO session_cards (session_id, card_id, outcome, at) VALUES (?, ?, 'passed', ?)"_s,
                 {session, card, toStored(started)});
    }

    void tick(const QDateTime &when)
    {
        exec(u"INSERT INTO ritual_ticks (ritual_id, done_at) VALUES ('r', ?)"_s, {toStored(when)});
    }

    void draft(const QString &text, const QDateTime &when)
    {
        exec(u"INSERT INTO coach_drafts (text, created_at, updated_at) VALUES (?, ?, ?)"_s,
             {text, toStored(when), toStored(when)});
    }

    void drill(const QString &id, const QString &rewrite, const QDateTime &when)
    {
        exec(u"INSERT INTO drill_progress (drill_id, rewrite, findings, completed_at) VALUES (?, ?, 0, ?)"_s,
             {id, rewrite, toStored(when)});
    }

    qint64 lastId(const QString &table)
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(u"SELECT max(id) FROM "_s + table) || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    ContentRepository m_content;
    std::unique_ptr<Coach> m_coach;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
