// SPDX-License-Identifier: GPL-3.0-or-later
// The clauses of a defensive reply, read one at a time for findDefensiveShapes
// (coachdefensiveness.cpp): denials, the innocent victim, excuses.
#include "coachdefensiveclauses.h"

#include "coachgrammar.h"
#include "coachdefensivenesswords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace DefensivenessWords;

namespace DefensiveClauses {

// The speaker's clause denying what it is charged with: "I didn't do
// anything", "I never said that", "I did not!", "I wasn't even there", "I'm
// not being unreasonable". Returns the end of the denial, or -1.
qsizetype denialFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 16);
    qsizetype i = subject + 1;
    const QString &who = tokens.at(subject).word;
    const auto at = [&](qsizetype k) -> const QString & { return k < end ? tokens.at(k).word : wordAt(tokens, -1); };
    if (who == "i'm"_L1 || (who == "i"_L1 && isOneOf(at(i), {"am"_L1, "was"_L1, "wasn't"_L1}))) {
        // "I'm not lazy", "I wasn't even late": a verdict on the speaker, denied.
        if (who == "i"_L1)
            ++i;
        const bool negated = tokens.at(i - 1).word == "wasn't"_L1 || at(i) == "not"_L1;
        if (!negated)
            return -1;
        if (at(i) == "not"_L1)
            ++i;
        while (i < end && (isOneOf(tokens.at(i).word, {"being"_L1, "even"_L1, "the"_L1, "a"_L1, "an"_L1})
                           || (tokens.at(i).classes & Hedge)))
            ++i;
        if (i >= end)
            return who == "i"_L1 && tokens.at(i - 1).word == "wasn't"_L1 ? end : -1; // "I wasn't!"
        if (tokens.at(i).word == "there"_L1 && tokens.at(i - 1).word == "even"_L1)
            return i + 1; // "I wasn't even there", not "I wasn't there, so I can't say"
        const CoachToken &word = tokens.at(i);
        // Not "I'm not attacking you": a gerund is denied only when it is a charge.
        const bool verdict = ((word.classes & (Negative | NotLabel)) == Negative && !isGerund(word))
                             || isOneOf(word.word, chargesDenied);
        return verdict ? i + 1 : -1;
    }
    if (who != "i"_L1)
        return -1;
    const QString &denier = at(i);
    if (!isOneOf(denier, {"didn't"_L1, "never"_L1, "haven't"_L1, "did"_L1}))
        return -1;
    if (denier == "did"_L1) {
        // "I did not!", "I did so!", "I did too!"
        if (isOneOf(at(i + 1), {"not"_L1, "so"_L1, "too"_L1}) && i + 2 == end)
            return end;
        if (at(i + 1) != "not"_L1)
            return -1;
        ++i;
    }
    ++i;
    if (i >= end)
        return denier == "didn't"_L1 || denier == "not"_L1 || denier == "did"_L1 ? end : -1; // "I didn't!"
    if (at(i) == "even"_L1)
        return i + 1; // "I didn't even ...", "I never even ..."
    if (at(i) == "did"_L1 && i + 1 == end)
        return end; // "I never did!"
    // "... do anything", "... said that", "... touch it": a deed and what it was done to, denied.
    const QString &verb = at(i);
    const QString &object = at(i + 1);
    const bool deed = isOneOf(verb, deedsDenied);
    if (!deed)
        return -1;
    if (i + 1 >= end)
        return isOneOf(verb, wordsGivenDenied) ? end : -1;
    // "That" and "it" as what was said, not opening what was said ("I never said that was easy").
    const bool objectEnds = i + 2 >= end || isOneOf(at(i + 2), {"to"_L1, "on"_L1, "again"_L1, "either"_L1})
                            || (at(i + 2) == "much"_L1 && i + 3 >= end); // "I didn't spend that much."
    if (isOneOf(object, {"that"_L1, "it"_L1, "this"_L1, "so"_L1}))
        return objectEnds ? i + 2 : -1;
    if (verb == "mean"_L1)
        return -1;
    // ("I never said I'd be this happy here" is delight, not a promise denied.)
    if (isOneOf(object, deniedObjects) && !(object.startsWith(u"i'"_s) && warmBetween(tokens, i + 1, end)))
        return i + 2;
    return -1;
}

