// SPDX-License-Identifier: GPL-3.0-or-later
// The Library's search over 100,000 cards (the built-in prompts and
// generated decks): a word typed letter by letter and erased again through
// the filter model the Library page uses, each keystroke timed until the
// filtered count is known. Prints; asserts nothing.
//   library_bench [--quick] [--json PATH] [--cards N] [--rounds N]
// (--cards and --rounds make a run short enough for callgrind.)
#include "benchreport.h"
#include "generatedcontent.h"

#include "content/contentrepository.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchReport report(argc, argv);
    const int cards = report.option("cards", report.quick() ? 2000 : 100000);
    const int rounds = report.option("rounds", report.quick() ? 1 : 5);

    const GeneratedContent generated(cards, true);
    ContentRepository content;
    content.loadDirectory(generated.root());
    if (!generated.isValid() || content.cards().size() < cards || !content.errors().isEmpty()) {
        std::fprintf(stderr, "library_bench: the generated content did not load (%lld cards, %lld errors)\n",
                     qlonglong(content.cards().size()), qlonglong(content.errors().size()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    LibraryModel library(content, nullptr);
    const int rows = library.rowCount(); // built when first asked, as the Library page does
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    LibraryFilterModel results;
    results.setSourceModel(&library);
    qsizetype sink = results.rowCount();
    // Typed and erased again, as a person searching does: a common word, then a narrower one.
    const QStringList phrases = {u"small kindness"_s, u"childhood tradition"_s};
    QList<double> keystrokes;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &phrase : phrases) {
            QStringList typed;
            for (qsizetype length = 1; length <= phrase.size(); ++length)
                typed.append(phrase.left(length));
            for (qsizetype length = phrase.size() - 1; length >= 0; --length)
                typed.append(phrase.left(length));
            for (const QString &text : std::as_const(typed)) {
                timer.restart();
                results.setSearchText(text);
                sink += results.rowCount();
                keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    const QString over = u"%1 prompts"_s.arg(rows);
    report.add({u"library: search, per keystroke over %1"_s.arg(over), u"ms"_s, keystrokes, {}, {},
                u"< 8 ms"_s, Spread::of(keystrokes).median < 8,
                u"LibraryFilterModel::setSearchText until rowCount(); slowest %1 ms (checksum %2)"_s
                    .arg(*std::max_element(keystrokes.cbegin(), keystrokes.cend()), 0, 'f', 1)
                    .arg(sink)});
    report.add({u"library: model built over %1"_s.arg(over), u"ms"_s, {buildMs}, {}, {}, {}, {},
                u"LibraryModel's rows built on first use (text folded for search once)"_s});
    return 0;
}
