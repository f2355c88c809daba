// SPDX-License-Identifier: GPL-3.0-or-later
// The phrasing coach runs on every keystroke: how long it takes per statement
// over the labelled corpus, and on one long text of 1,000 and of 10,000
// characters, whose cost per character should stay the same (linear).
// Against a baseline of copying and lower-casing the same strings, the
// least any analysis must do. Prints; asserts nothing.
//   coach_bench [--quick] [--json PATH]
#include "benchreport.h"

#include "coach/coach.h"
#include "content/contentrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Every statement of the corpus ("kinds<TAB>statement" a line, '#' comments).
QStringList corpus()
{
    QStringList texts;
    QFile file(QStringLiteral(HEARTH_COACH_CORPUS));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (!line.startsWith(u'#') && tab > 0)
            texts.append(line.mid(tab + 1));
    }
    return texts;
}

// Microseconds per statement for each round over all of `texts`.
template<typename Work>
QList<double> perStatement(const QStringList &texts, int rounds, Work work)
{
    QList<double> samples;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        timer.start();
        for (const QString &text : texts)
            work(text);
        samples.append(double(timer.nsecsElapsed()) / 1000.0 / double(texts.size()));
    }
    return samples;
}

// A long text of about `characters` characters, blaming and clean sentences mixed.
QString longText(qsizetype characters)
{
    const QString sentences = u"You never listen. I feel hurt when you're late, because I need to know. "_s;
    return sentences.repeated(characters / sentences.size() + 1).left(characters);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const int rounds = report.quick() ? 1 : 31;

    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    const Coach coach(content);
    const QStringList texts = corpus();
    if (texts.isEmpty()) {
        std::fprintf(stderr, "coach_bench: no statements in %s\n", HEARTH_COACH_CORPUS);
        return 1;
    }

    qsizetype sink = 0; // keeps the work from being optimised away
    const auto analyse = [&](const QString &text) { sink += coach.analyze(text).findings.size(); };
    const auto lowerCopy = [&](const QString &text) { sink += QString(text).toLower().size(); };
    perStatement(texts, 1, analyse); // warm caches and allocators
    const QList<double> coachUs = perStatement(texts, rounds, analyse);
    const QList<double> baselineUs = perStatement(texts, rounds, lowerCopy);
    QList<double> ratio;
    for (qsizetype i = 0; i < coachUs.size(); ++i)
        ratio.append(coachUs.at(i) / baselineUs.at(i));
    report.add({u"coach: per statement (%1 of the corpus)"_s.arg(texts.size()), u"µs"_s, coachUs,
                u"copy+lower"_s, ratio, u"< 20 µs"_s, Spread::of(coachUs).median < 20, {}});

    QList<double> perCharacter[2];
    const qsizetype lengths[2] = {1000, 10000};
    for (int k = 0; k < 2; ++k) {
        const QString text = longText(lengths[k]);
        QElapsedTimer timer;
        for (int round = 0; round < rounds; ++round) {
            timer.start();
            sink += coach.analyze(text).findings.size();
            perCharacter[k].append(double(timer.nsecsElapsed()) / double(text.size()));
        }
    }
    report.add({u"coach: one text of 1,000 characters, per character"_s, u"ns"_s, perCharacter[0], {}, {}, {}, {},
                u"total %1 µs"_s.arg(Spread::of(perCharacter[0]).median, 0, 'f', 0)});
    QList<double> linear;
    for (qsizetype i = 0; i < perCharacter[1].size(); ++i)
        linear.append(perCharacter[1].at(i) / perCharacter[0].at(i));
    report.add({u"coach: one text of 10,000 characters, per character"_s, u"ns"_s, perCharacter[1], u"1k"_s, linear,
                u"≈ 1× 1k (linear)"_s, Spread::of(linear).median < 1.5,
                u"total %1 µs (checksum %2)"_s.arg(Spread::of(perCharacter[1]).median * 10, 0, 'f', 0).arg(sink)});
    return 0;
}