// The innocent victim: "I'm always the bad guy", "why is it always me",
// "nothing I do is good enough", "after everything I've done", "I can't
// please you", "sorry for caring". Returns the end of it at `i`, or -1.
qsizetype victimFrom(const CoachTokens &tokens, qsizetype i)
{
    const QString &word = tokens.at(i).word;
    const qsizetype end = clauseEndWithin(tokens, i, 16);
    const auto at = [&](qsizetype k) -> const QString & { return k < end ? tokens.at(k).word : wordAt(tokens, -1); };
    if (word == "i'm"_L1 || (word == "am"_L1 && wordAt(tokens, i - 1) == "i"_L1)) {
        qsizetype k = i + 1;
        bool marked = anyWordBefore(tokens, i, 3, {"so"_L1, "guess"_L1, "apparently"_L1, "oh"_L1, "fine"_L1});
        while (k < end && k < i + 4
               && isOneOf(at(k), victimMarks)) {
            marked = marked || !isOneOf(at(k), {"the"_L1, "a"_L1, "just"_L1, "only"_L1});
            ++k;
        }
        if (k >= end)
            return -1;
        if (isOneOf(at(k), {"villain"_L1, "enemy"_L1, "monster"_L1}) || (at(k) == "bad"_L1 && at(k + 1) == "guy"_L1))
            return at(k) == "bad"_L1 ? k + 2 : k + 1;
        if (isOneOf(at(k), {"wrong"_L1, "problem"_L1, "worst"_L1}) && (marked || (at(k) == "worst"_L1 && k + 1 == end)))
            return k + 1;
        // "I guess I'm just a terrible person then", "maybe I'm just a terrible partner".
        if (isOneOf(at(k), {"terrible"_L1, "awful"_L1, "horrible"_L1})
            && isOneOf(at(k + 1), {"person"_L1, "partner"_L1, "human"_L1, "wife"_L1, "husband"_L1, "boyfriend"_L1,
                                   "girlfriend"_L1})
            && (marked || anyWordBefore(tokens, i, 3, {"maybe"_L1})) && at(k - 1) == "a"_L1)
            return k + 2;
        // "I'm always the one who's wrong", "I'm always the one who has to apologise".
        for (qsizetype j = k; marked && j < end && j < k + 6; ++j) {
            if (isOneOf(tokens.at(j).word, {"wrong"_L1, "blamed"_L1, "villain"_L1, "apologise"_L1, "fault"_L1}))
                return j + 1;
        }
        return -1;
    }
    if (word == "why"_L1 && (tokens.at(std::min(i + 1, tokens.size() - 1)).classes & Auxiliary)
        && isOneOf(at(i + 2), {"i"_L1, "it"_L1, "everything"_L1})) {
        for (qsizetype k = i + 3; k < end && k < i + 8; ++k) {
            if (isOneOf(tokens.at(k).word, victimParts))
                return k + 1;
        }
        return -1;
    }
    if (word == "nothing"_L1 && at(i + 1) == "i"_L1 && isOneOf(at(i + 2), {"do"_L1, "say"_L1, "did"_L1})) {
        for (qsizetype k = i + 3; k < end; ++k) {
            if (isOneOf(tokens.at(k).word, {"enough"_L1, "right"_L1, "good"_L1}))
                return k + 1;
        }
        return -1;
    }
    if (word == "after"_L1 && isOneOf(at(i + 1), {"everything"_L1, "all"_L1})) {
        const qsizetype k = at(i + 2) == "that"_L1 ? i + 3 : i + 2;
        return isOneOf(at(k), {"i"_L1, "i've"_L1}) ? k + 1 : -1;
    }
    // Speaker, can't or never, then winning or pleasing: "I can never please you", "I just can't win".
    if ((word == "i"_L1) && isOneOf(at(i + 1), {"can't"_L1, "cannot"_L1, "never"_L1, "just"_L1, "can"_L1})) {
        bool denied = false;
        for (qsizetype k = i + 1; k < end && k < i + 6; ++k) {
            const QString &w = tokens.at(k).word;
            denied = denied || (tokens.at(k).classes & Negator);
            if (!denied)
                continue;
            if ((w == "win"_L1 && (k + 1 == end || at(k + 1) == "with"_L1)) || (w == "please"_L1 && at(k + 1) == "you"_L1)
                || (w == "right"_L1 && isOneOf(wordAt(tokens, k - 1), {"anything"_L1, "it"_L1, "nothing"_L1})))
                return k + 1;
        }
        return -1;
    }
    // Sarcastic apologies: "sorry for caring", "excuse me for trying", "sorry I'm not perfect".
    if (isOneOf(word, {"sorry"_L1, "excuse"_L1, "pardon"_L1, "forgive"_L1})) {
        qsizetype k = word == "sorry"_L1 ? i + 1 : (at(i + 1) == "me"_L1 ? i + 2 : end);
        if (at(k) == "for"_L1 && isOneOf(at(k + 1), {"breathing"_L1, "existing"_L1, "living"_L1, "caring"_L1,
                                                      "trying"_L1, "helping"_L1, "asking"_L1, "wanting"_L1,
                                                      "having"_L1, "loving"_L1, "thinking"_L1}))
            return k + 2;
        if (at(k) == "for"_L1 && at(k + 1) == "being"_L1 && isOneOf(at(k + 2), {"alive"_L1, "human"_L1, "born"_L1, "me"_L1}))
            return k + 3;
        if (word == "sorry"_L1 && at(k) == "i"_L1
            && isOneOf(at(k + 1), {"breathed"_L1, "existed"_L1, "exist"_L1}))
            return k + 2;
        if (word == "sorry"_L1 && at(k) == "i'm"_L1 && at(k + 1) == "not"_L1
            && isOneOf(at(k + 2), {"perfect"_L1, "good"_L1, "a"_L1}))
            return k + 3;
        // "Sorry I'm not clever like you": a lack put against the partner, in irony (not
        // "sorry I'm not patient, I'm working on it").
        if (word == "sorry"_L1 && at(k) == "i'm"_L1 && at(k + 1) == "not"_L1 && isOneOf(at(k + 2), ownedLacks)
            && at(k + 3) == "like"_L1 && at(k + 4) == "you"_L1)
            return k + 5;
    }
    return -1;
}

