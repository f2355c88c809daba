// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt said as praise or patience the partner is not given: congratulations
// on a trifle ("Congratulations, you managed to boil an egg."), explaining
// slowly so the partner can keep up, "You? Cooking? Good one.", and praise
// for a lapse ("Bravo. Locked the keys in the car again."); part of CoachHorsemen.
#include "coachhorsemen.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

bool isYou(const QString &word)
{
    return isOneOf(word, {"you"_L1, "u"_L1, "you've"_L1});
}

// The statement ends with a full stop (or nothing): "!" cheers, "?" asks.
bool endsFlat(const QString &text, const CoachTokens &tokens)
{
    const qsizetype after = tokens.constLast().end;
    return after >= text.size() || text.at(after) == u'.';
}

// The words of [from, to) are exactly `words`.
bool wordsAre(
    const CoachTokens &tokens, qsizetype from, qsizetype to, std::initializer_list<QLatin1StringView> words)
{
    if (to - from != qsizetype(words.size()))
        return false;
    qsizetype k = from;
    for (QLatin1StringView w : words) {
        if (tokens.at(k++).word != w)
            return false;
    }
    return true;
}

// A last sentence that laughs the idea off: "Good one.", "Sure.", "Don't make me
// laugh.", "That'll be a first.", "That I'd pay to see.", "In your dreams.".
bool laughsItOff(const CoachTokens &tokens, qsizetype last)
{
    const qsizetype end = tokens.size();
    return wordsAre(tokens, last, end, {"good"_L1, "one"_L1}) || wordsAre(tokens, last, end, {"sure"_L1})
        || wordsAre(tokens, last, end, {"don't"_L1, "make"_L1, "me"_L1, "laugh"_L1})
        || wordsAre(tokens, last, end, {"that'll"_L1, "be"_L1, "a"_L1, "first"_L1})
        || wordsAre(tokens, last, end, {"that'll"_L1, "be"_L1, "the"_L1, "day"_L1})
        || wordsAre(tokens, last, end, {"that"_L1, "i'd"_L1, "pay"_L1, "to"_L1, "see"_L1})
        || wordsAre(tokens, last, end, {"i'd"_L1, "pay"_L1, "to"_L1, "see"_L1, "that"_L1})
        || wordsAre(tokens, last, end, {"in"_L1, "your"_L1, "dreams"_L1})
        || wordsAre(tokens, last, end, {"pull"_L1, "the"_L1, "other"_L1, "one"_L1});
}

// Words of praise that "Aren't you ...?" turns round when said flat:
// "Well, aren't you a ray of sunshine.", "Aren't you clever."
constexpr QLatin1StringView praisedAsIf[] = {
    "clever"_L1, "smart"_L1, "funny"_L1, "hilarious"_L1, "delight"_L1, "sunshine"_L1, "joy"_L1, "treat"_L1,
    "peach"_L1, "genius"_L1, "hero"_L1, "charmer"_L1, "catch"_L1, "gem"_L1, "special"_L1, "observant"_L1,
    "helpful"_L1, "thoughtful"_L1, "considerate"_L1, "mature"_L1, "charming"_L1, "lovely"_L1, "perfect"_L1,
    "wonderful"_L1, "brilliant"_L1, "impressive"_L1, "precious"_L1, "angel"_L1, "saint"_L1,
};

// A flat reply drawn out: "Riiight.", "Suuure.", "Yeahhh." (a letter three times).
bool isDrawnOut(const QString &word)
{
    QString squeezed;
    int run = 1;
    int longest = 1;
    for (qsizetype k = 0; k < word.size(); ++k) {
        run = k > 0 && word.at(k) == word.at(k - 1) ? run + 1 : 1;
        longest = std::max(longest, run);
        if (run == 1)
            squeezed += word.at(k);
    }
    return longest >= 3 && isOneOf(squeezed, {"right"_L1, "sure"_L1, "yeah"_L1, "totaly"_L1});
}

// Praise said so as to mean its opposite, the whole statement: "Well, aren't
// you a ray of sunshine." (flat, not asked), "Riiight.", "ur hilarious. not."
bool ironicPraise(const QString &text, const CoachTokens &tokens)
{
    const qsizetype head = sentenceHead(tokens, 0, tokens.size());
    const qsizetype end = sentenceEnd(tokens, 0);
    if (end == tokens.size() && endsFlat(text, tokens) && wordAt(tokens, head) == "aren't"_L1
        && isYou(wordAt(tokens, head + 1)) && end - head <= 8 && anyWordIn(tokens, head + 2, end, praisedAsIf))
        return true;
    if (tokens.size() <= 2 && end == tokens.size() && isDrawnOut(tokens.constLast().word))
        return true;
    // "ur hilarious. not.": praise taken back by a last "Not."
    return end + 1 == tokens.size() && tokens.constLast().word == "not"_L1 && end - head <= 4
        && anyWordIn(tokens, head, end, praisedAsIf);
}

