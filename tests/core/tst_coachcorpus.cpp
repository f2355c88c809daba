// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the phrasing coach over tests/data/coach/corpus.tsv, a labelled set of
// things partners say, and reports precision and recall for every kind: on
// the lines used while tuning, on the held-out lines after "# held-out" (never
// looked at while tuning), and on all of them together. Fails below the floors.
//
// HEARTH_COACH_MISSES=1 prints the tuning lines the coach gets wrong;
// HEARTH_COACH_MISSES=all prints the held-out ones too.
#include "coach/coach.h"
#include "content/contentrepository.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kinds = {u"absolute"_s, u"you-blame"_s, u"thought-as-feeling"_s,
                           u"evaluative-feeling"_s, u"label"_s, u"demand"_s};

// The floors on the whole corpus. They were set from the results when they
// were written, a little below them, and only ever go up.
struct Floor
{
    QString kind;
    double precision;
    double recall;
};
const QList<Floor> floors = {
    {u"absolute"_s, 0.93, 0.95},
    {u"you-blame"_s, 0.92, 0.93},
    {u"thought-as-feeling"_s, 0.90, 0.95},
    {u"evaluative-feeling"_s, 0.95, 0.95},
    {u"label"_s, 0.95, 0.95},
    {u"demand"_s, 0.95, 0.95},
};

struct Line
{
    int number = 0;
    bool heldOut = false;
    QSet<QString> expected;
    QString statement;
};

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    [[nodiscard]] double precision() const
    {
        const int flagged = truePositives + falsePositives;
        return flagged == 0 ? 1.0 : double(truePositives) / flagged;
    }
    [[nodiscard]] double recall() const
    {
        const int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : double(truePositives) / expected;
    }
};

using Scores = QMap<QString, Counts>;

} // namespace

class TestCoachCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());

        QFile file(QStringLiteral(HEARTH_TEST_DATA "/coach/corpus.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool heldOut = false;
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString raw = QString::fromUtf8(file.readLine()).chopped(1);
            if (raw.trimmed() == u"# held-out"_s) {
                heldOut = true;
                continue;
            }
            if (raw.startsWith(u'#') || raw.trimmed().isEmpty())
                continue;
            const qsizetype tab = raw.indexOf(u'\t');
            QVERIFY2(tab > 0, qPrintable(u"line %1 has no tab"_s.arg(number)));
            Line line{number, heldOut, {}, raw.mid(tab + 1)};
            for (const QString &kind : raw.left(tab).split(u',', Qt::SkipEmptyParts)) {
                if (kind.trimmed() != u"none"_s)
                    line.expected.insert(kind.trimmed());
            }
            for (const QString &kind : std::as_const(line.expected))
                QVERIFY2(kinds.contains(kind), qPrintable(u"line %1: unknown kind %2"_s.arg(number).arg(kind)));
            m_lines.append(line);
        }
    }

    void theCorpusIsLargeAndVaried()
    {
        const auto heldOut = std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.heldOut; });
        QVERIFY(m_lines.size() >= 200);
        QVERIFY(heldOut >= 60);
        for (const QString &kind : kinds) {
            const auto withKind = std::count_if(m_lines.cbegin(), m_lines.cend(),
                                                [&](const Line &l) { return l.expected.contains(kind); });
            QVERIFY2(withKind >= 15, qPrintable(kind));
        }
        const auto clean = std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.expected.isEmpty(); });
        QVERIFY(clean >= 60);
    }

    void precisionAndRecallPerKind()
    {
        const Coach coach(m_content);
        const QByteArray showMisses = qgetenv("HEARTH_COACH_MISSES");
        Scores tuning, heldOut, all;
        for (const Line &line : std::as_const(m_lines)) {
            QSet<QString> found;
            for (const CoachFinding &finding : coach.analyze(line.statement).findings)
                found.insert(finding.kind);
            for (const QString &kind : kinds) {
                const bool expected = line.expected.contains(kind);
                const bool flagged = found.contains(kind);
                for (Scores *scores : {&all, line.heldOut ? &heldOut : &tuning}) {
                    Counts &counts = (*scores)[kind];
                    counts.truePositives += expected && flagged;
                    counts.falsePositives += !expected && flagged;
                    counts.falseNegatives += expected && !flagged;
                }
            }
            const bool show = showMisses == "all" || (!showMisses.isEmpty() && !line.heldOut);
            if (show && found != line.expected) {
                QStringList want(line.expected.cbegin(), line.expected.cend());
                QStringList got(found.cbegin(), found.cend());
                want.sort();
                got.sort();
                qInfo().noquote() << u"line %1: expected %2, found %3: %4"_s.arg(line.number)
                                         .arg(want.join(u','), got.join(u','), line.statement);
            }
        }
        qInfo().noquote() << u"%1 %2 %3 %4"_s.arg(u"kind"_s, -20).arg(u"all P / R"_s, -16)
                                 .arg(u"tuning P / R"_s, -16).arg(u"held-out P / R"_s);
        const auto pr = [](const Counts &c) {
            return u"%1 / %2"_s.arg(c.precision(), 0, 'f', 2).arg(c.recall(), 0, 'f', 2);
        };
        for (const QString &kind : kinds) {
            qInfo().noquote() << u"%1 %2 %3 %4"_s.arg(kind, -20).arg(pr(all.value(kind)), -16)
                                     .arg(pr(tuning.value(kind)), -16).arg(pr(heldOut.value(kind)));
        }
        for (const Floor &floor : floors) {
            const Counts counts = all.value(floor.kind);
            QVERIFY2(counts.precision() >= floor.precision,
                     qPrintable(u"%1 precision %2 < %3"_s.arg(floor.kind).arg(counts.precision()).arg(floor.precision)));
            QVERIFY2(counts.recall() >= floor.recall,
                     qPrintable(u"%1 recall %2 < %3"_s.arg(floor.kind).arg(counts.recall()).arg(floor.recall)));
        }
    }

private:
    ContentRepository m_content;
    QList<Line> m_lines;
};

QTEST_GUILESS_MAIN(TestCoachCorpus)
#include "tst_coachcorpus.moc"
