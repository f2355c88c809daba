// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as counter-attack: the complaint turned back on the partner
// ("you're exaggerating", "but you didn't even call", "you started it", "at
// least I ..."); part of CoachHorsemen. Denials and excuses are read in
// coachdefensivedenials.cpp.
#include "coachhorsemen.h"

#include "coachdefensiveclauses.h"
#include "coachdefensivenesswords.h"
#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace DefensivenessWords;
using namespace DefensiveClauses;

namespace {

// In the partner's clause [you, end): "too" or "either" closing it, or before
// a time ("too last week"), after a habit or a lapse. Returns its index, or -1.
qsizetype faultTooAt(const CoachTokens &tokens, qsizetype you, qsizetype end)
{
    qsizetype too = end - 1;
    if (too - 2 > you
        && isOneOf(tokens.at(too).word, {"week"_L1, "night"_L1, "time"_L1, "year"_L1, "month"_L1})
        && tokens.at(too - 1).word == "last"_L1)
        too -= 2;
    if (too <= you + 1 || !isOneOf(tokens.at(too).word, {"too"_L1, "either"_L1}))
        return -1;
    bool fault = false;
    for (qsizetype k = you + 1; k < too; ++k) {
        if (tokens.at(k).classes & Warm)
            return -1;
        fault = fault || (tokens.at(k).classes & Frequency) || isOneOf(tokens.at(k).word, handedBackLapses);
    }
    return fault ? too : -1;
}

// "Yes, but you spent more on your bike", "yeah but u spent way more": the partner's own spending
// or taking held up as greater (not "you need more rest", nor "you spent more time on the plan").
bool spentMoreAt(const CoachTokens &tokens, qsizetype more)
{
    if (tokens.at(more).word != "more"_L1 || isOneOf(wordAt(tokens, more + 1), {"time"_L1, "effort"_L1, "hours"_L1}))
        return false;
    const qsizetype verb = isOneOf(wordAt(tokens, more - 1), {"way"_L1, "much"_L1, "far"_L1, "loads"_L1}) ? more - 2 : more - 1;
    return isOneOf(wordAt(tokens, verb), {"spent"_L1, "bought"_L1, "ate"_L1, "drank"_L1, "wasted"_L1, "took"_L1,
                                          "used"_L1, "spend"_L1, "waste"_L1});
}

} // namespace

