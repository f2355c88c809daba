// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

#include <QHash>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

// Where a phrase was found: tokens [begin, end), and what the caller attached to it.
struct PhraseMatch
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int payload = -1;
};

// Finds phrases (lists of word ids) in annotated tokens, case-insensitively and
// on whole words, never across a clause. Built once. The phrases are kept as a
// tree of words from their first, so a match walks down the words that are
// there rather than trying each phrase that begins with the same word (some
// words begin hundreds).
class PhraseMatcher
{
public:
    void add(const QList<int> &words, int payload);

    // The longest phrase that starts at token `at`, the first added where two
    // are as long. Tokens with any of the `skippable` classes may stand between
    // its words, two at most ("you really make me feel"); never before the first
    // or after the last.
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
    // A word of the tree: the words that may follow it, and the phrase that ends with it, if any.
    struct Node
    {
        std::vector<std::pair<int, int>> next; // word id and node, by word id
        int phrase = -1;                        // index in m_phrases
    };
    struct Walk;

    [[nodiscard]] int nextNode(int node, int word) const
    {
        if (node == 0)
            return word >= 0 && size_t(word) < m_firstWords.size() ? m_firstWords[size_t(word)] : -1;
        return nextInTree(node, word);
    }
    [[nodiscard]] int nextInTree(int node, int word) const;
    void walk(Walk &walk, int node, qsizetype from, int skipped) const;

    QList<Phrase> m_phrases;
    std::vector<Node> m_tree{Node{}}; // the first is the root
    // The root's next words by word id (ids are dense, from CoachLexicon): the
    // one look every token costs, so an index rather than a search.
    std::vector<int> m_firstWords;
    QHash<int, QList<qsizetype>> m_byLastWord; // longest first
};
