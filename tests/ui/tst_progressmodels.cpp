// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress page's models as the app composes them (AppState over a real
// data folder): each one sound under QAbstractItemModelTester, saying in
// words what its pictures show, and read again after Delete all and a restore.
#include "appstate.h"
#include "storage/storedtime.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Wednesday: its week began on Monday 16 March.
const QDate today(2026, 3, 18);

QString storedAt(QDate day, int hour = 12)
{
    return toStored(QDateTime(day, QTime(hour, 0)));
}

} // namespace

class TestProgressModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->saving());
        ProgressOverview *progress = m_app->progress();
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 progress->weeks(), progress->sections(), progress->practice()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_app.reset();
        m_dir.reset();
    }

    void nothingYetIsAWelcome()
    {
        ProgressOverview *progress = m_app->progress();
        progress->refresh(today);
        QVERIFY(!progress->hasAnything());
        QCOMPARE(progress->weeks()->rowCount(), 0);
        QCOMPARE(progress->practice()->rowCount(), 0);
        // The guide's parts are all there, waiting.
        QCOMPARE(progress->sections()->rowCount(), int(m_app->content().sections().size()));
        QCOMPARE(progress->sections()->explored(), 0);
        QVERIFY(!progress->weeksSummary().isEmpty());
    }

    void everyFigureIsSaidInWords()
    {
        seed();
        ProgressOverview *progress = m_app->progress();
        QSignalSpy refreshed(progress, &ProgressOverview::refreshed);
        progress->refresh(today);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(progress->hasAnything());

        WeeksTogetherModel *weeks = progress->weeks();
        QCOMPARE(weeks->rowCount(), 3);
        QCOMPARE(weeks->monthNames(), QStringList{QLocale().standaloneMonthName(3)});
        const auto week = [weeks](int row, int role) { return weeks->index(row).data(role); };
        QCOMPARE(week(0, WeeksTogetherModel::ConversationsRole).toInt(), 2);
        QCOMPARE(week(0, WeeksTogetherModel::RitualsKeptRole).toInt(), 1);
        QCOMPARE(week(0, WeeksTogetherModel::ColumnRole).toInt(), 0);
        QCOMPARE(week(2, WeeksTogetherModel::ColumnRole).toInt(), 2);
        QCOMPARE(week(0, WeeksTogetherModel::DescriptionRole).toString(),
                 u"Week of 2 March: talked 2 times, kept 1 ritual"_s);
        QCOMPARE(week(1, WeeksTogetherModel::DescriptionRole).toString(), u"Week of 9 March: a quiet week"_s);
        QVERIFY(!week(1, WeeksTogetherModel::TogetherRole).toBool());
        QCOMPARE(week(2, WeeksTogetherModel::DescriptionRole).toString(), u"This week: talked once"_s);
        QCOMPARE(progress->weeksSummary(),
                 u"Since the week of 2 March, you talked together 3 times and kept a ritual once."_s);

        SectionReachModel *sections = progress->sections();
        QCOMPARE(sections->explored(), 1);
        const int row = sectionRow(u"listening"_s);
        QVERIFY(row >= 0);
        QCOMPARE(sections->index(row).data(SectionReachModel::CardsDiscussedRole).toInt(), 2);
        QCOMPARE(sections->index(row).data(SectionReachModel::DeepestDepthRole).toInt(), 2);
        const QString title = m_app->content().section(u"listening"_s)->title;
        QCOMPARE(sections->index(row).data(SectionReachModel::DescriptionRole).toString(),
                 title + u": 2 cards talked about, as far as the deeper ones"_s);
        QCOMPARE(sections->index(0).data(SectionReachModel::DescriptionRole).toString(),
                 m_app->content().sections().constFirst().title + u": still ahead of you"_s);

        PracticeFindingsModel *practice = progress->practice();
        QCOMPARE(practice->rowCount(), int(Progress::findingKinds().size()));
        QCOMPARE(practice->monthNames().size(), 2);
        QCOMPARE(practice->largest(), 1);
        QCOMPARE(practice->monthDescriptions(),
                 (QStringList{QLocale().standaloneMonthName(2) + u": 1 statement saved"_s,
                              QLocale().standaloneMonthName(3) + u": 1 drill done"_s}));
        const QModelIndex absolute = practice->index(int(Progress::findingKinds().indexOf(u"absolute"_s)));
        QCOMPARE(absolute.data(PracticeFindingsModel::LabelRole).toString(), m_app->coach()->kindLabel(u"absolute"_s));
        QCOMPARE(absolute.data(PracticeFindingsModel::TotalRole).toInt(), 1);
        const QVariantList months = absolute.data(PracticeFindingsModel::MonthsRole).toList();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toMap().value(u"inDrafts"_s).toInt(), 1);
        QCOMPARE(months.at(0).toMap().value(u"description"_s).toString(),
                 m_app->coach()->kindLabel(u"absolute"_s) + u" in "_s + QLocale().standaloneMonthName(2)
                     + u": 1 in saved statements"_s);
        QCOMPARE(months.at(1).toMap().value(u"description"_s).toString(),
                 m_app->coach()->kindLabel(u"absolute"_s) + u" in "_s + QLocale().standaloneMonthName(3) + u": none"_s);
    }

    void deleteAllAndARestoreAreShownAtOnce()
    {
        seed();
        ProgressOverview *progress = m_app->progress();
        progress->refresh(today);
        QVERIFY(progress->hasAnything());
        const QString backup = m_dir->filePath(u"backup.hearth"_s);
        QVERIFY(m_app->exportBackup(QUrl::fromLocalFile(backup)).ok);

        QSignalSpy refreshed(progress, &ProgressOverview::refreshed);
        QVERIFY(m_app->deleteAllData().ok);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!progress->hasAnything());
        QCOMPARE(progress->weeks()->rowCount(), 0);
        QCOMPARE(progress->sections()->explored(), 0);
        QCOMPARE(progress->practice()->rowCount(), 0);

        QVERIFY(m_app->importBackup(QUrl::fromLocalFile(backup)).ok);
        QCOMPARE(refreshed.count(), 2);
        QVERIFY(progress->hasAnything());
        QCOMPARE(progress->sections()->explored(), 1);
    }

