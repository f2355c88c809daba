// SPDX-License-Identifier: GPL-3.0-or-later
// Replies that recast or shrink what was done, for CoachHorsemen's
// defensiveness: the deed denied and renamed, made small, or the speaker
// wronged by being asked at all.
#include "coachdefensiveclauses.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace DefensiveClauses {

WordsAt wordsAt(const CoachTokens &tokens, qsizetype i)
{
    return {tokens.at(i).word, inClause(tokens, i, std::min(i + 1, tokens.size() - 1)),
            i + 2 < tokens.size() ? inClause(tokens, i, i + 2) : wordAt(tokens, -1)};
}

qsizetype reframeFrom(const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    const QString &denial = wordAt(tokens, k);
    if (isOneOf(denial, {"did"_L1, "was"_L1}) && wordAt(tokens, k + 1) == "not"_L1)
        ++k;
    else if (!isOneOf(denial, {"didn't"_L1, "wasn't"_L1}))
        return -1;
    // The denied deed, one or two words, and then the clause ends: "I didn't yell.", "I wasn't flirting,".
    const qsizetype deedEnd = clauseEndWithin(tokens, subject, 6);
    if (deedEnd <= k + 1 || deedEnd > k + 3 || deedEnd + 2 >= tokens.size())
        return -1;
    // The next clause recasts it: "I was talking loudly", "I was being polite", "I was just ...".
    if (wordAt(tokens, deedEnd) != "i"_L1 || wordAt(tokens, deedEnd + 1) != "was"_L1)
        return -1;
    qsizetype what = deedEnd + 2;
    while (what < tokens.size() && (tokens.at(what).classes & Hedge) && what < deedEnd + 4)
        ++what;
    if (what >= tokens.size() || !sameClause(tokens, deedEnd, what))
        return -1;
    // (A feeling made plain is no recasting: "I wasn't angry, I was hurt.")
    if (tokens.at(what).classes & (NotLabel | Warm))
        return -1;
    return what + 1;
}

qsizetype minimisedFrom(const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = at + 1;
    if (!isOneOf(wordAt(tokens, k), {"not"_L1, "no"_L1, "hardly"_L1}))
        return -1;
    ++k;
    // What it is not: "a big deal", "big deal", "a crime", "that deep", "the end of the world".
    static const std::initializer_list<std::initializer_list<QLatin1StringView>> smallThings = {
        {"a"_L1, "big"_L1, "deal"_L1}, {"big"_L1, "deal"_L1}, {"a"_L1, "crime"_L1}, {"that"_L1, "deep"_L1},
        {"the"_L1, "end"_L1, "of"_L1, "the"_L1, "world"_L1}};
    qsizetype end = -1;
    for (const auto &thing : smallThings) {
        qsizetype w = k;
        for (QLatin1StringView part : thing)
            w = wordAt(tokens, w) == part ? w + 1 : -1;
        if (w > 0) {
            end = w;
            break;
        }
    }
    if (end < 0)
        return -1;
    // Said as the whole reply it waves the complaint off: "It's not a big deal.", "Calm down,
    // it's not that deep.", "It's hardly a crime to forget one text." ("Don't worry, it's not
    // a big deal" consoles; so does anything said after it.)
    bool alone = true;
    for (qsizetype i = 0; alone && i < at; ++i)
        alone = isInterjection(tokens.at(i).word)
            || isOneOf(tokens.at(i).word, {"calm"_L1, "down"_L1, "relax"_L1});
    if (alone && wordAt(tokens, end - 1) == "crime"_L1 && wordAt(tokens, end) == "to"_L1) {
        const qsizetype stop = clauseEnd(tokens, end);
        return stop == tokens.size() && !anyIn(tokens, end, stop, Warm) ? stop : -1;
    }
    if (clauseEndWithin(tokens, at, 9) != end)
        return -1;
    if (alone && end == tokens.size())
        return end;
    // Whose deed: the speaker's, told in the sentence, and nothing of the partner's before.
    bool speaker = false;
    for (qsizetype i = sentenceStartWithin(tokens, at, 16); i < at; ++i) {
        if (tokens.at(i).classes & Partner)
            return -1;
        speaker = speaker || isOneOf(tokens.at(i).word, {"i"_L1, "i'm"_L1, "i've"_L1, "i'd"_L1});
    }
    // ... or just after it: "It's not that deep, I was just tired."
    const qsizetype then = end < tokens.size() && tokens.at(end).sentence == tokens.at(at).sentence ? end : -1;
    speaker = speaker || (then > 0 && isOneOf(wordAt(tokens, then), {"i"_L1, "i'm"_L1, "i've"_L1, "i'd"_L1}));
    return speaker ? end : -1;
}

