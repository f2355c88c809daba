// SPDX-License-Identifier: GPL-3.0-or-later
// Labels: a word for the person after a label frame; part of Coach.
#include "coach.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// A noun for a person in a role, ending the clause: "listener", "father", "cook".
bool isPersonInARole(const CoachTokens &tokens, qsizetype at)
{
    const QString &noun = tokens.at(at).word;
    const bool endsClause = at + 1 >= tokens.size() || !sameClause(tokens, at, at + 1);
    if (!endsClause || tokens.at(at).classes != 0)
        return false;
    return (noun.size() > 5 && (noun.endsWith("er"_L1) || noun.endsWith("or"_L1)) && !noun.endsWith("ever"_L1))
           || isOneOf(noun, {"person"_L1, "father"_L1, "mother"_L1, "dad"_L1, "mum"_L1, "mom"_L1, "husband"_L1,
                             "wife"_L1, "partner"_L1, "friend"_L1, "man"_L1, "woman"_L1, "boyfriend"_L1,
                             "girlfriend"_L1, "cook"_L1, "parent"_L1});
}

} // namespace

// "You moron.", "You absolute halfwit, that was the last train.": an insult of
// worth called at the partner, the clause ending on it (not "you moron" inside
// a longer clause, nor "you muppet, I love you", said fondly). Returns where
// the "you" is.
std::optional<qsizetype> Coach::calledBefore(const CoachTokens &tokens, const PhraseMatch &match) const
{
    if (match.payload != m_worthPattern && !isOneOf(tokens.at(match.begin).word, ContemptWords::worthInsults))
        return std::nullopt;
    // (Past what only makes it bigger or worse: "you absolute moron", "you lazy git".)
    qsizetype you = match.begin - 1;
    while (you > 0 && you > match.begin - 3
        && (isOneOf(tokens.at(you).word, ContemptWords::intensifiers)
            || (tokens.at(you).classes & (Negative | NotLabel)) == Negative))
        --you;
    if (you < 0 || !isOneOf(tokens.at(you).word, {"you"_L1, "u"_L1}) || !sameClause(tokens, you, match.begin))
        return std::nullopt;
    const bool opens
        = you == 0 || !sameClause(tokens, you - 1, you) || isInterjection(tokens.at(you - 1).word);
    const bool ends = match.end >= tokens.size() || !sameClause(tokens, match.end - 1, match.end);
    if (!opens || !ends || warmBetween(tokens, 0, tokens.size()))
        return std::nullopt;
    return you;
}

// A word for the person after a label frame: "you're so selfish", "such a
// nag", "you're disgusting". The hand lists first, then any word the valence
// lexicon rates negative. Not about the speaker ("I was such an idiot"), not
// negated ("I don't think you're lazy"), and praise is never negative.
void Coach::findLabels(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    QList<PhraseMatch> candidates = m_labels.findAll(tokens);
    if (m_lexiconLabelPattern >= 0) {
        // The listed matches are in order and apart, so one walk finds the words outside them.
        const qsizetype listedCount = candidates.size();
        qsizetype next = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            while (next < listedCount && candidates.at(next).end <= i)
                ++next;
            const bool listed = next < listedCount && candidates.at(next).begin <= i;
            if (!listed && (tokens.at(i).classes & (Negative | NotLabel)) == Negative)
                candidates.append({i, i + 1, -1});
        }
    }
    for (const PhraseMatch &match : std::as_const(candidates)) {
        std::optional<qsizetype> frameBegin = labelFrameBefore(tokens, match.begin);
        // "What a joke you are": the listed "a joke" holds the article the frame "what a" ends with.
        if (!frameBegin && match.end - match.begin > 1 && (tokens.at(match.begin).classes & Article))
            frameBegin = labelFrameBefore(tokens, match.begin + 1);
        if (!frameBegin)
            frameBegin = calledBefore(tokens, match);
        if (!frameBegin)
            continue;
        const qsizetype begin = *frameBegin;
        const bool fromLexicon = match.payload < 0 || match.payload == m_lexiconLabelPattern;
        if (!isHeadWord(tokens, begin, match.begin, match.end, fromLexicon))
            continue;
        if (!anyIn(tokens, begin, match.begin, Partner)) {
            // "Such a", "acting like": whoever the clause part is about.
            qsizetype end = match.end;
            // (Up to a joining word or preposition: "so stubborn about my parents" is still about you.)
            while (end < tokens.size() && sameClause(tokens, end, match.begin)
                   && !(tokens.at(end).classes & (Joiner | Preposition)))
                ++end;
            // (Nor when someone or something is named as its subject: "the cat is such a drama queen".)
            const qsizetype from = segmentStart(tokens, begin);
            const bool namedSubject = begin - 2 >= from
                && isOneOf(wordAt(tokens, begin - 1), {"is"_L1, "was"_L1})
                && ((tokens.at(begin - 2).classes & Determiner)
                    || (begin - 3 >= from && (tokens.at(begin - 3).classes & Determiner)))
                && !anyIn(tokens, from, begin, Partner);
            if (namedSubject || anyIn(tokens, from, begin, Speaker | Shared | Other)
                || anyIn(tokens, match.end, end, Speaker | Shared | Other))
                continue;
        }
        if (negatedBefore(tokens, begin))
            continue;
        const int pattern = match.payload < 0 ? m_lexiconLabelPattern : match.payload;
        findings.append(fromPattern(text, tokens, begin, match.end, pattern));
        // An insult of worth is both a word for the person and contempt.
        const bool scornsWorth = pattern == m_worthPattern;
        if (scornsWorth && m_lexiconLabelPattern >= 0)
            findings.append(fromPattern(text, tokens, begin, match.end, m_lexiconLabelPattern));
        else if (!scornsWorth && m_worthPattern >= 0 && match.end - match.begin == 1
                 && (isOneOf(tokens.at(match.begin).word, ContemptWords::worthInsults)
                     || (isOneOf(tokens.at(match.begin).word, ContemptWords::worthInsultsAlone)
                         && (match.end == tokens.size() || !sameClause(tokens, match.begin, match.end)))))
            findings.append(fromPattern(text, tokens, begin, match.end, m_worthPattern));
    }
}

