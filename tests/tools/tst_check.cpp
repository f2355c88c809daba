// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `hearth --check` as a script would: arguments, standard
// input, odd lines, and the order of the JSON Lines it prints.
#include "support/hearthprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray err;
};

Result runCheck(const QStringList &arguments, const QByteArray &input = {},
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const auto checked = HearthProcess::run(QStringList{u"--check"_s} + arguments,
                                            {.environment = environment, .input = input});
    Result result{checked.exitCode, {}, checked.err};
    for (const QByteArray &line : checked.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning() << "not a JSON object:" << line.left(200);
            return {};
        }
        result.lines.append(document.object());
    }
    if (!checked.out.isEmpty() && !checked.out.endsWith('\n'))
        return {}; // every object ends its line
    return result;
}

QStringList kindsOf(const QJsonObject &object)
{
    QStringList kinds;
    const QJsonArray findings = object.value(u"findings"_s).toArray();
    for (const auto &finding : findings)
        kinds.append(finding[u"kind"_s].toString());
    return kinds;
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

private slots:
    void checksEachArgumentInOrder()
    {
        const Result result = runCheck({u"You never listen to me."_s, u"I feel hurt."_s, u"You\u2019re so selfish."_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 3);
        QCOMPARE(result.lines.at(0).value(u"text"_s).toString(), u"You never listen to me."_s);
        QCOMPARE(result.lines.at(1).value(u"text"_s).toString(), u"I feel hurt."_s);
        QCOMPARE(result.lines.at(2).value(u"text"_s).toString(), u"You\u2019re so selfish."_s);

        const QJsonObject finding = result.lines.at(0).value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"kind"_s).toString(), u"absolute"_s);
        QCOMPARE(finding.value(u"start"_s).toInt(), 4);
        QCOMPARE(finding.value(u"end"_s).toInt(), 9);
        QVERIFY(!finding.value(u"message"_s).toString().isEmpty());
        QVERIFY(!finding.value(u"suggestion"_s).toString().isEmpty());

        const QJsonObject parts = result.lines.at(1).value(u"parts"_s).toObject();
        QCOMPARE(parts.value(u"feeling"_s).toString(), u"hurt"_s);
        QVERIFY(parts.value(u"situation"_s).isNull());
        QVERIFY(parts.value(u"need"_s).isNull());
        QVERIFY(parts.value(u"request"_s).isNull());
        QCOMPARE(kindsOf(result.lines.at(2)), QStringList{u"label"_s});

        // A whole kinder sentence for each line with a finding; null for a clean one.
        QCOMPARE(result.lines.at(0).value(u"rewrite"_s).toString(),
                 u"I felt ___ when ___. I need ___. Would you be willing to ___?"_s);
        QVERIFY(result.lines.at(1).contains(u"rewrite"_s));
        QVERIFY(result.lines.at(1).value(u"rewrite"_s).isNull());
        QVERIFY(result.lines.at(2).value(u"rewrite"_s).isString());
    }

    void findsTheFourHorsemen()
    {
        const Result result = runCheck({u"Oh, great idea, genius."_s, u"It's not my fault."_s, u"I'm done talking."_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 3);
        for (const auto &[line, kind] : {std::pair{0, u"contempt"_s}, {1, u"defensiveness"_s}, {2, u"stonewalling"_s}}) {
            QStringList kinds = kindsOf(result.lines.at(line));
            kinds.removeDuplicates();
            QCOMPARE(kinds, QStringList{kind});
        }
        QCOMPARE(result.lines.at(2).value(u"rewrite"_s).toString(),
                 u"I'm feeling ___ and I need a break. Can we come back to this in twenty minutes?"_s);
    }

    void readsStandardInputLineByLine()
    {
        QByteArray input;
        input += "You never listen.\n";
        input += "\n";                                   // empty: an object with no findings
        input += "I feel ignored\r\n";                   // Windows line ending
        input += "you are \xff\xfe so lazy\n";           // not UTF-8
        input += QByteArray(10001, 'a') + '\n';          // too long
        input += QByteArray(10000, 'b') + '\n';          // just long enough
        input += "Zo\xc3\xab, you always forget";        // no newline at the end
        const Result result = runCheck({u"-"_s}, input);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 7);

        QCOMPARE(kindsOf(result.lines.at(0)), QStringList{u"absolute"_s});

        const QJsonObject empty = result.lines.at(1);
        QCOMPARE(empty.value(u"text"_s).toString(), QString());
        QVERIFY(empty.value(u"findings"_s).toArray().isEmpty());
        QVERIFY(!empty.contains(u"error"_s));
        QVERIFY(empty.value(u"parts"_s).toObject().value(u"feeling"_s).isNull());
        QVERIFY(empty.value(u"rewrite"_s).isNull());

        QCOMPARE(result.lines.at(2).value(u"text"_s).toString(), u"I feel ignored"_s);
        QCOMPARE(kindsOf(result.lines.at(2)), QStringList{u"evaluative-feeling"_s});

        const QJsonObject invalid = result.lines.at(3);
        QVERIFY(invalid.value(u"error"_s).toString().contains(u"UTF-8"_s));
        QVERIFY(invalid.value(u"text"_s).toString().startsWith(u"you are "_s));
        QVERIFY(invalid.value(u"text"_s).toString().contains(QChar::ReplacementCharacter));
        QVERIFY(invalid.value(u"findings"_s).toArray().isEmpty());

        // Named by its number and length, never echoed back.
        const QJsonObject tooLong = result.lines.at(4);
        QVERIFY(tooLong.value(u"error"_s).toString().contains(u"10000"_s));
        QCOMPARE(tooLong.value(u"text"_s).toString(), QString());
        QCOMPARE(tooLong.value(u"line"_s).toInt(), 5);
        QCOMPARE(tooLong.value(u"length"_s).toInt(), 10001);

        QVERIFY(!result.lines.at(5).contains(u"error"_s));
        QCOMPARE(result.lines.at(5).value(u"text"_s).toString().size(), 10000);

        const QJsonObject last = result.lines.at(6);
        QCOMPARE(last.value(u"text"_s).toString(), u"Zo\u00eb, you always forget"_s);
        QCOMPARE(last.value(u"findings"_s).toArray().at(0)[u"start"_s].toInt(), 9);
    }

    void argumentsAndStandardInputKeepTheirOrder()
    {
        const Result result = runCheck({u"first"_s, u"-"_s, u"last"_s}, "second\nthird\n");
        QCOMPARE(result.exitCode, 0);
        QStringList texts;
        for (const QJsonObject &line : result.lines)
            texts.append(line.value(u"text"_s).toString());
        QCOMPARE(texts, QStringList({u"first"_s, u"second"_s, u"third"_s, u"last"_s}));
    }

    void withoutTextsItReadsStandardInput()
    {
        const Result result = runCheck({}, "You should apologise.\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.lines.size(), 1);
        QCOMPARE(kindsOf(result.lines.at(0)), QStringList{u"demand"_s});
        QCOMPARE(runCheck({u"-"_s}, {}).lines.size(), 0);
    }

    void needsNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        const Result result = runCheck({u"It's your fault."_s}, {}, environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.lines.size(), 1);
        QCOMPARE(kindsOf(result.lines.at(0)), QStringList{u"you-blame"_s});
    }

    void helpMentionsIt()
    {
        const auto help = HearthProcess::run({u"--help"_s});
        QVERIFY(help.out.contains("--check"));
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