qsizetype didAsAskedFrom(const CoachTokens &tokens, qsizetype subject)
{
    qsizetype k = subject + 1;
    while (k < subject + 3 && (wordAt(tokens, k) == "already"_L1 || (k < tokens.size() && (tokens.at(k).classes & Hedge))))
        ++k;
    if (wordAt(tokens, k) != "did"_L1)
        return -1;
    ++k;
    if (wordAt(tokens, k) == "exactly"_L1)
        ++k;
    if (!isOneOf(wordAt(tokens, k), {"what"_L1, "everything"_L1, "all"_L1}))
        return -1;
    ++k;
    if (wordAt(tokens, k) == "that"_L1)
        ++k;
    if (!isOneOf(wordAt(tokens, k), {"you"_L1, "u"_L1}) || !isOneOf(wordAt(tokens, k + 1), {"asked"_L1, "said"_L1, "told"_L1, "wanted"_L1})
        || !sameClause(tokens, subject, k + 1) || warmBetween(tokens, k + 2, sentenceEndWithin(tokens, k, 16)))
        return -1;
    return k + 2;
}

qsizetype wrongedFrom(const CoachTokens &tokens, qsizetype subject)
{
    const QString &who = tokens.at(subject).word;
    // "I can't be expected to ...", "I cannot be expected to ..."
    if (who == "i"_L1 && isOneOf(wordAt(tokens, subject + 1), {"can't"_L1, "cannot"_L1})
        && wordAt(tokens, subject + 2) == "be"_L1 && wordAt(tokens, subject + 3) == "expected"_L1)
        return subject + 4;
    // "So I'm not allowed to have friends now?": a question that says the partner forbids.
    if (who == "i'm"_L1 && wordAt(tokens, subject + 1) == "not"_L1 && wordAt(tokens, subject + 2) == "allowed"_L1
        && anyWordBefore(tokens, subject, 3, {"so"_L1, "what"_L1, "oh"_L1}))
        return subject + 3;
    return -1;
}

qsizetype grantedExcuseFrom(const QString &text, const CoachTokens &tokens, qsizetype but)
{
    const qsizetype first = sentenceStartWithin(tokens, but, 9);
    // The point granted in a word ("Yes, but ..."), or the speaker's own deed granted ("Yes, I
    // left the gate open, but ...").
    const bool inAWord = but - first >= 1 && but - first <= 2;
    if (!(inAWord || (but - first <= 8 && anyWordIn(tokens, first + 1, first + 3, {"i"_L1})))
        || !isOneOf(
            tokens.at(first).word, {"yes"_L1, "yeah"_L1, "yep"_L1, "ok"_L1, "okay"_L1, "sure"_L1, "fine"_L1}))
        return -1;
    const qsizetype end = clauseEndWithin(tokens, but, 10);
    if (warmBetween(tokens, but, sentenceEndWithin(tokens, but, 16)) || asksQuestion(text, tokens, but))
        return -1;
    const QString &who = wordAt(tokens, but + 1);
    const QString &what = but + 2 < end ? tokens.at(but + 2).word : wordAt(tokens, -1);
    const QString &then = but + 3 < end ? tokens.at(but + 3).word : wordAt(tokens, -1);
    const bool excused = who == "i"_L1
        && isOneOf(what, {"was"_L1, "wasn't"_L1, "didn't"_L1, "had"_L1, "couldn't"_L1})
        && !isOneOf(then, {"thinking"_L1, "hoping"_L1, "wondering"_L1, "going"_L1});
    const bool waved = isOneOf(who, {"that's"_L1, "it's"_L1})
        && (what == "different"_L1
            || (what == "not"_L1 && isOneOf(then, {"the"_L1, "fair"_L1, "different"_L1})));
    // "Yes, but it was on sale", "..., but the cat would've got out anyway": the deed made cheap,
    // or its harm bound to happen (not "yes, but it was raining, so we stayed in").
    bool cheap = isOneOf(who, {"it"_L1, "it's"_L1, "that"_L1, "that's"_L1})
        && anyWordIn(
            tokens, but + 2, std::min(end, but + 5), {"sale"_L1, "cheap"_L1, "free"_L1, "accident"_L1});
    // "Yes, but the flights were cheaper on Tuesday", "yeah but they were on offer": what was
    // bought said to have been cheap (not a plan, "Yes, but it's cheaper if we book now").
    if (!cheap && isOneOf(who, {"it"_L1, "it's"_L1, "that"_L1, "that's"_L1, "they"_L1, "they're"_L1, "the"_L1,
                                "those"_L1, "these"_L1})
        && !anyIn(tokens, but + 1, end, Shared) && !anyWordIn(tokens, but + 1, end, {"if"_L1})) {
        bool copula = isOneOf(who, {"it's"_L1, "that's"_L1, "they're"_L1});
        for (qsizetype k = but + 2; k < std::min(end, but + 7) && !cheap; ++k) {
            const QString &word = tokens.at(k).word;
            cheap = copula && isOneOf(word, {"cheaper"_L1, "cheap"_L1, "offer"_L1, "sale"_L1, "discounted"_L1,
                                             "bargain"_L1, "reduced"_L1});
            copula = copula || isOneOf(word, {"was"_L1, "were"_L1, "is"_L1, "are"_L1});
        }
    }
    const bool anyway = tokens.at(end - 1).word == "anyway"_L1
        && anyWordIn(tokens, but + 1, end, {"would've"_L1, "would"_L1, "couldn't"_L1});
    return excused || waved ? std::min(end, but + 4) : cheap || anyway ? end : -1;
}

} // namespace DefensiveClauses
