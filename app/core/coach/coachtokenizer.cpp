// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachtokenizer.h"

#include <QChar>

#include <algorithm>

namespace {

bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 || c == 0x00B4 || c == 0xFF07;
}

bool isWordCodePoint(char32_t c)
{
    if (isApostrophe(c))
        return false; // U+02BC is a letter to Unicode, an apostrophe to people
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    // Combining marks belong to the letter before them ("Zoë" written with U+0308).
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

bool isSentenceEnd(char32_t c)
{
    switch (c) {
    case u'.': case u'!': case u'?': case u'\n': case u'\r':
    case 0x2026: // …
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: // ‼ ⁇ ⁈ ⁉
    case 0x3002: case 0xFF01: case 0xFF1F: // 。！？
    case 0x2028: case 0x2029: case 0x0085:
        return true;
    default:
        return false;
    }
}

bool isClauseEnd(char32_t c)
{
    switch (c) {
    case u',': case u';': case u':': case u'(': case u')': case u'[': case u']': case u'{': case u'}':
    case u'"': case u'-': case u'/':
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: // quotation marks
    case 0x2013: case 0x2014: case 0x2015: case 0x2012: // dashes
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A: // full-width , 、 ; :
        return true;
    default:
        return false;
    }
}

struct CodePoint
{
    char32_t value = 0;
    qsizetype size = 1;
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    if (c.isSurrogate())
        return {0xFFFD, 1}; // a lone surrogate: not a word, not punctuation
    return {c.unicode(), 1};
}

// Most words are plain ASCII: lowered in place, without Unicode's case tables.
QString lowered(QString word)
{
    const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return std::move(word).toLower();
    const bool hasUpper = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (hasUpper) {
        for (QChar &c : word) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return word;
}

} // namespace

CoachTokens CoachTokenizer::tokenize(QStringView text)
{
    CoachTokens tokens;
    int sentence = 0;
    int clause = 0;
    bool sentenceEnded = false;
    bool clauseEnded = false;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const CodePoint cp = codePointAt(text, i);
        if (!isWordCodePoint(cp.value)) {
            // A full stop between digits is a decimal point, not the end of a sentence.
            const bool decimal = cp.value == u'.' && i > 0 && i + 1 < n && text.at(i - 1).isDigit()
                                 && text.at(i + 1).isDigit();
            if (isSentenceEnd(cp.value) && !decimal)
                sentenceEnded = true;
            else if (isClauseEnd(cp.value))
                clauseEnded = true;
            i += cp.size;
            continue;
        }
        if (!tokens.isEmpty()) {
            if (sentenceEnded) {
                ++sentence;
                ++clause;
            } else if (clauseEnded) {
                ++clause;
            }
        }
        sentenceEnded = clauseEnded = false;

        CoachToken token;
        token.start = i;
        token.sentence = sentence;
        token.clause = clause;
        // The word is copied once, at the end; only a curly apostrophe or an
        // unusual hyphen inside it is straightened on the way.
        bool straighten = false;
        while (i < n) {
            const CodePoint here = codePointAt(text, i);
            if (isWordCodePoint(here.value)) {
                i += here.size;
                continue;
            }
            // An apostrophe or hyphen joins two parts of one word: "don't", "know-it-all".
            const bool joins = isApostrophe(here.value) || isHyphen(here.value);
            if (joins && i + here.size < n && isWordCodePoint(codePointAt(text, i + here.size).value)) {
                straighten = straighten || (here.value != u'\'' && here.value != u'-');
                i += here.size;
                continue;
            }
            break;
        }
        token.end = i;
        QString word = text.mid(token.start, i - token.start).toString();
        if (straighten) {
            QString straight;
            straight.reserve(word.size());
            for (qsizetype k = 0; k < word.size();) {
                const CodePoint here = codePointAt(word, k);
                if (isApostrophe(here.value))
                    straight.append(u'\'');
                else if (isHyphen(here.value))
                    straight.append(u'-');
                else
                    straight.append(QStringView(word).mid(k, here.size));
                k += here.size;
            }
            word = std::move(straight);
        }
        token.word = lowered(std::move(word));
        tokens.append(std::move(token));
    }
    return tokens;
}
