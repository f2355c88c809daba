// SPDX-License-Identifier: GPL-3.0-or-later
// The demo as it is composed (AppState's demo): the models QML sees hold the
// example couple's favourites, drafts, drills, journal page and past
// conversation, a conversation is in progress with a listener, writing works,
// and all of it is gone with the AppState. (tests/tools/tst_demo.cpp runs
// the real hearth --demo and checks that no folder changes.)
#include "appstate.h"
#include "demo/demodata.h"

#include <QAbstractItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The values of one role, by its QML name, in every row.
QVariantList column(const QAbstractItemModel *model, const QByteArray &roleName)
{
    const int role = model->roleNames().key(roleName, -1);
    QVariantList values;
    if (role < 0)
        return values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, 0).data(role));
    return values;
}

bool anyContains(const QVariantList &values, const QString &text)
{
    return std::any_of(values.cbegin(), values.cend(), [&](const QVariant &v) { return v.toString().contains(text); });
}

} // namespace

class TestDemoState : public QObject
{
    Q_OBJECT

private slots:
    void keepsNothingAndSaysSo()
    {
        const AppState app{AppState::Demo{}};
        QVERIFY(app.demo());
        QVERIFY(!app.saving()); // the rail and the Data page say nothing is kept
        QVERIFY(app.dataDir().isEmpty());
        QVERIFY(app.setAsideFiles().isEmpty());
        // The demo's notice, never a storage problem: it names the demo, not a folder.
        QVERIFY2(app.storageNotice().contains(u"demo"_s), qPrintable(app.storageNotice()));
        QVERIFY(AppState(QString()).demo() == false);
    }

    void modelsHoldTheExample()
    {
        const AppState app{AppState::Demo{}};
        QCOMPARE(app.together()->names(), DemoData::names());

        QCOMPARE(app.favourites()->rowCount(), 3);
        const QVariantList notes = column(app.favourites(), "note");
        QVERIFY2(notes.contains(DemoData::favouriteNote()), qPrintable(notes.first().toString()));
        QVERIFY(std::all_of(notes.cbegin(), notes.cend(), [](const QVariant &n) { return !n.toString().isEmpty(); }));

        // Two this week, and five over the months before (for the Progress page).
        QCOMPARE(app.drafts()->rowCount(), 7);
        QVERIFY(anyContains(column(app.drafts(), "text"), DemoData::draftRequest()));

        QCOMPARE(column(app.journal(), "text"), QVariantList{DemoData::journalText()});
        QVERIFY(!column(app.journal(), "promptText").constFirst().toString().isEmpty());

        // The last one with its note and appreciations, and twelve over the months before.
        QCOMPARE(app.conversations()->rowCount(), 13);
        QCOMPARE(column(app.conversations(), "note").constFirst(), QVariant(DemoData::conversationNote()));
        QCOMPARE(column(app.conversations(), "cardTexts").constFirst().toStringList().size(), 3);
        QVERIFY(!column(app.conversations(), "firstAppreciation").constFirst().toString().isEmpty());
        // In the past, as a couple who have used Hearth for a while see it.
        QVERIFY(column(app.conversations(), "startedAt").constFirst().toDateTime()
                < QDateTime::currentDateTime().addDays(-2));

        const QVariantList done = column(app.drills(), "done");
        QCOMPARE(std::count(done.cbegin(), done.cend(), QVariant(true)), 6);

        // Rituals of their own, kept over past weeks; one of them is this week's.
        QCOMPARE(app.rituals()->ourCount(), 4);
        QVERIFY(anyContains(column(app.rituals(), "lastNote"), DemoData::ritualNote()));
        QVERIFY(app.rituals()->weeklySuggestion().value(u"ours"_s).toBool());
    }

    // Months of time together and of practice, so the Progress page has pictures to show.
    void progressHasMonthsToShow()
    {
        const AppState app{AppState::Demo{}};
        ProgressOverview *progress = app.progress();
        progress->refresh();
        QVERIFY(progress->hasAnything());
        QVERIFY(progress->weeks()->count() >= 20);
        QVERIFY(progress->sections()->explored() >= 6);
        QVERIFY(progress->practice()->monthNames().size() >= 5);
        QVERIFY(progress->practice()->largest() > 0);
    }

    void aConversationIsInProgressWithAListener()
    {
        const AppState app{AppState::Demo{}};
        const SessionController *together = app.together();
        QCOMPARE(together->stage(), SessionController::Stage::Talking);
        QCOMPARE(together->cardId(), DemoData::conversationCardId(app.content()));
        QVERIFY(together->listener() >= 0); // the listener's panel shows
        QVERIFY(!together->listenerHint().isEmpty());
    }

    void writingWorksAndVanishes()
    {
        const QString cardId = DemoData::conversationCardId(AppState{AppState::Demo{}}.content());
        {
            AppState app{AppState::Demo{}};
            QVERIFY(app.favourites()->toggleStar(u"card"_s, cardId));
            QCOMPARE(app.favourites()->rowCount(), 4);
            QVERIFY(app.together()->cardStarred());
            // What works on the person's own data is refused, kindly.
            const ActionResult backup = app.exportBackup(QUrl::fromLocalFile(u"/nonexistent/backup.json"_s));
            QVERIFY(!backup.ok);
            QVERIFY2(backup.message.contains(u"demo"_s), qPrintable(backup.message));
            QVERIFY(!app.deleteAllData().ok);
        }
        const AppState again{AppState::Demo{}};
        QCOMPARE(again.favourites()->rowCount(), 3);
        QVERIFY(!again.favourites()->isStarred(u"card"_s, cardId));
    }
};

QTEST_MAIN(TestDemoState)
#include "tst_demostate.moc"
