// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever was committed survives the process being killed at any moment.
#include "storage/database.h"
#include "storage/favouritesstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void committedWritesSurviveSigkill_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("mid-run") << 120;
        QTest::newRow("later") << 400;
    }

    void committedWritesSurviveSigkill()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QProcess writer;
        writer.start(QStringLiteral(HEARTH_STORAGE_WRITER), {dir.path()});
        QVERIFY(writer.waitForStarted());

        QList<int> reported;
        QByteArray pending;
        while (reported.size() < killAfter) {
            QVERIFY2(writer.waitForReadyRead(20000), "the writer stopped reporting");
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                QVERIFY(line.startsWith("committed "));
                reported.append(line.mid(10).toInt());
            }
        }
        // Mid-write, with no warning and no chance to clean up.
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        // Anything it managed to say before dying was committed too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("committed "))
                reported.append(line.mid(10).toInt());
        }

        Database database;
        database.open(dir.path());
        QCOMPARE(database.state(), Database::State::Ready);
        FavouritesStore store(database);
        for (int i : std::as_const(reported))
            QVERIFY2(store.find(u"card"_s, u"card-%1"_s.arg(i)).has_value(), qPrintable(u"lost card-%1"_s.arg(i)));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
