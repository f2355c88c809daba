// SPDX-License-Identifier: GPL-3.0-or-later
// The couple's rituals: choosing and letting go, ticking one off with a note
// and undoing it, and the "one for this week" rule, on seeded data and given
// dates. Nothing here counts a day a ritual was not kept.
#include "rituals/ritualstore.h"
#include "rituals/weeklysuggestion.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Ritual ritual(const QString &id, const QString &rhythm)
{
    return {id, u"investing"_s, rhythm, u"Title of "_s + id, u"Text of "_s + id, 5};
}

// Three of each rhythm, as a small content would have them.
QList<Ritual> someRituals()
{
    QList<Ritual> rituals;
    for (const QString &rhythm : {u"daily"_s, u"weekly"_s, u"occasional"_s}) {
        for (int i = 1; i <= 3; ++i)
            rituals.append(ritual(rhythm + u'-' + QString::number(i), rhythm));
    }
    return rituals;
}

RitualTick keptOn(const QString &ritualId, QDate day, QTime time = QTime(19, 30))
{
    return {0, ritualId, {}, QDateTime(day, time)}; // local time, as the person lives it
}

const QDate monday(2026, 11, 30); // ISO week 2026-W49 runs from here to Sunday 6 December

} // namespace

class TestRituals : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->open({});
        m_store = std::make_unique<RitualStore>(*m_database);
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
    }

    void ritualsAreChosenAsOursAndLetGo()
    {
        QVERIFY(m_store->ours().isEmpty());
        const QDateTime first(monday, QTime(9, 0), Qt::UTC);
        QVERIFY(m_store->choose(u"weekly-2"_s, first));
        QVERIFY(m_store->choose(u"daily-1"_s, first.addDays(1)));
        // Choosing again keeps the first date.
        QVERIFY(m_store->choose(u"weekly-2"_s, first.addDays(5)));
        const QList<OurRitual> ours = m_store->ours();
        QCOMPARE(ours.size(), 2);
        QCOMPARE(ours.at(0).ritualId, u"weekly-2"_s);
        QCOMPARE(ours.at(0).chosenAt, first);
        QCOMPARE(ours.at(1).ritualId, u"daily-1"_s);
        QVERIFY(m_store->isOurs(u"daily-1"_s));

        QVERIFY(m_store->letGo(u"daily-1"_s));
        QVERIFY(!m_store->isOurs(u"daily-1"_s));
        QVERIFY(!m_store->letGo(u"daily-1"_s)); // nothing left to let go
        QCOMPARE(m_store->ours().size(), 1);
        // Chosen again with its old date, as undo does.
        QVERIFY(m_store->choose(u"daily-1"_s, first.addDays(1)));
        QCOMPARE(m_store->ours().at(1).chosenAt, first.addDays(1));
    }

    void aTickKeepsItsNoteAndCanBeUndone()
    {
        // Days ago, so the tick made "now" below is the newest.
        const QDateTime evening(QDate::currentDate().addDays(-10), QTime(20, 0), Qt::UTC);
        const auto withNote = m_store->tick(u"weekly-1"_s, u"  A walk by the river.  "_s, evening);
        QVERIFY(withNote);
        QVERIFY(withNote->id > 0);
        QCOMPARE(withNote->note, u"A walk by the river."_s);
        QCOMPARE(withNote->doneAt, evening);
        const auto plain = m_store->tick(u"daily-1"_s, QString(), evening.addDays(1)); // no note: stored as ""
        QVERIFY(plain);
        const auto again = m_store->tick(u"weekly-1"_s, u"Again."_s, evening.addDays(2));
        QVERIFY(again);
        // A tick without a given time is now.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto now = m_store->tick(u"occasional-1"_s, {});
        QVERIFY(now && now->doneAt >= before);

        QList<RitualTick> ticks = m_store->ticks();
        QCOMPARE(ticks.size(), 4);
        QCOMPARE(ticks.at(0).id, now->id); // newest first
        QCOMPARE(ticks.at(1).note, u"Again."_s);
        QCOMPARE(ticks.at(2).note, u""_s);
        const QHash<QString, RitualTick> last = m_store->lastTicks();
        QCOMPARE(last.size(), 3);
        QCOMPARE(last.value(u"weekly-1"_s).id, again->id);

        // Undo takes back that tick only, and the one before is the last again.
        QVERIFY(m_store->removeTick(again->id));
        QVERIFY(!m_store->removeTick(again->id));
        QCOMPARE(m_store->ticks().size(), 3);
        QCOMPARE(m_store->lastTicks().value(u"weekly-1"_s).note, u"A walk by the river."_s);
    }

    void lettingARitualGoKeepsTheTimeGiven()
    {
        QVERIFY(m_store->choose(u"daily-2"_s));
        QVERIFY(m_store->tick(u"daily-2"_s, u"Tea at dawn."_s));
        QVERIFY(m_store->letGo(u"daily-2"_s));
        QCOMPARE(m_store->ticks().size(), 1);
        QCOMPARE(m_store->ticks().constFirst().note, u"Tea at dawn."_s);
    }

    void weeksAreIsoWeeks()
    {
        QCOMPARE(WeeklySuggestion::weekOf(monday), u"2026-W49"_s);
        QCOMPARE(WeeklySuggestion::weekOf(monday.addDays(6)), u"2026-W49"_s); // Sunday
        QCOMPARE(WeeklySuggestion::weekOf(monday.addDays(7)), u"2026-W50"_s);
        QCOMPARE(WeeklySuggestion::weekOf(QDate(2027, 1, 1)), u"2026-W53"_s);
        QCOMPARE(WeeklySuggestion::weekOf(QDate(2025, 12, 29)), u"2026-W01"_s);
    }

    void theSuggestionStaysPutAllWeek()
    {
        const QStringList ours{u"daily-1"_s, u"occasional-2"_s, u"weekly-3"_s};
        const WeeklySuggestion onMonday = WeeklySuggestion::choose(someRituals(), ours, {}, monday);
        QVERIFY(ours.contains(onMonday.ritualId));
        QVERIFY(onMonday.ours);
        QVERIFY(!onMonday.keptThisWeek);
        for (int day = 1; day < 7; ++day)
            QCOMPARE(WeeklySuggestion::choose(someRituals(), ours, {}, monday.addDays(day)).ritualId,
                     onMonday.ritualId);
        // Letting go of another of theirs, or choosing one more, does not move it
        // (unless the new one comes first this week).
        QStringList fewer = ours;
        fewer.removeAt((ours.indexOf(onMonday.ritualId) + 1) % ours.size());
        QCOMPARE(WeeklySuggestion::choose(someRituals(), fewer, {}, monday).ritualId, onMonday.ritualId);
    }

    void theSuggestionChangesFromWeekToWeek()
    {
        const QStringList ours{u"daily-1"_s, u"daily-2"_s, u"weekly-1"_s, u"weekly-2"_s, u"occasional-1"_s};
        QSet<QString> seen;
        for (int week = 0; week < 12; ++week) {
            const QString id = WeeklySuggestion::choose(someRituals(), ours, {}, monday.addDays(7 * week)).ritualId;
            QVERIFY(ours.contains(id));
            seen.insert(id);
        }
        QVERIFY2(seen.size() >= 3, "twelve weeks bring more than one or two of their rituals round");
    }

    void oursNotKeptThisWeekComeFirstThenAWeeklyOne()
    {
        const QStringList ours{u"daily-1"_s, u"occasional-2"_s};
        const QDate thursday = monday.addDays(3);
        QList<RitualTick> ticks;
        const WeeklySuggestion first = WeeklySuggestion::choose(someRituals(), ours, ticks, thursday);
        QVERIFY(first.ours);

        // Kept on Tuesday: the other of theirs is suggested now.
        ticks.append(keptOn(first.ritualId, monday.addDays(1)));
        const WeeklySuggestion second = WeeklySuggestion::choose(someRituals(), ours, ticks, thursday);
        QVERIFY(second.ours);
        QVERIFY(second.ritualId != first.ritualId);
        QVERIFY(!second.keptThisWeek);

        // Both kept: a weekly one of the content they have not kept this week.
        ticks.append(keptOn(second.ritualId, monday.addDays(2)));
        const WeeklySuggestion third = WeeklySuggestion::choose(someRituals(), ours, ticks, thursday);
        QVERIFY(third.ritualId.startsWith(u"weekly-"_s));
        QVERIFY(!third.ours);
        QVERIFY(!third.keptThisWeek);

        // Nothing chosen yet: a weekly one too.
        const WeeklySuggestion none = WeeklySuggestion::choose(someRituals(), {}, {}, thursday);
        QVERIFY(none.ritualId.startsWith(u"weekly-"_s));
        QVERIFY(!none.ours);
    }

    void everythingKeptStillSuggestsOneOfTheirs()
    {
        const QStringList ours{u"daily-3"_s};
        QList<RitualTick> ticks{keptOn(u"daily-3"_s, monday)};
        for (int i = 1; i <= 3; ++i)
            ticks.append(keptOn(u"weekly-"_s + QString::number(i), monday));
        const WeeklySuggestion kept = WeeklySuggestion::choose(someRituals(), ours, ticks, monday.addDays(4));
        QCOMPARE(kept.ritualId, u"daily-3"_s);
        QVERIFY(kept.ours);
        QVERIFY(kept.keptThisWeek);
    }

    void onlyThisWeeksTicksCount()
    {
        const QStringList ours{u"daily-1"_s, u"weekly-2"_s};
        const QDate nextMonday = monday.addDays(7);
        const WeeklySuggestion fresh = WeeklySuggestion::choose(someRituals(), ours, {}, nextMonday);
        // Kept late on the Sunday before: that was last week, so it is not kept yet this one.
        const QList<RitualTick> lastSunday{keptOn(fresh.ritualId, monday.addDays(6), QTime(23, 50))};
        const WeeklySuggestion afterSunday = WeeklySuggestion::choose(someRituals(), ours, lastSunday, nextMonday);
        QCOMPARE(afterSunday.ritualId, fresh.ritualId);
        QVERIFY(!afterSunday.keptThisWeek);
        // Just after midnight it is this week's.
        const QList<RitualTick> justNow{keptOn(fresh.ritualId, nextMonday, QTime(0, 10))};
        QVERIFY(WeeklySuggestion::choose(someRituals(), ours, justNow, nextMonday).ritualId != fresh.ritualId);
    }

    void weeksWithoutTicksPlayNoPart()
    {
        // Months of nothing, or a tick every week: the same gentle suggestion,
        // never "it has been a while".
        const QStringList ours{u"daily-2"_s, u"weekly-1"_s, u"occasional-3"_s};
        const QDate today = monday.addDays(2);
        QList<RitualTick> everyWeek;
        for (int week = 1; week <= 20; ++week) {
            for (const QString &id : ours)
                everyWeek.append(keptOn(id, monday.addDays(-7 * week)));
        }
        const QList<RitualTick> longAgo{keptOn(u"weekly-1"_s, monday.addDays(-300))};
        const QString none = WeeklySuggestion::choose(someRituals(), ours, {}, today).ritualId;
        QCOMPARE(WeeklySuggestion::choose(someRituals(), ours, everyWeek, today).ritualId, none);
        QCOMPARE(WeeklySuggestion::choose(someRituals(), ours, longAgo, today).ritualId, none);
    }

    void oursThatTheContentNoLongerHasAreLeftOut()
    {
        const WeeklySuggestion suggestion
            = WeeklySuggestion::choose(someRituals(), {u"retired-ritual"_s}, {}, monday);
        QVERIFY(suggestion.ritualId.startsWith(u"weekly-"_s));
        QVERIFY(WeeklySuggestion::choose({}, {u"daily-1"_s}, {}, monday).ritualId.isEmpty());
    }

    void theStoreIsAboutTheTablesOfSchemaFive()
    {
        QVERIFY(m_store->choose(u"weekly-1"_s));
        QVERIFY(m_store->tick(u"weekly-1"_s, u"note"_s));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM our_rituals), (SELECT count(*) FROM ritual_ticks)"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RitualStore> m_store;
};

QTEST_GUILESS_MAIN(TestRituals)
#include "tst_rituals.moc"
