// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachgrammar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;

namespace {

quint32 personOf(const CoachToken &token)
{
    return token.classes & Person;
}

} // namespace

bool CoachGrammar::sameClause(const CoachTokens &tokens, qsizetype a, qsizetype b)
{
    return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size() && tokens.at(a).clause == tokens.at(b).clause;
}

qsizetype CoachGrammar::segmentStart(const CoachTokens &tokens, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && sameClause(tokens, start - 1, at) && !(tokens.at(start - 1).classes & Joiner))
        --start;
    return start;
}

quint32 CoachGrammar::subjectBefore(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = segmentStart(tokens, at); i < at; ++i) {
        if (const quint32 person = personOf(tokens.at(i)))
            return person;
    }
    return 0;
}

quint32 CoachGrammar::actorBefore(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype start = segmentStart(tokens, at);
    quint32 owner = 0;
    for (qsizetype i = at - 1; i >= start; --i) {
        const CoachToken &token = tokens.at(i);
        const quint32 person = personOf(token);
        if (!person)
            continue;
        const bool object = token.word == "me"_L1 || token.word == "us"_L1 || token.word == "them"_L1
                            || token.word == "him"_L1 || token.word == "myself"_L1 || token.word == "yourself"_L1
                            || (token.word == "you"_L1 && !isPartnerSubject(tokens, i)); // "I'll pick you up"
        if (token.classes & Determiner)
            owner = person; // the earliest possessive wins: "your phone ... my"
        else if (!object)
            return person;
    }
    return owner;
}

quint32 CoachGrammar::nearestPersonBefore(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype start = segmentStart(tokens, at);
    for (qsizetype i = at - 1; i >= start; --i) {
        if (const quint32 person = personOf(tokens.at(i)))
            return person;
    }
    return 0;
}

// "Don't you think you're overreacting?", "Aren't you being a bit dramatic?":
// a negative question put to the partner asserts what it seems to deny.
static bool isRhetoricalQuestion(const CoachTokens &tokens, qsizetype negator)
{
    const CoachToken &token = tokens.at(negator);
    if (!token.word.endsWith(u"n't"_s) || negator + 1 >= tokens.size())
        return false;
    const CoachToken &next = tokens.at(negator + 1);
    if (next.word != "you"_L1 || !CoachGrammar::sameClause(tokens, negator, negator + 1))
        return false;
    return negator == 0 || !CoachGrammar::sameClause(tokens, negator - 1, negator)
           || (tokens.at(negator - 1).classes & Joiner); // "why don't you ..."
}

bool CoachGrammar::negatedBefore(const CoachTokens &tokens, qsizetype at)
{
    constexpr quint32 letsThrough = Person | Reporting | Auxiliary | Hedge | Frequency | Article | StateVerb;
    constexpr int reach = 6;
    for (qsizetype i = at - 1; i >= 0 && i >= at - reach && sameClause(tokens, i, at); --i) {
        const quint32 classes = tokens.at(i).classes;
        if (classes & Negator)
            return !isRhetoricalQuestion(tokens, i);
        if (!(classes & letsThrough))
            return false;
    }
    return false;
}

bool CoachGrammar::isPartnerSubject(const CoachTokens &tokens, qsizetype i)
{
    const CoachToken &token = tokens.at(i);
    if (!(token.classes & Partner))
        return false;
    if (token.word == "you're"_L1 || token.word == "you've"_L1 || token.word == "you'd"_L1
        || token.word == "you'll"_L1)
        return true;
    if (token.word != "you"_L1)
        return false;
    if (i == 0 || !sameClause(tokens, i - 1, i))
        return true;
    return tokens.at(i - 1).classes & (Joiner | Auxiliary | Hedge | Frequency | Negator);
}

qsizetype CoachGrammar::sentenceStart(const CoachTokens &tokens, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && tokens.at(start - 1).sentence == tokens.at(at).sentence)
        --start;
    return start;
}

qsizetype CoachGrammar::sentenceEnd(const CoachTokens &tokens, qsizetype at)
{
    qsizetype end = at;
    while (end < tokens.size() && tokens.at(end).sentence == tokens.at(at).sentence)
        ++end;
    return end;
}

