// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt as condescension: the partner's doings found cute ("How adorable,
// you made a budget spreadsheet.", "Your little hobby is so precious."), a
// pretension mocked ("You read one article and now you're a doctor."), and
// the speaker's regret at the partner ("I can't believe I married someone
// this dumb."), mock deference ("Sorry, I forgot you're never wrong.") and
// others held up ("Sarah's husband plans their holidays. Just saying."). Part
// of CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

constexpr QLatin1StringView cuteWords[] = {"cute"_L1, "adorable"_L1, "precious"_L1, "sweet"_L1};

// Said with real fondness or delight: thanks, love, an exclamation, a warm word other than the
// cute ones.
bool fond(const QString &text, const CoachTokens &tokens)
{
    if (text.contains(u'!') || anyWordIn(tokens, 0, tokens.size(), {"thank"_L1, "thanks"_L1, "love"_L1, "proud"_L1}))
        return true;
    for (const CoachToken &token : tokens) {
        if ((token.classes & Warm) && !isOneOf(token.word, cuteWords))
            return true;
    }
    return false;
}

// "How adorable, you made a budget spreadsheet.", "That's cute, you're trying to argue.": the
// end of the partner's clause after the cute word, or -1.
qsizetype foundCuteAt(const CoachTokens &tokens, qsizetype i)
{
    const QString &word = tokens.at(i).word;
    if (!isOneOf(word, {"how"_L1, "that's"_L1}) || !headsSentence(tokens, i)
        || !isOneOf(wordAt(tokens, i + 1), {"adorable"_L1, "cute"_L1}) || i + 2 >= tokens.size()
        || sameClause(tokens, i + 1, i + 2) || !isOneOf(tokens.at(i + 2).word, {"you"_L1, "you're"_L1, "u"_L1}))
        return -1;
    return clauseEnd(tokens, i + 2);
}

// "Your little hobby is so cute", "your little painting hobby is so sweet" (not "Your little
// sister is so cute", family).
qsizetype littleThingAt(const CoachTokens &tokens, qsizetype i)
{
    if (tokens.at(i).word != "your"_L1 || wordAt(tokens, i + 1) != "little"_L1)
        return -1;
    const qsizetype end = clauseEndWithin(tokens, i, 10);
    qsizetype is = i + 2;
    while (is < end && !isOneOf(tokens.at(is).word, {"is"_L1, "was"_L1}))
        ++is;
    if (is >= end || anyIn(tokens, i + 2, is, Other | Person)
        || anyWordIn(tokens, i + 2, is, {"sister"_L1, "brother"_L1, "girl"_L1, "boy"_L1, "one"_L1, "ones"_L1, "niece"_L1,
                                         "nephew"_L1, "daughter"_L1, "son"_L1, "cousin"_L1, "dog"_L1, "cat"_L1,
                                         "puppy"_L1, "kitten"_L1, "baby"_L1}))
        return -1;
    for (qsizetype k = is + 1; k < end && k <= is + 3; ++k) {
        if (isOneOf(tokens.at(k).word, cuteWords))
            return k + 1;
    }
    return -1;
}

// "You read one article and now you're a doctor": a little done, a whole calling claimed.
qsizetype pretensionAt(const CoachTokens &tokens, qsizetype i)
{
    if (tokens.at(i).word != "and"_L1 || wordAt(tokens, i + 1) != "now"_L1 || wordAt(tokens, i + 2) != "you're"_L1
        || !isOneOf(wordAt(tokens, i + 3), {"a"_L1, "an"_L1}))
        return -1;
    const qsizetype from = sentenceStartWithin(tokens, i, 12);
    return anyWordIn(tokens, from, i, {"one"_L1}) && anyWordIn(tokens, from, i, {"you"_L1, "u"_L1})
        ? std::min(i + 5, tokens.size()) : -1;
}

// "I can't believe I married someone this dumb", "I can't believe I'm with someone like you",
// "I can't believe I have to babysit a grown adult": the speaker's regret at the partner.
qsizetype regretAt(const CoachTokens &tokens, qsizetype i)
{
    if (!isOneOf(tokens.at(i).word, {"can't"_L1, "cannot"_L1}) || wordAt(tokens, i + 1) != "believe"_L1
        || wordAt(tokens, i - 1) != "i"_L1)
        return -1;
    qsizetype k = i + 2;
    const QString &who = wordAt(tokens, k);
    if (who == "i"_L1 && isOneOf(wordAt(tokens, k + 1), {"married"_L1, "chose"_L1}))
        k += 2;
    else if (who == "i'm"_L1 && wordAt(tokens, k + 1) == "with"_L1)
        k += 2;
    else if (who == "i"_L1 && wordAt(tokens, k + 1) == "have"_L1 && wordAt(tokens, k + 2) == "to"_L1
             && isOneOf(wordAt(tokens, k + 3), {"babysit"_L1, "explain"_L1, "spell"_L1}))
        return k + 4;
    else
        return -1;
    // Someone like this, or a man who can't: not "I can't believe I married you, I'm so lucky".
    if (wordAt(tokens, k) == "someone"_L1 && isOneOf(wordAt(tokens, k + 1), {"like"_L1, "this"_L1, "so"_L1}))
        return k + 2;
    if (isOneOf(wordAt(tokens, k), {"a"_L1, "an"_L1}) && isOneOf(wordAt(tokens, k + 1), {"man"_L1, "woman"_L1})
        && wordAt(tokens, k + 2) == "who"_L1 && (tokens.at(std::min(k + 3, tokens.size() - 1)).classes & Negator))
        return k + 4;
    return -1;
}

