// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness: set phrases, the speaker owning a part (which clears the
// rest), and the loop over the words that start a defensive shape; part of
// CoachHorsemen. Denials and excuses are read in coachdefensivedenials.cpp,
// counter-attacks in coachdefensivecounter.cpp, comebacks in
// coachdefensivecomebacks.cpp, excuses insisted on in coachdefensiveinsistence.cpp,
// the speaker's record held up in coachdefensiverecord.cpp.
#include "coachhorsemen.h"

#include "coachdefensiveclauses.h"
#include "coachgrammar.h"
#include "coachdefensivenesswords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace DefensivenessWords;

namespace {

// The speaker owning a part, Gottman's antidote: "you're right", "that was my
// fault", "that's on me", "I'm sorry" (not "sorry, but you ...", not "sorry
// you feel that way", not "sorry for breathing").
bool ownsAPart(const QString &text, const CoachTokens &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & (DefensiveCue | Speaker | Partner)))
            continue;
        const QString &word = tokens.at(i).word;
        const QString &next = inClause(tokens, i, i + 1 < tokens.size() ? i + 1 : i);
        const QString &after = i + 2 < tokens.size() ? inClause(tokens, i, i + 2) : QString();
        bool owns = false;
        if (word == "my"_L1 && isOneOf(next, {"fault"_L1, "part"_L1, "bad"_L1, "mistake"_L1}) && i + 1 < tokens.size())
            owns = !negatedBefore(tokens, i) && wordAt(tokens, i - 1) != "hardly"_L1
                && !asksQuestion(text, tokens, i)
                && !anyWordBefore(tokens, i, 8, {"how"_L1, "why"_L1, "so"_L1, "course"_L1, "apparently"_L1});
        else if ((word == "you're"_L1 || (word == "you"_L1 && next == "are"_L1)))
            owns = (word == "you're"_L1 ? next : after) == "right"_L1 && !negatedBefore(tokens, i + 1);
        else if (word == "on"_L1 && next == "me"_L1 && i > 0 && isOneOf(wordAt(tokens, i - 1), {"that's"_L1, "it's"_L1, "was"_L1, "is"_L1}))
            owns = !asksQuestion(text, tokens, i); // not "how is this on me?"
        else if (word == "sorry"_L1)
            owns = !isOneOf(wordAt(tokens, i - 1), notOwningBeforeSorry)
                && !anyWordBefore(tokens, i, 5, {"already"_L1, "said"_L1, "told"_L1}) // "I SAID I was sorry"
                && !isOneOf(next, {"you"_L1, "if"_L1})
                && !(next == "i'm"_L1 && isOneOf(after, {"not"_L1, "such"_L1}))
                && !(next == "for"_L1 && isOneOf(after, mockApologyReasons))
                && !(next == "i"_L1 && isOneOf(after, {"breathed"_L1, "existed"_L1, "exist"_L1}))
                // "Sorry, am I not allowed to have a life now?", "sorry, was I supposed to read your mind?",
                // "Sorry, when did I ever say that?"
                && !(isOneOf(wordAt(tokens, i + 1), {"am"_L1, "was"_L1, "did"_L1}) && wordAt(tokens, i + 2) == "i"_L1)
                && !(wordAt(tokens, i + 1) == "when"_L1 && wordAt(tokens, i + 2) == "did"_L1);
        else if (word == "apologise"_L1 || word == "i'm"_L1 || word == "i"_L1)
            owns = (word == "apologise"_L1 && !negatedBefore(tokens, i) && wordAt(tokens, i - 1) != "already"_L1)
                   || (word == "i"_L1 && next == "was"_L1 && after == "wrong"_L1)
                   || (word == "i"_L1 && isOneOf(next, {"messed"_L1, "screwed"_L1, "admit"_L1}))
                   || (word == "i"_L1 && isOneOf(next, {"should"_L1, "shouldn't"_L1, "should've"_L1})
                       && (after == "have"_L1 || next == "should've"_L1 || next == "shouldn't"_L1));
        if (owns && !DefensiveClauses::turnsOnPartnerAfter(tokens, i))
            return true;
        // "I never promised, but I'd like to try": a step toward the partner after the "but".
        if (word == "but"_L1 && isOneOf(next, {"i'll"_L1, "i'd"_L1, "i"_L1, "let"_L1})
            && isOneOf(after, stepTowardAfterBut))
            return true;
    }
    return false;
}

// What follows a set phrase that turns it kind: "That's not true, you're a
// wonderful cook" reassures; "what about you, how are you feeling?" asks.
bool reassuresAfter(const CoachTokens &tokens, const PhraseMatch &match)
{
    const qsizetype to = std::min(match.end + 10, tokens.size());
    for (qsizetype k = match.end; k < to; ++k) {
        if (tokens.at(k).classes & Warm)
            return true;
    }
    return tokens.at(match.begin).word == "what"_L1
           && anyWordIn(tokens, match.end, to, {"how"_L1, "feeling"_L1, "fancy"_L1, "like"_L1, "want"_L1});
}