qsizetype CoachGrammar::clauseEnd(const CoachTokens &tokens, qsizetype at)
{
    qsizetype end = at;
    while (end < tokens.size() && tokens.at(end).clause == tokens.at(at).clause)
        ++end;
    return end;
}

bool CoachGrammar::partnerSubjectInSentence(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = sentenceStart(tokens, at), end = sentenceEnd(tokens, at); i < end; ++i) {
        if (isPartnerSubject(tokens, i))
            return true;
    }
    return false;
}

bool CoachGrammar::partnerInClause(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = at; i >= 0 && sameClause(tokens, i, at); --i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    for (qsizetype i = at + 1; i < tokens.size() && sameClause(tokens, i, at); ++i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    return false;
}

bool CoachGrammar::partnerInSentence(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype i = sentenceStart(tokens, at), end = sentenceEnd(tokens, at); i < end; ++i) {
        if (tokens.at(i).classes & Partner)
            return true;
    }
    return false;
}

bool CoachGrammar::warmBetween(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Warm))
            continue;
        bool takenBack = false;
        for (qsizetype j = i - 1; j >= 0 && j >= i - 3 && sameClause(tokens, j, i) && !takenBack; --j)
            takenBack = tokens.at(j).classes & Negator;
        if (!takenBack)
            return true;
    }
    return false;
}

qsizetype CoachGrammar::skipBack(const CoachTokens &tokens, qsizetype at, quint32 classes, int max)
{
    qsizetype i = at - 1;
    int skipped = 0;
    while (i >= 0 && sameClause(tokens, i, at) && (tokens.at(i).classes & classes) && skipped < max) {
        --i;
        ++skipped;
    }
    return i >= 0 && sameClause(tokens, i, at) ? i : -1;
}

qsizetype CoachGrammar::skipForward(const CoachTokens &tokens, qsizetype after, quint32 classes, int max)
{
    qsizetype i = after + 1;
    int skipped = 0;
    while (i < tokens.size() && sameClause(tokens, i, after) && (tokens.at(i).classes & classes) && skipped < max) {
        ++i;
        ++skipped;
    }
    return i < tokens.size() && sameClause(tokens, i, after) ? i : -1;
}

bool CoachGrammar::speakerStateBefore(const CoachTokens &tokens, qsizetype at, bool plainPast)
{
    qsizetype k = at - 1;
    int skipped = 0;
    bool being = false;
    while (k >= 0 && sameClause(tokens, k, at) && skipped < 3
           && ((tokens.at(k).classes & Hedge) || tokens.at(k).word == "being"_L1)) {
        being = being || tokens.at(k).word == "being"_L1;
        --k;
        ++skipped;
    }
    if (k < 0 || !sameClause(tokens, k, at))
        return false;
    const CoachToken &verb = tokens.at(k);
    if (verb.classes & FeelVerb)
        return (nearestPersonBefore(tokens, k) & Speaker) && !negatedBefore(tokens, k);
    if (verb.classes & StateVerb) {
        if (verb.word == "was"_L1 && skipped == 0 && !plainPast)
            return false;
        const quint32 who = (verb.classes & Speaker) ? quint32(Speaker) : nearestPersonBefore(tokens, k);
        return (who & Speaker) && !negatedBefore(tokens, k);
    }
    // "I'm tired of being taken for granted".
    if (being && verb.word == "of"_L1)
        return (nearestPersonBefore(tokens, k) & Speaker) && !negatedBefore(tokens, k);
    // "It makes me happy", "you make me so angry".
    if (verb.word == "me"_L1 && k > 0 && sameClause(tokens, k - 1, k) && (tokens.at(k - 1).classes & Causative))
        return !negatedBefore(tokens, k - 1);
    return false;
}

bool CoachGrammar::isGerund(const CoachToken &token)
{
    return token.word.size() > 4 && token.word.endsWith(u"ing"_s) && !(token.classes & (Everyone | Determiner))
           && token.word != "something"_L1 && token.word != "anything"_L1;
}

bool CoachGrammar::isOneOf(const QString &word, std::initializer_list<QLatin1StringView> words)
{
    return isOneOf(word, WordList(words.begin(), words.size()));
}

bool CoachGrammar::isOneOf(const QString &word, WordList words)
{
    // The length first: most words differ in it, and comparing it costs no call.
    const qsizetype size = word.size();
    return std::any_of(words.begin(), words.end(), [&](QLatin1StringView w) { return w.size() == size && word == w; });
}