// "Sorry, I forgot you're never wrong.", "Oh, I'm SO sorry, I didn't realise you were the
// expert on everything.", "Oh right, I forgot, your feelings are the only ones that count.":
// an apology, or "oh right", for forgetting the partner's greatness. The end, or -1.
qsizetype deferenceMockedAt(const CoachTokens &tokens, qsizetype i)
{
    if (!isOneOf(tokens.at(i).word, {"forgot"_L1, "realise"_L1, "realize"_L1, "realised"_L1, "realized"_L1})
        || !anyWordBefore(tokens, i, 2, {"i"_L1, "didn't"_L1})
        || !anyWordBefore(tokens, i, 8, {"sorry"_L1, "right"_L1, "mistake"_L1, "pardon"_L1, "forgive"_L1}))
        return -1;
    qsizetype you = i + 1;
    if (wordAt(tokens, you) == "that"_L1)
        ++you;
    if (!isOneOf(wordAt(tokens, you), {"you"_L1, "you're"_L1, "your"_L1}))
        return -1;
    // (Closing the statement: "Sorry, I didn't realise you were the only one home, I'd have brought
    // two coffees." goes on to a kindness.)
    const qsizetype end = clauseEndWithin(tokens, you, 10);
    return end == tokens.size()
            && anyWordIn(tokens, you + 1, end, {"never"_L1, "expert"_L1, "perfect"_L1, "flawless"_L1, "only"_L1,
                                                "genius"_L1, "everything"_L1})
        ? end : -1;
}

// "I'll do it, since you obviously can't.": the partner's inability taken as plain, the
// statement ending there (not "I'll drive, since you obviously can't with that arm in a cast.").
qsizetype plainlyUnableAt(const CoachTokens &tokens, qsizetype i)
{
    if (!isOneOf(tokens.at(i).word, {"since"_L1, "because"_L1, "as"_L1}) || wordAt(tokens, i + 1) != "you"_L1
        || !isOneOf(wordAt(tokens, i + 2), {"obviously"_L1, "clearly"_L1})
        || !isOneOf(wordAt(tokens, i + 3), {"can't"_L1, "cannot"_L1, "won't"_L1}))
        return -1;
    return i + 4 == tokens.size() ? i + 4 : -1;
}

// "Sarah's husband plans their holidays. Just saying.", "My sister's husband manages to hold
// down a job, funnily enough.": another's partner, or the man next door, held up, and the
// point left hanging. The end, or -1.
qsizetype heldUpAsBetter(const CoachTokens &tokens, qsizetype i)
{
    const bool hanging = (tokens.at(i).word == "just"_L1 && wordAt(tokens, i + 1) == "saying"_L1)
                         || (tokens.at(i).word == "funnily"_L1 && wordAt(tokens, i + 1) == "enough"_L1);
    if (!hanging || i + 2 != tokens.size() || i == 0 || sameClause(tokens, i - 1, i))
        return -1;
    // ("Funnily enough" needs a feat managed: "Sarah's husband is coming too, funnily enough." is news.)
    if (tokens.at(i).word == "funnily"_L1 && !anyWordIn(tokens, 0, i, {"manages"_L1, "managed"_L1, "somehow"_L1, "actually"_L1}))
        return -1;
    for (qsizetype k = 0; k + 1 < i; ++k) {
        const QString &word = tokens.at(k).word;
        if ((word.endsWith("'s"_L1) && isOneOf(tokens.at(k + 1).word, {"husband"_L1, "wife"_L1, "boyfriend"_L1,
                                                                        "girlfriend"_L1, "partner"_L1}))
            || (word == "next"_L1 && tokens.at(k + 1).word == "door"_L1))
            return anyIn(tokens, 0, i, Partner) ? -1 : i + 2;
    }
    return -1;
}

} // namespace

void CoachHorsemen::findCondescension(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & CondescensionCue))
            continue; // the words that start a shape are listed in CoachHorsemen's constructor
        const qsizetype end = std::max({foundCuteAt(tokens, i), littleThingAt(tokens, i), pretensionAt(tokens, i),
                                        regretAt(tokens, i), deferenceMockedAt(tokens, i), plainlyUnableAt(tokens, i),
                                        heldUpAsBetter(tokens, i)});
        // (The cute words are warm, so only warmth of another kind keeps these clean; asked once.)
        if (end > i) {
            if (!fond(text, tokens))
                add(m_mockeryPattern, text, tokens, i, end, findings);
            return;
        }
    }
}
