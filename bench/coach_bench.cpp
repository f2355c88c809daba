// SPDX-License-Identifier: GPL-3.0-or-later
// How long the phrasing coach takes per statement, against a baseline of
// copying and lower-casing the same strings (the least any analysis must do).
// One run, printed; no assertions: machines differ.
#include "coach/coach.h"
#include "content/contentrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int statementCount = 100;
constexpr int rounds = 300;

// About a hundred varied statements: the first lines of the coach's corpus,
// blaming and clean, short and long.
QStringList statements()
{
    QStringList texts;
    QFile corpus(QStringLiteral(HEARTH_COACH_CORPUS));
    if (corpus.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(corpus.readAll()).split(u'\n');
        // Every third line, so that each kind and the clean ones are all in.
        for (qsizetype i = 0; i < lines.size() && texts.size() < statementCount; i += 3) {
            const qsizetype tab = lines.at(i).indexOf(u'\t');
            if (!lines.at(i).startsWith(u'#') && tab > 0)
                texts.append(lines.at(i).mid(tab + 1));
        }
    }
    if (texts.isEmpty()) {
        texts = {u"You never listen to me."_s, u"I feel hurt when plans change, because I need predictability."_s,
                 u"You're so selfish."_s, u"I feel like you don't care."_s, u"Could we talk tonight?"_s};
    }
    return texts;
}

template<typename Work>
double microsecondsPerStatement(const QStringList &texts, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : texts)
            work(text);
    }
    return double(timer.nsecsElapsed()) / 1000.0 / (double(rounds) * double(texts.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QElapsedTimer timer;
    timer.start();
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    const qint64 loadNs = timer.nsecsElapsed();
    timer.restart();
    const Coach coach(content);
    const qint64 coachNs = timer.nsecsElapsed();

    const QStringList texts = statements();
    qsizetype sink = 0; // keeps the work from being optimised away
    const auto analyse = [&](const QString &text) { sink += coach.analyze(text).findings.size(); };
    const auto lowerCopy = [&](const QString &text) {
        QString copy = text;
        copy = std::move(copy).toLower();
        sink += copy.size();
    };
    // Warm up caches and allocators first.
    for (const QString &text : texts) {
        analyse(text);
        lowerCopy(text);
    }
    const double coachUs = microsecondsPerStatement(texts, analyse);
    const double baselineUs = microsecondsPerStatement(texts, lowerCopy);

    const QString longText = u"You never listen. I feel hurt when you're late, because I need to know. "_s.repeated(140);
    timer.restart();
    sink += coach.analyze(longText).findings.size();
    const double longUs = double(timer.nsecsElapsed()) / 1000.0;

    std::printf("content loaded in      %8.2f ms\n", double(loadNs) / 1e6);
    std::printf("coach prepared in      %8.2f ms\n", double(coachNs) / 1e6);
    std::printf("statements             %8lld x %d rounds\n", qlonglong(texts.size()), rounds);
    std::printf("coach, mean            %8.2f us per statement\n", coachUs);
    std::printf("baseline (copy+lower)  %8.2f us per statement\n", baselineUs);
    std::printf("ratio                  %8.1f x baseline\n", coachUs / baselineUs);
    std::printf("one text of %lld chars %8.2f us\n", qlonglong(longText.size()), longUs);
    std::printf("(checksum %lld)\n", qlonglong(sink));
    return 0;
}