// "Bravo. Truly, bravo. Locked the keys in the car again.", "Wah, superb, full
// marks, you've locked us out of the house again": praise heading the
// statement, for a lapse of the partner's that ends it with "again" (not
// "Brilliant, you won again!", nor "Great, I've locked myself out again.").
// Returns the start of the lapse's clause, or -1.
qsizetype praisedLapseAt(const CoachTokens &tokens)
{
    if (tokens.constLast().word != "again"_L1)
        return -1;
    qsizetype from = tokens.size() - 1;
    while (from > 0 && sameClause(tokens, from - 1, tokens.size() - 1))
        --from;
    if (anyIn(tokens, from, tokens.size(), Speaker | Other)
        || !anyWordIn(tokens, from, tokens.size(), ContemptWords::partnerFailures))
        return -1;
    // The praise, a clause of a word or two of its own before it.
    for (qsizetype k = 0; k < from && k < 12; ++k) {
        const bool praise = isOneOf(tokens.at(k).word, {"bravo"_L1, "superb"_L1, "brilliant"_L1, "fantastic"_L1,
                                                        "marvellous"_L1, "wonderful"_L1, "amazing"_L1, "genius"_L1})
            || (tokens.at(k).word == "marks"_L1 && wordAt(tokens, k - 1) == "full"_L1);
        if (praise && clauseEndWithin(tokens, k, 3) <= k + 1 && (k == 0 || !sameClause(tokens, k - 2, k)))
            return from;
    }
    return -1;
}

// "What a hero. You took the bins out.", "My hero. You changed a lightbulb.", "Amazing, you
// found the bin all on your own.": praise in a clause of its own heading the statement, then
// the partner doing an everyday chore, said flat (not "Wow, you did the dishes, thank you!",
// which cheers, nor "Amazing, you fixed the boiler.", no chore; a "wow" alone may be
// surprise, "Wow, you bought a new bed."). Returns the end, or -1.
qsizetype praisedTrifleAt(const QString &text, const CoachTokens &tokens)
{
    // The partner's clause opens within the first few words, after the praise.
    qsizetype you = 1;
    while (you < tokens.size() && you <= 5 && !(isYou(tokens.at(you).word) && !sameClause(tokens, you - 1, you)))
        ++you;
    if (you >= tokens.size() || you > 5 || !endsFlat(text, tokens)
        || anyWordIn(tokens, 0, tokens.size(), {"thank"_L1, "thanks"_L1, "love"_L1}))
        return -1;
    const bool praised = anyWordIn(tokens, 0, you, {"hero"_L1, "amazing"_L1, "incredible"_L1, "impressive"_L1,
                                                   "legend"_L1, "superstar"_L1, "bravo"_L1})
        && !anyIn(tokens, 0, you, Partner | Other);
    if (!praised)
        return -1;
    const qsizetype end = clauseEnd(tokens, you);
    return anyWordIn(tokens, you + 1, end, ContemptWords::everydayChores) && !anyIn(tokens, you + 1, end, Negator) ? end : -1;
}

// Gratitude or praise given only to be taken back, the whole statement: "Thanks so much for all
// that help with the move, oh wait.", "Another gadget? How very sensible of you.", "Wow, a
// text! I'm honoured." (not with thanks meant, "How very kind of you, thank you!", nor "Thanks
// for the flowers. Oh wait, I forgot the card!"). Returns the start of the mockery, or -1.
qsizetype gratitudeTakenBackAt(const CoachTokens &tokens)
{
    const qsizetype size = tokens.size();
    const QString &lastWord = tokens.constLast().word;
    // "..., oh wait.": the thanks, then the last word that there was nothing to thank for.
    if (lastWord == "wait"_L1 && size >= 5 && tokens.at(size - 2).word == "oh"_L1
        && !sameClause(tokens, size - 3, size - 2) && anyWordIn(tokens, 0, 3, {"thanks"_L1, "thank"_L1, "cheers"_L1}))
        return size - 2;
    if (anyWordIn(tokens, 0, size, {"thanks"_L1, "thank"_L1, "love"_L1, "x"_L1, "xx"_L1}))
        return -1;
    // "How very generous of you.": a last clause of its own, "very" making the praise stiff.
    for (qsizetype k = 0; k + 4 < size; ++k) {
        if (tokens.at(k).word == "how"_L1 && tokens.at(k + 1).word == "very"_L1 && tokens.at(k + 3).word == "of"_L1
            && isYou(tokens.at(k + 4).word) && headsSentence(tokens, k)
            && clauseEnd(tokens, k) == size && !anyIn(tokens, k + 5, size, Warm))
            return k; // (not "How very thoughtful of you to ring my mum, she was thrilled.")
    }
    // "Wow, a text! I'm honoured.": honour claimed for a trifle opened with a gasp.
    const qsizetype last = sentenceStart(tokens, size - 1);
    qsizetype honoured = last + 1;
    if (isOneOf(wordAt(tokens, honoured), {"so"_L1, "truly"_L1, "deeply"_L1, "very"_L1}))
        ++honoured;
    if (last > 0 && isOneOf(tokens.at(last).word, {"i'm"_L1, "im"_L1}) && honoured + 1 == size
        && isOneOf(lastWord, {"honoured"_L1, "honored"_L1, "flattered"_L1, "blessed"_L1})
        && isOneOf(tokens.at(0).word, {"wow"_L1, "oh"_L1, "ooh"_L1, "ooo"_L1, "gosh"_L1, "well"_L1})
        && !anyIn(tokens, 1, last, Speaker | Other))
        return last; // (not "Wow, they asked me to give the speech. I'm honoured.")
    return -1;
}

} // namespace