// Inside "I feel like ..." / "I feel that ...": the speaker's view of the
// partner, which the thought-as-feeling finding already names; "I feel like
// you're making a big deal out of nothing" answers no charge.
bool underAFeltThought(const CoachTokens &tokens, qsizetype at)
{
    for (qsizetype k = at - 1; k > 0 && k >= at - 8 && tokens.at(k).sentence == tokens.at(at).sentence; --k) {
        if (isOneOf(tokens.at(k).word, {"like"_L1, "that"_L1, "as"_L1})
            && isOneOf(wordAt(tokens, k - 1), {"feel"_L1, "felt"_L1}) && wordAt(tokens, k - 2) == "i"_L1)
            return true;
    }
    return false;
}

} // namespace

void CoachHorsemen::findDefensiveness(const QString &text, const CoachTokens &tokens,
                                      QList<CoachFinding> &findings) const
{
    if (tokens.isEmpty() || ownsAPart(text, tokens))
        return;
    for (const PhraseMatch &match : m_defensive.findAll(tokens, Hedge)) {
        // "You can talk all you want" lets the talk run on unheard (stonewalling); it counters nothing.
        if (tokens.at(match.end - 1).word == "talk"_L1 && wordAt(tokens, match.end) == "all"_L1)
            continue;
        // "I don't see the problem." shrugs; "... with pineapple on pizza" talks of something else.
        if (tokens.at(match.end - 1).word == "problem"_L1 && match.end < tokens.size()
            && sameClause(tokens, match.end - 1, match.end))
            continue;
        // "That means a lot, coming from you": a compliment taken to heart, not one handed back.
        if (tokens.at(match.begin).word == "coming"_L1
            && (anyWordBefore(tokens, match.begin, 6, {"means"_L1, "meant"_L1, "compliment"_L1})
                || warmBetween(tokens, std::max<qsizetype>(0, match.begin - 6), match.begin)))
            continue;
        // "I'm the one who booked the table, so I'll ring them": who does it, then doing it; "I feel
        // lonely when I'm the one who plans": a feeling and when it comes, not a retort.
        if (tokens.at(match.end - 1).word == "who"_L1 && wordAt(tokens, match.end - 2) == "one"_L1
            && (anyWordIn(tokens, match.end, sentenceEndWithin(tokens, match.end - 1, 16), {"i'll"_L1})
                || isOneOf(wordAt(tokens, match.begin - 1), {"when"_L1, "if"_L1})))
            continue;
        // "Why are you making such a fuss of me?": a fuss made of someone is affection, not a
        // complaint waved off.
        if (isOneOf(tokens.at(match.end - 1).word, {"fuss"_L1, "deal"_L1})
            && isOneOf(wordAt(tokens, match.end), {"of"_L1, "over"_L1})
            && isOneOf(wordAt(tokens, match.end + 1), {"me"_L1, "us"_L1, "him"_L1, "her"_L1, "them"_L1}))
            continue;
        if (!reassuresAfter(tokens, match) && !underAFeltThought(tokens, match.begin))
            add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    findDefensiveShapes(text, tokens, findings);
    findComebacks(text, tokens, findings);
    findInsistedExcuses(text, tokens, findings);
    findHeldUpRecord(text, tokens, findings);
    findGrantedExcuses(text, tokens, findings);
    findOnlyBecause(text, tokens, findings);
    findWouldHaveExcuses(text, tokens, findings);
    findVictimRetorts(text, tokens, findings);
    findFlatDenials(text, tokens, findings);
    findCounterComplaints(text, tokens, findings);
}

void CoachHorsemen::findDefensiveShapes(const QString &text, const CoachTokens &tokens,
                                        QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & (DefensiveCue | Speaker | Partner)))
            continue; // the words that start a shape are listed in CoachHorsemen's constructor
        // Each reader says whether the word started its shape; the first that did has it.
        if (findDenialAt(text, tokens, i, findings) || findCounterAttackAt(text, tokens, i, findings))
            continue;
        const qsizetype victim = DefensiveClauses::victimFrom(tokens, i);
        if (victim > 0) {
            add(m_victimPattern, text, tokens, i, victim, findings);
            // "Excuse me for breathing", "sorry I breathed": the complaint mocked as one about being alive.
            if (anyWordIn(tokens, i, victim,
                    {"breathing"_L1, "breathed"_L1, "existing"_L1, "existed"_L1, "exist"_L1, "living"_L1,
                        "alive"_L1, "born"_L1}))
                add(m_mockeryPattern, text, tokens, i, victim, findings);
        }
    }
}