bool CoachGrammar::opensSentence(const CoachTokens &tokens, qsizetype at)
{
    return at == 0 || tokens.at(at - 1).sentence != tokens.at(at).sentence;
}

bool CoachGrammar::asksQuestion(const QString &text, const CoachTokens &tokens, qsizetype at)
{
    qsizetype last = at;
    while (last + 1 < tokens.size() && tokens.at(last + 1).sentence == tokens.at(at).sentence) {
        if (++last > at + 64)
            return false;
    }
    const qsizetype stop = last + 1 < tokens.size() ? tokens.at(last + 1).start : text.size();
    for (qsizetype c = tokens.at(last).end; c < stop; ++c) {
        if (text.at(c) == u'?' || text.at(c) == u'\uFF1F' || text.at(c) == u'\u2049')
            return true;
    }
    return false;
}

bool CoachGrammar::isInterjection(const QString &word)
{
    // Asked of every sentence's first words: one hash lookup rather than thirty comparisons.
    static const QSet<QString> interjections = [] {
        QSet<QString> set;
        for (QLatin1StringView w : {"oh"_L1, "ok"_L1, "okay"_L1, "just"_L1, "well"_L1, "so"_L1, "please"_L1, "fine"_L1,
                                    "yeah"_L1, "look"_L1, "honestly"_L1, "seriously"_L1, "right"_L1, "no"_L1, "then"_L1,
                                    "and"_L1, "but"_L1, "wow"_L1, "ugh"_L1, "ooh"_L1, "yes"_L1, "sure"_L1, "now"_L1,
                                    "hey"_L1, "gee"_L1, "ah"_L1, "god"_L1, "jeez"_L1, "man"_L1, "listen"_L1, "alright"_L1})
            set.insert(QString(w));
        return set;
    }();
    return word.size() <= 9 && interjections.contains(word);
}

qsizetype CoachGrammar::sentenceHead(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    qsizetype head = first;
    // "Listen to me" and "look at this" use the word as a verb, not as an interjection.
    while (head < end && isInterjection(tokens.at(head).word)
           && !(head + 1 < end && sameClause(tokens, head, head + 1)
                && isOneOf(tokens.at(head + 1).word, {"to"_L1, "at"_L1})))
        ++head;
    return head;
}

bool CoachGrammar::anyWordIn(const CoachTokens &tokens, qsizetype from, qsizetype to,
                             std::initializer_list<QLatin1StringView> words)
{
    return anyWordIn(tokens, from, to, WordList(words.begin(), words.size()));
}

bool CoachGrammar::anyWordIn(const CoachTokens &tokens, qsizetype from, qsizetype to, WordList words)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to && i < tokens.size(); ++i) {
        if (isOneOf(tokens.at(i).word, words))
            return true;
    }
    return false;
}

bool CoachGrammar::wholeClause(const CoachTokens &tokens, qsizetype begin, qsizetype end)
{
    return (begin == 0 || !sameClause(tokens, begin - 1, begin)) && clauseEnd(tokens, begin) == end;
}

qsizetype CoachGrammar::clauseEndWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach)
{
    qsizetype end = at;
    while (end < tokens.size() && end < at + reach && tokens.at(end).clause == tokens.at(at).clause)
        ++end;
    return end;
}

bool CoachGrammar::headsSentence(const CoachTokens &tokens, qsizetype at)
{
    qsizetype first = at;
    while (first > 0 && first > at - 4 && tokens.at(first - 1).sentence == tokens.at(at).sentence
           && isInterjection(tokens.at(first - 1).word))
        --first;
    return opensSentence(tokens, first);
}

bool CoachGrammar::anyWordBefore(const CoachTokens &tokens, qsizetype at, qsizetype reach,
                                 std::initializer_list<QLatin1StringView> words)
{
    return anyWordBefore(tokens, at, reach, WordList(words.begin(), words.size()));
}

bool CoachGrammar::anyWordBefore(const CoachTokens &tokens, qsizetype at, qsizetype reach, WordList words)
{
    for (qsizetype i = at - 1; i >= 0 && i >= at - reach && tokens.at(i).sentence == tokens.at(at).sentence; --i) {
        if (isOneOf(tokens.at(i).word, words))
            return true;
    }
    return false;
}
