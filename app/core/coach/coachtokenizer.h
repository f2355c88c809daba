// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A word of a statement, as the coach sees it.
struct CoachToken
{
    QString word;        // lower case, apostrophes straightened: "you're"
    qsizetype start = 0; // span in the statement, in UTF-16 code units
    qsizetype end = 0;
    int sentence = 0;    // . ! ? … and line breaks end a sentence
    int clause = 0;      // commas, dashes, brackets and the like also end a clause
    int id = -1;         // filled in by CoachLexicon::annotate(); -1 for words no list mentions
    quint32 classes = 0; // CoachWordClass bits, filled in by CoachLexicon::annotate()
};

using CoachTokens = QList<CoachToken>;

namespace CoachTokenizer {

// Splits a statement into words. An apostrophe or hyphen between letters stays
// inside a word ("you're", "self-centred"); every other character that is not a
// letter, digit or mark separates words, and punctuation also ends clauses and
// sentences. Never fails: emoji, lone surrogates and control characters are
// simply not words.
[[nodiscard]] CoachTokens tokenize(QStringView text);

} // namespace CoachTokenizer
