// SPDX-License-Identifier: GPL-3.0-or-later
// CoachGrammar's look-ups of words and sentence edges: is this word one of a
// list, does this token open its sentence, is the sentence a question. Who does
// what to whom is read in coachgrammar.cpp.
#include "coachgrammar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;

bool CoachGrammar::anyIn(const CoachTokens &tokens, qsizetype begin, qsizetype end, quint32 classes)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (tokens.at(i).classes & classes)
            return true;
    }
    return false;
}

const QString &CoachGrammar::wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

const QString &CoachGrammar::inClause(const CoachTokens &tokens, qsizetype of, qsizetype i)
{
    static const QString none;
    return sameClause(tokens, of, i) ? tokens.at(i).word : none;
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
    // The length first: most words differ in it; then the first letter; then
    // the rest, here rather than in Qt's general comparison, whose call cost
    // more than the few letters of a word (a quarter of the coach's time went
    // to these lists).
    const qsizetype size = word.size();
    if (size == 0)
        return std::any_of(words.begin(), words.end(), [](QLatin1StringView w) { return w.isEmpty(); });
    const char16_t *letters = reinterpret_cast<const char16_t *>(word.constData());
    return std::any_of(words.begin(), words.end(), [&](QLatin1StringView w) {
        if (w.size() != size || char16_t(uchar(w.data()[0])) != letters[0])
            return false;
        for (qsizetype i = 1; i < size; ++i) {
            if (char16_t(uchar(w.data()[i])) != letters[i])
                return false;
        }
        return true;
    });
}

qsizetype CoachGrammar::sentenceStartWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach)
{
    qsizetype first = at;
    while (first > 0 && first > at - reach && tokens.at(first - 1).sentence == tokens.at(at).sentence)
        --first;
    return first;
}

qsizetype CoachGrammar::sentenceEndWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach)
{
    qsizetype end = at;
    while (end < tokens.size() && end < at + reach && tokens.at(end).sentence == tokens.at(at).sentence)
        ++end;
    return end;
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

bool CoachGrammar::isLaughter(const QString &word)
{
    // "Hahaha" and "hehehe" however long; "laughing" is not here ("stop laughing at me" is an order).
    // (Asked of many words: most are told apart by their first letter alone.)
    const char16_t first = word.isEmpty() ? u' ' : word.constData()->unicode();
    if (first != u'h' && first != u'l' && first != u'r' && first != u't' && first != u'x')
        return false;
    if (word.size() >= 4 && (word.startsWith("haha"_L1) || word.startsWith("hehe"_L1)))
        return true;
    return isOneOf(word, {"lol"_L1, "lmao"_L1, "rofl"_L1, "tickles"_L1, "tickle"_L1, "tickling"_L1, "xd"_L1});
}

bool CoachGrammar::laughsBetween(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (isLaughter(tokens.at(i).word))
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