private:
    int sectionRow(const QString &id) const
    {
        SectionReachModel *sections = m_app->progress()->sections();
        for (int row = 0; row < sections->rowCount(); ++row) {
            if (sections->index(row).data(SectionReachModel::SectionIdRole).toString() == id)
                return row;
        }
        return -1;
    }

    QString cardOf(const QString &section, int depth) const
    {
        for (const Card &card : m_app->content().cards()) {
            if (card.section == section && card.depth == depth)
                return card.id;
        }
        return {};
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_app->database().connection());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    // Three conversations in March (two in its first week) about two
    // listening cards, a ritual kept, a draft in February and a drill in March.
    void seed()
    {
        const QString light = cardOf(u"listening"_s, 1);
        const QString deeper = cardOf(u"listening"_s, 2);
        QVERIFY(!light.isEmpty() && !deeper.isEmpty());
        exec(u"INSERT INTO couples (id, partner_a_name, partner_a_colour, partner_b_name, partner_b_colour, "
             "created_at, updated_at) VALUES (1, 'Robin', '#B4552F', 'Sam', '#3F6E9A', ?, ?)"_s,
             {storedAt({2026, 2, 1}), storedAt({2026, 2, 1})});
        const QList<std::pair<QDate, QString>> talks{
            {{2026, 3, 2}, light}, {{2026, 3, 4}, deeper}, {{2026, 3, 17}, light}};
        qint64 session = 0;
        for (const auto &[day, card] : talks) {
            ++session;
            exec(u"INSERT INTO sessions (id, couple_id, mode, first_speaker, depth_ceiling, started_at) "
                 "VALUES (?, 1, 'cards', 0, 2, ?)"_s, {session, storedAt(day)});
            exec(u"INSERT INTO session_cards (session_id, card_id, outcome, at) VALUES (?, ?, 'discussed', ?)"_s,
                 {session, card, storedAt(day)});
        }
        exec(u"INSERT INTO ritual_ticks (ritual_id, note, done_at) VALUES ('r', '', ?)"_s, {storedAt({2026, 3, 6})});
        exec(u"INSERT INTO coach_drafts (text, created_at, updated_at) VALUES ('You never listen.', ?, ?)"_s,
             {storedAt({2026, 2, 20}), storedAt({2026, 2, 20})});
        exec(u"INSERT INTO drill_progress (drill_id, rewrite, findings, completed_at) "
             "VALUES ('d', 'I would love an evening together this week.', 0, ?)"_s, {storedAt({2026, 3, 3})});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestProgressModels)
#include "tst_progressmodels.moc"
