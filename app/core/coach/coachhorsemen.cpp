// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachhorsemen.h"

#include "coachgrammar.h"
#include "coachpatternfinding.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

bool isOneOf(const QString &word, std::initializer_list<QLatin1StringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QLatin1StringView w) { return word == w; });
}

// Words that may open a sentence before what it says: "oh", "look", "honestly".
bool isInterjection(const QString &word)
{
    return isOneOf(word, {"oh"_L1, "ok"_L1, "okay"_L1, "just"_L1, "well"_L1, "so"_L1, "please"_L1, "fine"_L1,
                          "yeah"_L1, "look"_L1, "honestly"_L1, "seriously"_L1, "right"_L1, "no"_L1, "then"_L1,
                          "and"_L1, "but"_L1, "wow"_L1, "ugh"_L1, "oh"_L1, "ooh"_L1, "yes"_L1, "sure"_L1});
}

// A sarcastic nickname needs no other sign; the rest ("well done", "nice
// one") are sarcastic only after "oh" or "wow", or with such a nickname.
bool isMockingName(const CoachTokens &tokens, const PhraseMatch &match)
{
    return isOneOf(tokens.at(match.begin).word, {"genius"_L1, "einstein"_L1, "sherlock"_L1, "smarty"_L1, "captain"_L1});
}

bool wholeClause(const CoachTokens &tokens, const PhraseMatch &match)
{
    return (match.begin == 0 || !sameClause(tokens, match.begin - 1, match.begin))
           && clauseEnd(tokens, match.begin) == match.end;
}

// The match opens its clause (after interjections) and ends it (before "then",
// "okay" and the like): "Fine. Do what you want." but not "I'll do what you want".
bool fillsClause(const CoachTokens &tokens, const PhraseMatch &match)
{
    qsizetype first = match.begin;
    while (first > 0 && sameClause(tokens, first - 1, match.begin) && isInterjection(tokens.at(first - 1).word))
        --first;
    if (first > 0 && sameClause(tokens, first - 1, match.begin))
        return false;
    qsizetype last = match.end;
    const qsizetype end = clauseEnd(tokens, match.begin);
    while (last < end && isOneOf(tokens.at(last).word, {"then"_L1, "okay"_L1, "ok"_L1, "anyway"_L1, "now"_L1,
                                                        "already"_L1, "alright"_L1}))
        ++last;
    return last == end;
}

bool opensSentence(const CoachTokens &tokens, qsizetype at)
{
    return at == 0 || tokens.at(at - 1).sentence != tokens.at(at).sentence;
}

// A break with a return is the antidote, not the horseman: "I need twenty
// minutes, then I want to finish this."
bool promisesReturn(const CoachTokens &tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const CoachToken &t) {
        return isOneOf(t.word, {"minutes"_L1, "minute"_L1, "hour"_L1, "hours"_L1, "later"_L1, "tomorrow"_L1,
                                "tonight"_L1, "soon"_L1, "back"_L1, "after"_L1, "yet"_L1, "break"_L1});
    });
}

} // namespace

CoachHorsemen::CoachHorsemen(const QList<CoachPattern> &patterns, CoachLexicon &lexicon)
    : m_patterns(patterns)
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const CoachPattern &pattern = m_patterns.at(i);
        PhraseMatcher *matcher = nullptr;
        if (pattern.kind == "contempt"_L1 && pattern.id == "contempt-sarcasm"_L1) {
            matcher = &m_sarcasm;
            m_sarcasmPattern = int(i);
        } else if (pattern.kind == "contempt"_L1 && pattern.id != "contempt-worth"_L1) {
            matcher = &m_mockery;
        } else if (pattern.kind == "defensiveness"_L1) {
            matcher = &m_defensive;
            if (m_defensivePattern < 0 || pattern.id == "defensiveness-counter"_L1)
                m_defensivePattern = int(i);
        } else if (pattern.kind == "stonewalling"_L1) {
            matcher = &m_stonewalling;
        }
        if (!matcher)
            continue;
        for (const QString &phrase : pattern.phrases)
            matcher->add(lexicon.internPhrase(phrase), int(i));
    }
}

void CoachHorsemen::find(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    findContempt(text, tokens, findings);
    findDefensiveness(text, tokens, findings);
    findStonewalling(text, tokens, findings);
}

