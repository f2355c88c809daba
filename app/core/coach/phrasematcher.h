// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

#include <QHash>
#include <QList>

#include <optional>

// Where a phrase was found: tokens [begin, end), and what the caller attached to it.
struct PhraseMatch
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int payload = -1;
};

// Finds phrases (lists of word ids) in annotated tokens, case-insensitively and
// on whole words, never across a clause. Built once; matching is a hash lookup
// per token and a few integer comparisons.
class PhraseMatcher
{
public:
    void add(const QList<int> &words, int payload);

    // The longest phrase that starts at token `at`. Tokens with any of the
    // `skippable` classes may stand between its words, two at most ("you
    // really make me feel"); never before the first or after the last.
    [[nodiscard]] std::optional<PhraseMatch> longestAt(const CoachTokens &tokens, qsizetype at,
                                                       quint32 skippable = 0) const;
    // The longest phrase that ends with token `last`, word for word.
    [[nodiscard]] std::optional<PhraseMatch> longestEndingAt(const CoachTokens &tokens, qsizetype last) const;
    // Every phrase, left to right, the longest where several start together;
    // matches do not overlap.
    [[nodiscard]] QList<PhraseMatch> findAll(const CoachTokens &tokens, quint32 skippable = 0) const;

    [[nodiscard]] bool isEmpty() const { return m_phrases.isEmpty(); }

private:
    struct Phrase
    {
        QList<int> words;
        int payload = -1;
    };
    QList<Phrase> m_phrases;
    QHash<int, QList<qsizetype>> m_byFirstWord; // longest first
    QHash<int, QList<qsizetype>> m_byLastWord;  // longest first
};