// "I was only joking", "I was just trying to help", "I was merely being
// honest": the deed excused by its intent, the clause ending there (not "I was
// just teasing the dog when you called"). `subject` is "I". Returns the end, or -1.
qsizetype excuseFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 9);
    // "I was going to tell you", "I was about to do it": meant, so not owed (not "... tell you about the job").
    if (wordAt(tokens, subject + 1) == "was"_L1 && isOneOf(wordAt(tokens, subject + 2), {"going"_L1, "about"_L1})
        && wordAt(tokens, subject + 3) == "to"_L1 && subject + 4 < end) {
        qsizetype rest = subject + 5;
        while (rest < end && isOneOf(tokens.at(rest).word, {"it"_L1, "you"_L1, "that"_L1, "this"_L1, "them"_L1}))
            ++rest;
        return rest == end && rest > subject + 5 ? end : -1;
    }
    if (wordAt(tokens, subject + 1) != "was"_L1 || !isOneOf(wordAt(tokens, subject + 2), excuseHedges))
        return -1;
    const qsizetype k = subject + 3;
    if (k >= end)
        return -1;
    const QString &what = tokens.at(k).word;
    qsizetype rest = k + 1;
    if (what == "being"_L1 && rest < end && isOneOf(tokens.at(rest).word, excusedManners))
        ++rest;
    else if (what == "trying"_L1 && wordAt(tokens, rest) == "to"_L1 && rest + 1 < end
             && isOneOf(tokens.at(rest + 1).word, {"help"_L1, "be"_L1}))
        rest += tokens.at(rest + 1).word == "be"_L1 && rest + 2 < end && isOneOf(tokens.at(rest + 2).word, excusedManners) ? 3 : 2;
    else if (!isOneOf(what, excusedDeeds))
        return -1;
    while (rest < end && isOneOf(tokens.at(rest).word, {"around"_L1, "about"_L1, "with"_L1, "you"_L1}))
        ++rest;
    return rest == end ? end : -1;
}

