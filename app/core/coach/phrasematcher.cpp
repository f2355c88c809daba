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

void PhraseMatcher::add(const QList<int> &words, int payload)
{
    if (words.isEmpty())
        return;
    for (const Phrase &existing : std::as_const(m_phrases)) {
        if (existing.words == words)
            return; // the first pattern to list a phrase keeps it
    }
    const qsizetype index = m_phrases.size();
    m_phrases.append({words, payload});
    const auto lengthOf = [this](qsizetype i) { return m_phrases.at(i).words.size(); };
    insertLongestFirst(m_byFirstWord[words.constFirst()], index, words.size(), lengthOf);
    insertLongestFirst(m_byLastWord[words.constLast()], index, words.size(), lengthOf);
}

std::optional<PhraseMatch> PhraseMatcher::longestAt(const CoachTokens &tokens, qsizetype at, quint32 skippable) const
{
    const CoachToken &first = tokens.at(at);
    if (first.id < 0)
        return std::nullopt;
    const auto candidates = m_byFirstWord.constFind(first.id);
    if (candidates == m_byFirstWord.cend())
        return std::nullopt;
    for (qsizetype index : *candidates) {
        const QList<int> &words = m_phrases.at(index).words;
        qsizetype t = at + 1;
        int skipped = 0;
        bool matched = true;
        for (qsizetype w = 1; w < words.size(); ++w) {
            while (t < tokens.size() && tokens.at(t).clause == first.clause && tokens.at(t).id != words.at(w)
                   && (tokens.at(t).classes & skippable) && skipped < maxSkipped) {
                ++t;
                ++skipped;
            }
            if (t >= tokens.size() || tokens.at(t).clause != first.clause || tokens.at(t).id != words.at(w)) {
                matched = false;
                break;
            }
            ++t;
        }
        if (matched)
            return PhraseMatch{at, t, m_phrases.at(index).payload};
    }
    return std::nullopt;
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
        if (const auto match = longestAt(tokens, at, skippable)) {
            matches.append(*match);
            at = match->end;
        } else {
            ++at;
        }
    }
    return matches;
}
