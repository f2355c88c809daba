// SPDX-License-Identifier: GPL-3.0-or-later
// The Rituals page's models: correct as models (QAbstractItemModelTester),
// as the app composes them (AppState over a data folder), over the real
// content and ticks seeded on given dates.
#include "appstate.h"
#include "content/contentrepository.h"
#include "models/ritualsfiltermodel.h"
#include "models/ritualsmodel.h"
#include "rituals/ritualstore.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate thursday(2026, 12, 3); // in ISO week 2026-W49, Monday 30 November to Sunday 6 December

QDateTime evening(QDate day)
{
    return QDateTime(day, QTime(20, 0)); // local time, as the couple lives it
}

} // namespace

class TestRitualsModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->database().isPersistent());
        QVERIFY(m_app->content().errors().isEmpty());
        QVERIFY(m_app->content().rituals().size() >= 6);
        // Seeded as an earlier session left it: one of theirs, kept last week and this week.
        RitualStore store(m_app->database());
        QVERIFY(store.choose(ritualId(0)));
        QVERIFY(store.tick(ritualId(0), u"Last week's."_s, evening(thursday.addDays(-7))));
        QVERIFY(store.tick(ritualId(0), u"This week's."_s, evening(thursday.addDays(-2))));
        QVERIFY(store.tick(ritualId(1), {}, evening(thursday.addDays(-30))));
        m_model = m_app->rituals();
        m_model->setToday(thursday); // reads the seeded ticks again, for that week
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model = nullptr;
        m_app.reset();
        m_dir.reset();
    }

    void everyRitualOfTheContentIsThere()
    {
        QCOMPARE(m_model->rowCount(), int(m_app->content().rituals().size()));
        const Ritual &first = m_app->content().rituals().constFirst();
        const QModelIndex row = m_model->index(0);
        QCOMPARE(row.data(RitualsModel::RitualIdRole).toString(), first.id);
        QCOMPARE(row.data(RitualsModel::TitleRole).toString(), first.title);
        QCOMPARE(row.data(RitualsModel::RhythmRole).toString(), first.rhythm);
        QCOMPARE(row.data(RitualsModel::MinutesRole).toInt(), first.minutes);
        QCOMPARE(row.data(RitualsModel::SectionTitleRole).toString(), m_app->content().section(first.section)->title);
        const QHash<int, QByteArray> names = m_model->roleNames();
        for (const char *name : {"ritualId", "rhythm", "ours", "lastKept", "lastNote", "keptThisWeek", "canUndoTick"})
            QVERIFY2(names.values().contains(name), name);
    }

    void whatWasKeptBeforeIsShown()
    {
        QCOMPARE(m_model->ourCount(), 1);
        const QModelIndex ours = m_model->index(0);
        QVERIFY(ours.data(RitualsModel::OursRole).toBool());
        QCOMPARE(ours.data(RitualsModel::LastKeptRole).toDateTime(), evening(thursday.addDays(-2)));
        QCOMPARE(ours.data(RitualsModel::LastNoteRole).toString(), u"This week's."_s);
        QVERIFY(ours.data(RitualsModel::KeptThisWeekRole).toBool());
        QVERIFY(!ours.data(RitualsModel::CanUndoTickRole).toBool()); // an earlier session's tick stays

        const QModelIndex longAgo = m_model->index(1);
        QVERIFY(!longAgo.data(RitualsModel::OursRole).toBool());
        QCOMPARE(longAgo.data(RitualsModel::LastNoteRole).toString(), QString());
        QVERIFY(!longAgo.data(RitualsModel::KeptThisWeekRole).toBool());
        QVERIFY(!m_model->index(2).data(RitualsModel::LastKeptRole).toDateTime().isValid());
    }

    void choosingLettingGoTickingAndUndoing()
    {
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy oursChanged(m_model, &RitualsModel::oursChanged);
        const QString id = ritualId(2);
        QVERIFY(m_model->choose(id));
        QCOMPARE(m_model->ourCount(), 2);
        QCOMPARE(oursChanged.size(), 1);
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 2);
        QVERIFY(m_model->index(2).data(RitualsModel::OursRole).toBool());

        QVERIFY(m_model->tick(id, u"  Under the stars.  "_s));
        const QModelIndex row = m_model->index(2);
        QCOMPARE(row.data(RitualsModel::LastNoteRole).toString(), u"Under the stars."_s);
        QVERIFY(row.data(RitualsModel::CanUndoTickRole).toBool());
        QVERIFY(row.data(RitualsModel::LastKeptRole).toDateTime().isValid());

        QVERIFY(m_model->undoTick(id));
        QVERIFY(!row.data(RitualsModel::CanUndoTickRole).toBool());
        QVERIFY(!row.data(RitualsModel::LastKeptRole).toDateTime().isValid());
        QVERIFY(!m_model->undoTick(id)); // once only

        // Undoing a second tick shows the one before it again.
        QVERIFY(m_model->tick(ritualId(0), {}));
        QVERIFY(m_model->undoTick(ritualId(0)));
        QCOMPARE(m_model->index(0).data(RitualsModel::LastNoteRole).toString(), u"This week's."_s);

        QVERIFY(m_model->letGo(id));
        QVERIFY(!m_model->letGo(id));
        QCOMPARE(m_model->ourCount(), 1);
        QVERIFY(!m_model->choose(u"no-such-ritual"_s));
        QVERIFY(!m_model->tick(u"no-such-ritual"_s, {}));
    }

    void theWeeksSuggestionFollowsWhatTheyKeep()
    {
        // Their one ritual is kept this week: a weekly one of the content is suggested.
        QVariantMap suggestion = m_model->weeklySuggestion();
        QCOMPARE(suggestion.value(u"rhythm"_s).toString(), u"weekly"_s);
        QVERIFY(!suggestion.value(u"ours"_s).toBool());
        QVERIFY(!suggestion.value(u"title"_s).toString().isEmpty());

        // Another of theirs, not kept this week, comes first.
        QSignalSpy spy(m_model, &RitualsModel::weeklySuggestionChanged);
        QVERIFY(m_model->choose(ritualId(3)));
        QCOMPARE(spy.size(), 1);
        suggestion = m_model->weeklySuggestion();
        QCOMPARE(suggestion.value(u"ritualId"_s).toString(), ritualId(3));
        QVERIFY(suggestion.value(u"ours"_s).toBool());
        QVERIFY(!suggestion.value(u"keptThisWeek"_s).toBool());

        // The same all week long.
        for (int day = -3; day <= 3; ++day) {
            m_model->setToday(thursday.addDays(day));
            QCOMPARE(m_model->weeklySuggestion().value(u"ritualId"_s).toString(), ritualId(3));
        }
    }

    void theFilterShowsARhythmOrTheirOwn()
    {
        RitualsFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_model);
        QCOMPARE(filter.count(), m_model->count());

        QSignalSpy counted(&filter, &SearchFilterModel::countChanged);
        filter.setRhythm(u"weekly"_s);
        QVERIFY(filter.count() > 0);
        for (int row = 0; row < filter.count(); ++row)
            QCOMPARE(filter.index(row, 0).data(RitualsModel::RhythmRole).toString(), u"weekly"_s);
        QVERIFY(!counted.isEmpty());

        filter.setRhythm({});
        filter.setOursOnly(true);
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.rowOf(ritualId(0)), 0);
        QCOMPARE(filter.rowOf(ritualId(2)), -1);
        // Choosing one shows it at once; letting it go hides it.
        QVERIFY(m_model->choose(ritualId(2)));
        QCOMPARE(filter.count(), 2);
        QCOMPARE(filter.rowOf(ritualId(2)), 1);
        QVERIFY(m_model->letGo(ritualId(0)));
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.get(0).toMap().value(u"ritualId"_s).toString(), ritualId(2));
    }

    void reloadReadsTheDatabaseAgain()
    {
        QVERIFY(m_model->tick(ritualId(0), u"Mine."_s));
        QSqlQuery(m_app->database().connection()).exec(u"DELETE FROM our_rituals"_s);
        QSqlQuery(m_app->database().connection()).exec(u"DELETE FROM ritual_ticks"_s);
        m_model->reload();
        QCOMPARE(m_model->ourCount(), 0);
        QVERIFY(!m_model->index(0).data(RitualsModel::LastKeptRole).toDateTime().isValid());
        QVERIFY(!m_model->index(0).data(RitualsModel::CanUndoTickRole).toBool());
    }

private:
    [[nodiscard]] QString ritualId(int row) const { return m_app->content().rituals().at(row).id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    RitualsModel *m_model = nullptr; // the app's own

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestRitualsModel)
#include "tst_ritualsmodel.moc"