void CoachHorsemen::findContemptPraise(const QString &text, const CoachTokens &tokens, bool warm,
                                       QList<CoachFinding> &findings) const
{
    if (!tokens.isEmpty() && ironicPraise(text, tokens)) {
        add(m_sarcasmPattern, text, tokens, 0, tokens.size(), findings);
        return;
    }
    if (tokens.isEmpty())
        return;
    if (const qsizetype mocked = gratitudeTakenBackAt(tokens); mocked >= 0) {
        add(m_sarcasmPattern, text, tokens, mocked, tokens.size(), findings);
        return;
    }
    if (warm)
        return; // "Congratulations, you managed it! So proud of you."
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        // "Congratulations, you managed to boil an egg.", "Well done, you've discovered the
        // washing machine.": a feat too small to praise (not "Well done, you managed it!").
        // ("Fair play, you managed to boil an egg.")
        const bool pair = (word == "well"_L1 && wordAt(tokens, i + 1) == "done"_L1)
                          || (word == "fair"_L1 && wordAt(tokens, i + 1) == "play"_L1);
        const bool praise = isOneOf(word, {"congratulations"_L1, "congrats"_L1, "bravo"_L1}) || pair;
        const qsizetype you = pair ? i + 2 : i + 1;
        if (praise && opensSentence(tokens, i) && isYou(wordAt(tokens, you)) && !sameClause(tokens, you - 1, you)
            && endsFlat(text, tokens)) {
            qsizetype verb = you + 1;
            if (wordAt(tokens, verb) == "finally"_L1)
                ++verb;
            if (isOneOf(wordAt(tokens, verb), {"managed"_L1, "discovered"_L1, "remembered"_L1})) {
                add(m_sarcasmPattern, text, tokens, i, clauseEnd(tokens, you), findings);
                return;
            }
        }
        // "Let me explain this slowly so you can keep up", "Should I speak slower so you can keep
        // up?": patience as a put-down.
        if (isOneOf(word, {"slowly"_L1, "slower"_L1})
            && anyWordBefore(tokens, i, 3, {"explain"_L1, "say"_L1, "spell"_L1, "speak"_L1, "talk"_L1})
            && (wordAt(tokens, i + 1) == "so"_L1 || (word == "slowly"_L1 && wordAt(tokens, i + 1) == "for"_L1))
            && isYou(wordAt(tokens, i + 2))) { // ("I'll talk slower for you, the line is bad.")
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            return;
        }
    }
    if (const qsizetype trifle = praisedTrifleAt(text, tokens); trifle > 0) {
        add(m_sarcasmPattern, text, tokens, 0, trifle, findings);
        return;
    }
    if (const qsizetype lapse = praisedLapseAt(tokens); lapse >= 0) {
        add(m_sarcasmPattern, text, tokens, lapse, tokens.size(), findings);
        return;
    }
    // "You? Cooking? Good one.", "Ha. You, on time. Good one.", "Oh, you're going to the gym?
    // That'll be a first.": the partner doing it, laughed off.
    const qsizetype last = sentenceStart(tokens, tokens.size() - 1);
    if (!laughsItOff(tokens, last))
        return;
    for (qsizetype first = 0; first < last; first = sentenceEnd(tokens, first)) {
        const qsizetype head = sentenceHead(tokens, first, sentenceEnd(tokens, first));
        const bool echoed = wordAt(tokens, head) == "you're"_L1 && sentenceEnd(tokens, first) - head <= 6
            && asksQuestion(text, tokens, first);
        if ((isYou(wordAt(tokens, head)) && sentenceEnd(tokens, first) - head <= 3) || echoed) {
            add(m_sarcasmPattern, text, tokens, head, tokens.size(), findings);
            return;
        }
    }
}