void CoachHorsemen::findContempt(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_mockery.findAll(tokens, Hedge)) {
        if (match.end - match.begin == 1 && !(wholeClause(tokens, match) && opensSentence(tokens, match.begin)))
            continue; // "Typical." alone, not "a typical Sunday"
        findings.append(findingFromPattern(m_patterns.at(match.payload), text, tokens, match.begin, match.end));
    }
    const QList<PhraseMatch> sarcastic = m_sarcasm.findAll(tokens, Hedge);
    QSet<int> namedSentences; // sentences that call the partner a mocking name
    for (const PhraseMatch &match : sarcastic) {
        if (isMockingName(tokens, match) && wholeClause(tokens, match))
            namedSentences.insert(tokens.at(match.begin).sentence);
    }
    for (const PhraseMatch &match : sarcastic) {
        // "Oh" or "wow" opening the sentence, a few words before ("Oh, well done, ...").
        qsizetype first = match.begin;
        while (first > 0 && first > match.begin - 6 && tokens.at(first - 1).sentence == tokens.at(match.begin).sentence)
            --first;
        const bool cued = opensSentence(tokens, first) && first < match.begin
                          && isOneOf(tokens.at(first).word, {"oh"_L1, "wow"_L1, "ooh"_L1, "yeah"_L1});
        const bool named = namedSentences.contains(tokens.at(match.begin).sentence);
        if (isMockingName(tokens, match) ? wholeClause(tokens, match) : (cued || named))
            findings.append(findingFromPattern(m_patterns.at(match.payload), text, tokens, match.begin, match.end));
    }
    // "Yeah, right." and "Oh, great.": a comma apart, so no phrase can hold them.
    if (m_sarcasmPattern < 0)
        return;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!opensSentence(tokens, i) || tokens.at(i + 1).sentence != tokens.at(i).sentence)
            continue;
        const QString &first = tokens.at(i).word;
        const QString &second = tokens.at(i + 1).word;
        const bool ironic = (first == "yeah"_L1 && isOneOf(second, {"right"_L1, "sure"_L1}))
                            || (first == "oh"_L1 && isOneOf(second, {"great"_L1, "brilliant"_L1, "wonderful"_L1,
                                                                    "perfect"_L1, "lovely"_L1, "fantastic"_L1,
                                                                    "marvellous"_L1, "sure"_L1}));
        if (ironic)
            findings.append(findingFromPattern(m_patterns.at(m_sarcasmPattern), text, tokens, i, i + 2));
    }
}

void CoachHorsemen::findDefensiveness(const QString &text, const CoachTokens &tokens,
                                      QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_defensive.findAll(tokens, Hedge))
        findings.append(findingFromPattern(m_patterns.at(match.payload), text, tokens, match.begin, match.end));
    if (m_defensivePattern < 0)
        return;
    // "Yes, but you ...": agreeing only to turn it back on the partner.
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (!opensSentence(tokens, i) || !isOneOf(tokens.at(i).word, {"yes"_L1, "yeah"_L1, "ok"_L1, "okay"_L1, "sure"_L1}))
            continue;
        const qsizetype but = i + 1;
        if (tokens.at(but).word != "but"_L1 || tokens.at(but).sentence != tokens.at(i).sentence)
            continue;
        for (qsizetype k = but + 1; k < tokens.size() && k <= but + 3 && sameClause(tokens, k, but); ++k) {
            if (tokens.at(k).classes & Partner) {
                findings.append(findingFromPattern(m_patterns.at(m_defensivePattern), text, tokens, i, but + 1));
                break;
            }
        }
    }
}

void CoachHorsemen::findStonewalling(const QString &text, const CoachTokens &tokens,
                                     QList<CoachFinding> &findings) const
{
    const QList<PhraseMatch> matches = m_stonewalling.findAll(tokens, Hedge);
    if (matches.isEmpty() || promisesReturn(tokens))
        return;
    for (const PhraseMatch &match : matches) {
        // A lone "Fine." or "Whatever!" is said with its full stop; a quoted
        // "fine" (what a partner answers) is only reported.
        const qsizetype after = tokens.at(match.begin).end;
        const bool said = after < text.size() && (text.at(after) == u'.' || text.at(after) == u'!' || text.at(after) == u'\u2026');
        const bool fits = match.end - match.begin == 1
                              ? said && wholeClause(tokens, match) && opensSentence(tokens, match.begin)
                              : fillsClause(tokens, match);
        if (fits)
            findings.append(findingFromPattern(m_patterns.at(match.payload), text, tokens, match.begin, match.end));
    }
}