// The reply turned back on the partner, starting at token `i`; true when the
// word started such a shape (whether or not it was one).
bool CoachHorsemen::findCounterAttackAt(const QString &text, const CoachTokens &tokens, qsizetype i,
                                        QList<CoachFinding> &findings) const
{
    const CoachToken &token = tokens.at(i);
    const auto [word, next, after] = wordsAt(tokens, i);
    // "I only did it because you asked me to", "I only yelled because you provoked me": the
    // deed handed back to the partner (not "I only came because you asked, and I'm so glad").
    const bool handedBack = (anyWordBefore(tokens, i, 5, {"did"_L1, "said"_L1}) && anyWordBefore(tokens, i, 4, {"it"_L1, "that"_L1, "what"_L1}))
                            || (anyWordBefore(tokens, i, 6, {"only"_L1}) && !warmBetween(tokens, i, sentenceEndWithin(tokens, i, 16)));
    if ((word == "because"_L1 || word == "since"_L1) && isOneOf(next, {"you"_L1, "you're"_L1, "you've"_L1})
        && handedBack && anyWordBefore(tokens, i, 6, {"i"_L1})) {
        add(m_counterPattern, text, tokens, i, i + 2, findings);
        return true;
    }
    // "Well, you never told me", "well, you didn't ask": the reply turned back on the partner.
    if (isPartnerSubject(tokens, i) && i > 0 && wordAt(tokens, i - 1) == "well"_L1 && headsSentence(tokens, i)) {
        const qsizetype k = skipForward(tokens, i, Hedge | Frequency, 2);
        if (k >= 0 && k == i + 1 && (tokens.at(k).classes & Negator))
            add(m_counterPattern, text, tokens, i - 1, k + 1, findings);
        else if (k >= 0 && (tokens.at(k).classes & Negator) && tokens.at(k).word != "not"_L1)
            add(m_counterPattern, text, tokens, i - 1, k + 1, findings);
        // "Yeah well, you left the gate open last month": a deed of the partner's thrown back.
        else if (k >= 0 && isOneOf(wordAt(tokens, i - 2), {"yeah"_L1, "yes"_L1})
            && isOneOf(tokens.at(k).word,
                {"left"_L1, "spent"_L1, "forgot"_L1, "broke"_L1, "lost"_L1, "missed"_L1, "bought"_L1,
                    "crashed"_L1, "did"_L1, "said"_L1}) // (not "you earned it")
            && !warmBetween(tokens, i, sentenceEndWithin(tokens, i, 16)))
            add(m_counterPattern, text, tokens, i - 2, k + 1, findings);
    }
    // "You're exaggerating", "why are you always attacking me?", "stop twisting my words":
    // the complaint recast as the partner's distortion or aggression.
    if (isPartnerSubject(tokens, i) && (word == "you're"_L1 || word == "you"_L1)) {
        const qsizetype k = skipForward(tokens, word == "you"_L1 && wordAt(tokens, i + 1) == "are"_L1 ? i + 1 : i,
                                        Hedge | Frequency, 3);
        const QString &verb = k >= 0 ? tokens.at(k).word : wordAt(tokens, -1);
        const bool distorts = isOneOf(verb, distortionVerbs)
                              || (verb == "reading"_L1 && isOneOf(wordAt(tokens, k + 1), {"into"_L1, "too"_L1, "way"_L1})); // "... into it"
        const bool attacks = isOneOf(verb, {"attacking"_L1, "criticising"_L1, "picking"_L1, "blaming"_L1})
                             && (anyWordBefore(tokens, i, 3, {"why"_L1}) || wordAt(tokens, k + 1) == "me"_L1
                                 || wordAt(tokens, k + 2) == "me"_L1);
        // (Not in a question: "don't you think you're overreacting?" is a label put as one.)
        if (k >= 0 && ((distorts && !asksQuestion(text, tokens, i))
                       || (attacks && anyWordBefore(tokens, i, 3, {"why"_L1, "stop"_L1})))) {
            add(m_counterPattern, text, tokens, i, k + 1, findings);
            return true;
        }
    }
    // "It's not like you ever help": a counter-attack (not "it's not like you to be late").
    if (word == "like"_L1 && wordAt(tokens, i - 1) == "not"_L1 && isOneOf(wordAt(tokens, i - 2), {"it's"_L1, "its"_L1})
        && isOneOf(next, {"you"_L1, "you're"_L1, "you've"_L1, "you'd"_L1}) && after != "to"_L1) {
        add(m_counterPattern, text, tokens, i - 2, i + 2, findings);
        return true;
    }
    // "You shouted first", "you hung up on me first": the fault sent back to who began.
    if (isPartnerSubject(tokens, i) && word == "you"_L1) {
        const qsizetype end = clauseEndWithin(tokens, i, 10);
        const QString &verb = wordAt(tokens, i + 1);
        if (end > i + 2 && tokens.at(end - 1).word == "first"_L1 && !asksQuestion(text, tokens, i)
            && (verb.endsWith("ed"_L1) || isOneOf(verb, pastDeeds)) && !isOneOf(verb, {"finished"_L1, "arrived"_L1})) {
            add(m_counterPattern, text, tokens, i, end, findings);
            return true;
        }
    }
    // "..., unlike some people", "I'm not free like you": the speaker set above the partner.
    if (word == "unlike"_L1 && (isOneOf(next, {"you"_L1, "u"_L1}) || (next == "some"_L1 && after == "people"_L1))
        && clauseEndWithin(tokens, i, 4) == i + (next == "some"_L1 ? 3 : 2) && i > 0 && !sameClause(tokens, i - 1, i)) {
        add(m_counterPattern, text, tokens, i, i + (next == "some"_L1 ? 3 : 2), findings);
        return true;
    }
    // "I don't lie like you", "I'm not lazy like you" (not "I'm not organised like you", a lack
    // owned: a quality the speaker would like to have is no counter-attack, unless in irony,
    // which the apologies read).
    if (word == "like"_L1 && isOneOf(next, {"you"_L1, "u"_L1}) && clauseEndWithin(tokens, i, 3) == i + 2
        && anyWordBefore(tokens, i, 4, {"not"_L1}) && (nearestPersonBefore(tokens, i) & Speaker)
        && !((tokens.at(i - 1).classes & Warm) || isOneOf(wordAt(tokens, i - 1), ownedLacks))) {
        add(m_counterPattern, text, tokens, i, i + 2, findings);
        return true;
    }
    // "If you'd told me earlier, I would have done it": the miss put down to the partner.
    if (word == "if"_L1 && (next == "you'd"_L1 || (next == "you"_L1 && after == "had"_L1))) {
        const qsizetype verb = next == "you'd"_L1 ? i + 2 : i + 3;
        if (isOneOf(wordAt(tokens, verb), tellingVerbs)
            && anyWordIn(tokens, verb + 1, std::min(verb + 10, tokens.size()), {"i'd"_L1, "would"_L1})
            && tokens.at(std::min(verb + 9, tokens.size() - 1)).sentence >= token.sentence
            && !kindnessToThePartner(tokens, verb + 1, sentenceEndWithin(tokens, i, 24)))
            add(m_counterPattern, text, tokens, i, verb + 1, findings);
        return true;
    }
    // "Says the one who forgot our anniversary", "says the man who ...": the charge handed back
    // to whoever made it (not "says the one who cooked, thank you!", nor "the sign says the one who").
    if (word == "says"_L1 && headsSentence(tokens, i) && next == "the"_L1
        && isOneOf(
            after, {"one"_L1, "man"_L1, "woman"_L1, "person"_L1, "guy"_L1, "girl"_L1, "bloke"_L1, "lady"_L1})
        && wordAt(tokens, i + 3) == "who"_L1 && !warmBetween(tokens, i, sentenceEndWithin(tokens, i, 20))) {
        add(m_counterPattern, text, tokens, i, i + 4, findings);
        return true;
    }
    // "I've had a long day too, you know": the partner's complaint met with one's own.
    if (word == "too"_L1 && i + 2 < tokens.size() && !sameClause(tokens, i, i + 1) && wordAt(tokens, i + 1) == "you"_L1
        && wordAt(tokens, i + 2) == "know"_L1 && (nearestPersonBefore(tokens, i) & Speaker)) {
        add(m_counterPattern, text, tokens, i, i + 3, findings);
        return true;
    }
    // Counter-attack: granting a point only to turn it on the partner with
    // a charge of their own ("but you didn't even call", "but you do it too"),
    // not with encouragement ("I know it's hard, but you've got this").
    if (word == "but"_L1 && turnsOnPartnerAfter(tokens, i)) {
        bool charge = false;
        for (qsizetype k = i + 1, end = clauseEndWithin(tokens, i, 12); k < end; ++k) {
            charge = charge || (tokens.at(k).classes & (Negator | Frequency))
                || (tokens.at(k).classes & (Negative | NotLabel)) == Negative
                || isOneOf(tokens.at(k).word, {"too"_L1, "either"_L1, "one"_L1, "same"_L1, "forgot"_L1, "promised"_L1})
                // "ok but you were late first", "but you forget stuff all the time": the lapse theirs
                // first, or always (not "you were first in the queue").
                || (tokens.at(k).word == "first"_L1 && k + 1 == end)
                || (tokens.at(k).word == "time"_L1 && wordAt(tokens, k - 1) == "the"_L1 && wordAt(tokens, k - 2) == "all"_L1)
                // "Yes, but you said it was fine", "ok but you forgot last time": the deed handed back.
                || (tokens.at(k).word == "said"_L1
                    && isOneOf(wordAt(tokens, k + 1), {"it"_L1, "it's"_L1, "that"_L1, "that's"_L1}))
                || (tokens.at(k).word == "last"_L1
                    && isOneOf(wordAt(tokens, k + 1), {"time"_L1, "week"_L1, "night"_L1}))
                || spentMoreAt(tokens, k);
        }
        const qsizetype from = std::max<qsizetype>(0, i - 12);
        const bool granted = anyWordIn(tokens, from, i, grantingWords);
        bool warm = false;
        for (qsizetype k = i + 1, end = std::min(i + 16, tokens.size()); k < end; ++k)
            warm = warm || (tokens.at(k).classes & Warm);
        // "Yes, but you have to try the dumplings too": a tip, not a charge.
        const bool tip = anyWordIn(tokens, i + 1, i + 4, {"have"_L1, "must"_L1, "got"_L1, "should"_L1})
                         && anyWordIn(tokens, i + 2, i + 6, {"try"_L1});
        if (granted && !warm && !tip && charge)
            add(m_counterPattern, text, tokens, i, i + 1, findings);
        return true;
    }
    if (word == "but"_L1) {
        const qsizetype excuse = grantedExcuseFrom(text, tokens, i);
        if (excuse > 0) {
            add(m_denialPattern, text, tokens, i, excuse, findings);
            return true;
        }
    }
    // "Me? You're always late too.", "Me, selfish? You're the selfish one.": the charge echoed
    // and thrown back (not "Me? You're too kind.").
    if (word == "me"_L1 && opensSentence(tokens, i) && asksQuestion(text, tokens, i)) {
        const qsizetype back = sentenceEndWithin(tokens, i, 3);
        if (back < tokens.size() && back <= i + 2 && isOneOf(tokens.at(back).word, {"you're"_L1, "you"_L1})
            && !warmBetween(tokens, back, sentenceEndWithin(tokens, back, 16))) {
            add(m_counterPattern, text, tokens, i, back + 1, findings);
            return true;
        }
    }
    // "At least I try", not "at least I got to see you".
    if (word == "at"_L1 && next == "least"_L1 && isOneOf(after, {"i"_L1, "i'm"_L1, "i've"_L1, "i"_L1})) {
        const qsizetype end = clauseEndWithin(tokens, i, 16);
        bool glad = anyWordIn(tokens, i + 3, std::min(end, i + 6), gladAfterAtLeast)
                    || laughsBetween(tokens, i + 3, sentenceEndWithin(tokens, i, 16)); // "at least I remembered, haha"
        for (qsizetype k = i + 3; k < end; ++k)
            glad = glad || (tokens.at(k).classes & Warm);
        if (!glad)
            add(m_counterPattern, text, tokens, i, i + 3, findings);
        return true;
    }
    // "What about you?", "what about last week when you ...", not "what about you, how are you feeling?".
    if (word == "what"_L1 && next == "about"_L1) {
        const bool caring = anyWordIn(tokens, i + 3, std::min(i + 10, tokens.size()),
                                      {"how"_L1, "feeling"_L1, "fancy"_L1, "like"_L1, "want"_L1});
        for (qsizetype k = i + 2; k < i + 6 && k < tokens.size() && sameClause(tokens, i, k) && !caring; ++k) {
            if (isOneOf(tokens.at(k).word, {"me"_L1, "us"_L1, "we"_L1, "i"_L1}))
                break; // "What about me picking you up?" offers
            if (isPartnerSubject(tokens, k) || (tokens.at(k).classes & Partner)) {
                add(m_counterPattern, text, tokens, i, k + 1, findings);
                break;
            }
        }
        return true;
    }
    // "So do you.", "neither do you", "you do it too", "you started it", "you're the one who".
    if (isOneOf(word, {"so"_L1, "neither"_L1, "nor"_L1})
        && (tokens.at(std::min(i + 1, tokens.size() - 1)).classes & Auxiliary)
        && after == "you"_L1
        // (Or after a "but": "Yeah, I was on my phone, but so were you for most of the meal".)
        && ((clauseEndWithin(tokens, i, 16) == i + 3 && headsSentence(tokens, i))
            || wordAt(tokens, i - 1) == "but"_L1)) {
        add(m_counterPattern, text, tokens, i, i + 3, findings);
        return true;
    }
    if (isPartnerSubject(tokens, i)) {
        const qsizetype end = clauseEndWithin(tokens, i, 16);
        qsizetype k = i + 1;
        while (k < end && (tokens.at(k).classes & (Auxiliary | Hedge)))
            ++k;
        if (k < end && isOneOf(tokens.at(k).word, {"it"_L1, "that"_L1, "this"_L1}))
            ++k;
        if (k + 1 == end && k > i + (word == "you"_L1 ? 1 : 0)
            && isOneOf(tokens.at(k).word, {"too"_L1, "either"_L1}))
            add(m_counterPattern, text, tokens, i, end, findings);
        else if (k < end && tokens.at(k).word == "started"_L1 && k + 1 < end
                 && (isOneOf(tokens.at(k + 1).word, {"it"_L1, "this"_L1, "all"_L1})
                     || (tokens.at(k + 1).word == "the"_L1
                         && isOneOf(wordAt(tokens, k + 2), {"fight"_L1, "argument"_L1, "row"_L1}))))
            add(m_counterPattern, text, tokens, i, k + 2, findings);
        // Not "you should be the one to ring", nor "you should be the one calling the landlord":
        // with a modal it says who ought to act next, not whose fault it was.
        else if (k + 1 < end && tokens.at(k).word == "the"_L1 && tokens.at(k + 1).word == "one"_L1
            && wordAt(tokens, k + 2) != "to"_L1 && !isOneOf(word, {"you'll"_L1, "you'd"_L1})
            && !anyWordIn(tokens, i + 1, k, modals))
            add(m_counterPattern, text, tokens, i, k + 2, findings);
        // "You're always late too", "well, you were late too last week", "you always do it too":
        // the fault handed back, the clause ending in "too" (perhaps before when). Not "you must
        // be tired too" or "you look lovely too": a habit or a lapse must be named.
        else if (const qsizetype too = faultTooAt(tokens, i, end); too > 0)
            add(m_counterPattern, text, tokens, i, too + 1, findings);
        // "You're not perfect yourself", "you're no angel yourself", "you're hardly a saint
        // yourself" (not "you can hardly blame yourself", which consoles: only of what the partner is).
        else if (end - 1 > i && tokens.at(end - 1).word == "yourself"_L1
                 && (anyWordIn(tokens, i + 1, end, {"not"_L1, "no"_L1, "isn't"_L1})
                     || (isOneOf(word, {"you're"_L1, "youre"_L1}) && wordAt(tokens, i + 1) == "hardly"_L1)))
            add(m_counterPattern, text, tokens, i, end, findings);
        return true;
    }
    return false;
}