// Where the label frame before the word at `word` begins ("you're being" +
// "such a"), with up to three hedges and articles between; none when no frame.
std::optional<qsizetype> Coach::labelFrameBefore(const CoachTokens &tokens, qsizetype word) const
{
    std::optional<PhraseMatch> frame;
    int gap = 0;
    for (qsizetype k = word - 1; k >= 0 && sameClause(tokens, k, word); --k) {
        frame = m_labelFrames.longestEndingAt(tokens, k);
        // An intensifier is a hedge too: "you're being ridiculously selfish", "a complete disgrace",
        // and so is a bad word before the listed one: "a pathological liar", "a spoilt brat".
        const bool intensifier = (tokens.at(k).word.size() > 5 && tokens.at(k).word.endsWith("ly"_L1)
                                     && (tokens.at(k).classes & ~quint32(Negative)) == 0)
            || isOneOf(tokens.at(k).word, ContemptWords::intensifiers)
            || (k > 0 && (tokens.at(k - 1).classes & Article)
                && (tokens.at(k).classes & (Negative | NotLabel)) == Negative);
        if (frame || !((tokens.at(k).classes & (Hedge | Article)) || intensifier) || ++gap > 3)
            break;
    }
    if (!frame)
        return std::nullopt;
    qsizetype begin = frame->begin;
    while (begin > 0 && sameClause(tokens, begin - 1, begin)) {
        const auto before = m_labelFrames.longestEndingAt(tokens, begin - 1); // "stop being" + "such a"
        if (!before)
            break;
        begin = before->begin;
    }
    return begin;
}

// The label word must be the word for the person: "you're disgusting", "what
// a jerk!", not "what a horrible day" or "what a mess the kitchen is" (the
// word describes the day, the kitchen). A lexicon word is also no verb with
// its object ("you're hurting me").
bool Coach::isHeadWord(const CoachTokens &tokens, qsizetype frame, qsizetype word, qsizetype end, bool fromLexicon) const
{
    const bool lastInClause = end >= tokens.size() || !sameClause(tokens, end, word);
    const bool aboutPartner = anyIn(tokens, frame, word, Partner);
    if (lastInClause)
        return true;
    const quint32 next = tokens.at(end).classes;
    if (fromLexicon && isGerund(tokens.at(word)))
        return false;
    // The word describes the partner in a role: "you're a terrible listener", "a bad father".
    if (aboutPartner && isPersonInARole(tokens, end))
        return true;
    if (next & (Joiner | Preposition | Frequency | Hedge | Partner))
        return true;
    return aboutPartner && !fromLexicon;
}
