// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrasematcher.h"

#include <algorithm>

namespace {

constexpr int maxSkipped = 2;

void insertLongestFirst(QList<qsizetype> &list, qsizetype index, qsizetype length,
                        const auto &lengthOf)
{
    const auto at = std::find_if(list.cbegin(), list.cend(), [&](qsizetype other) { return lengthOf(other) < length; });
    list.insert(at - list.cbegin(), index);
}

} // namespace

// What one longestAt() is looking for, and the best phrase found so far.
struct PhraseMatcher::Walk
{
    const CoachTokens &tokens;
    quint32 skippable;
    int clause;
    int phrase = -1;
    qsizetype end = 0;
};

void PhraseMatcher::add(const QList<int> &words, int payload)
{
    if (words.isEmpty())
        return;
    int node = 0;
    for (int word : words) {
        int next = nextNode(node, word);
        if (next < 0) {
            next = int(m_tree.size());
            auto &following = m_tree[size_t(node)].next;
            following.insert(std::lower_bound(following.begin(), following.end(), std::pair(word, 0)),
                             std::pair(word, next));
            m_tree.emplace_back(); // after the insert: it may move the nodes
            if (node == 0) {
                if (size_t(word) >= m_firstWords.size())
                    m_firstWords.resize(size_t(word) + 1, -1);
                m_firstWords[size_t(word)] = next;
            }
        }
        node = next;
    }
    if (m_tree[size_t(node)].phrase >= 0)
        return; // the first pattern to list a phrase keeps it
    const qsizetype index = m_phrases.size();
    m_tree[size_t(node)].phrase = int(index);
    m_phrases.append({words, payload});
    const auto lengthOf = [this](qsizetype i) { return m_phrases.at(i).words.size(); };
    insertLongestFirst(m_byLastWord[words.constLast()], index, words.size(), lengthOf);
}

int PhraseMatcher::nextInTree(int node, int word) const
{
    const auto &following = m_tree[size_t(node)].next;
    const auto found = std::lower_bound(following.begin(), following.end(), std::pair(word, 0));
    return found != following.end() && found->first == word ? found->second : -1;
}

std::optional<PhraseMatch> PhraseMatcher::longestAt(const CoachTokens &tokens, qsizetype at, quint32 skippable) const
{
    const CoachToken &first = tokens.at(at);
    if (first.id < 0)
        return std::nullopt;
    const int node = nextNode(0, first.id);
    if (node < 0)
        return std::nullopt;
    Walk found{tokens, skippable, first.clause};
    walk(found, node, at + 1, 0);
    if (found.phrase < 0)
        return std::nullopt;
    return PhraseMatch{at, found.end, m_phrases.at(found.phrase).payload};
}

// The phrases below `node`, whose next word is looked for from token `from`:
// there, or past skippable tokens that are not that word.
void PhraseMatcher::walk(Walk &walk, int node, qsizetype from, int skipped) const
{
    const Node &here = m_tree[size_t(node)];
    if (here.phrase >= 0) {
        const qsizetype length = m_phrases.at(here.phrase).words.size();
        const qsizetype best = walk.phrase < 0 ? 0 : m_phrases.at(walk.phrase).words.size();
        if (length > best || (length == best && here.phrase < walk.phrase)) {
            walk.phrase = here.phrase;
            walk.end = from;
        }
    }
    if (here.next.empty())
        return;
    // A word met once is the next word of the phrases that follow with it;
    // they may not skip it to find it again further on.
    int met[maxSkipped + 1];
    int metCount = 0;
    for (qsizetype t = from; t < walk.tokens.size() && walk.tokens.at(t).clause == walk.clause; ++t) {
        const CoachToken &token = walk.tokens.at(t);
        const int passed = skipped + int(t - from);
        if (token.id >= 0 && std::find(met, met + metCount, token.id) == met + metCount) {
            met[metCount++] = token.id;
            if (const int next = nextNode(node, token.id); next >= 0)
                this->walk(walk, next, t + 1, passed);
        }
        if (!(token.classes & walk.skippable) || passed >= maxSkipped)
            break;
    }
}

std::optional<PhraseMatch> PhraseMatcher::longestEndingAt(const CoachTokens &tokens, qsizetype last) const
{
    const CoachToken &final = tokens.at(last);
    if (final.id < 0)
        return std::nullopt;
    const auto candidates = m_byLastWord.constFind(final.id);
    if (candidates == m_byLastWord.cend())
        return std::nullopt;
    for (qsizetype index : *candidates) {
        const QList<int> &words = m_phrases.at(index).words;
        const qsizetype begin = last + 1 - words.size();
        if (begin < 0)
            continue;
        bool matched = true;
        for (qsizetype w = 0; w < words.size() && matched; ++w) {
            const CoachToken &token = tokens.at(begin + w);
            matched = token.id == words.at(w) && token.clause == final.clause;
        }
        if (matched)
            return PhraseMatch{begin, last + 1, m_phrases.at(index).payload};
    }
    return std::nullopt;
}

QList<PhraseMatch> PhraseMatcher::findAll(const CoachTokens &tokens, quint32 skippable) const
{
    QList<PhraseMatch> matches;
    qsizetype at = 0;
    while (at < tokens.size()) {
        // Most words begin no phrase: they cost one look in the index.
        if (nextNode(0, tokens.at(at).id) < 0) {
            ++at;
            continue;
        }
        if (const auto match = longestAt(tokens, at, skippable)) {
            matches.append(*match);
            at = match->end;
        } else {
            ++at;
        }
    }
    return matches;
}