// "Nobody told me", "no one told ME", "you never told me." said as the reply:
// the miss put down to not being told. `told` is the word "told".
qsizetype notToldFrom(const QString &text, const CoachTokens &tokens, qsizetype told)
{
    if (wordAt(tokens, told + 1) != "me"_L1 || !sameClause(tokens, told, told + 1) || asksQuestion(text, tokens, told))
        return -1;
    for (const CoachToken &t : tokens) {
        if ((t.classes & Warm) || isOneOf(t.word, {"touched"_L1, "thank"_L1, "thanks"_L1}))
            return -1; // "Nobody told me you'd planned a party, I'm so touched!"
    }
    const QString &before = wordAt(tokens, told - 1);
    if (before == "nobody"_L1 || (before == "one"_L1 && wordAt(tokens, told - 2) == "no"_L1))
        return told + 2;
    // "You never told me." ends there: "you never told me you could sing!" is delight.
    // ("You never told me that." ends there too.)
    const qsizetype last = isOneOf(wordAt(tokens, told + 2), {"that"_L1, "this"_L1}) ? told + 3 : told + 2;
    const bool ends = last >= tokens.size() || !sameClause(tokens, told + 1, last);
    if (ends && isOneOf(before, {"never"_L1, "didn't"_L1}) && wordAt(tokens, told - 2) == "you"_L1)
        return last;
    return -1;
}

// "How was I meant to know?", "how would I have known that?": not knowing,
// put back on the partner (not "how would I know if the avocado is ripe?").
qsizetype howWasIToKnowFrom(const CoachTokens &tokens, qsizetype how)
{
    const qsizetype end = clauseEndWithin(tokens, how, 10);
    qsizetype k = how + 1;
    while (k < end && ((tokens.at(k).classes & Hedge) || tokens.at(k).word == "exactly"_L1))
        ++k;
    if (!isOneOf(wordAt(tokens, k), {"was"_L1, "am"_L1, "were"_L1, "would"_L1, "should"_L1, "could"_L1, "is"_L1})
        || wordAt(tokens, k + 1) != "i"_L1)
        return -1;
    k += 2;
    // "How was I meant to know we were out of milk?": an obligation denied, whatever was not known.
    const bool meant = isOneOf(wordAt(tokens, k), {"supposed"_L1, "meant"_L1, "expected"_L1}) && wordAt(tokens, k + 1) == "to"_L1;
    if (meant)
        k += 2;
    if (wordAt(tokens, k) == "have"_L1)
        ++k;
    if (k >= end
        || (!isOneOf(tokens.at(k).word, {"know"_L1, "known"_L1, "guess"_L1, "guessed"_L1, "remember"_L1,
                                         "remembered"_L1, "tell"_L1})
            && !(meant && isOneOf(tokens.at(k).word, {"hear"_L1, "see"_L1, "notice"_L1}))))
        return -1;
    return k + 1 == end || meant
                   || isOneOf(wordAt(tokens, k + 1), {"that"_L1, "this"_L1, "it"_L1, "what"_L1, "you"_L1, "your"_L1,
                                                      "about"_L1})
               ? k + 1 : -1;
}

// A "but" after `from` that turns to the partner: "I'm sorry, but you ...".
bool turnsOnPartnerAfter(const CoachTokens &tokens, qsizetype from)
{
    for (qsizetype i = from; i < tokens.size() && i < from + 24; ++i) {
        if (tokens.at(i).word != "but"_L1)
            continue;
        for (qsizetype k = i + 1; k <= i + 3 && k < tokens.size() && sameClause(tokens, i, k); ++k) {
            if (tokens.at(k).classes & Partner)
                return true;
        }
    }
    return false;
}

} // namespace DefensiveClauses
