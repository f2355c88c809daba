// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as denial: a part denied ("it wasn't my fault"), the charge
// pushed away ("don't blame this on me") or put down to necessity, others or
// the partner ("what did you expect?"), excuses and the innocent victim's
// questions; part of CoachHorsemen. Set phrases and the speaker owning a part
// are read in coachdefensiveness.cpp, counter-attacks in coachdefensivecounter.cpp.
#include "coachhorsemen.h"

#include "coachdefensiveclauses.h"
#include "coachdefensivenesswords.h"
#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace DefensivenessWords;
using namespace DefensiveClauses;

namespace {

// "I'm not being stubborn, I just need a minute to think.": the denial
// explains a time-out the speaker asks for, which is no defence but the
// antidote to flooding. A need of the speaker's for a minute, a break, time or
// space to think, in the few words after the denial.
bool asksForTimeAfter(const CoachTokens &tokens, qsizetype denial)
{
    const qsizetype end = std::min(tokens.size(), denial + 10);
    for (qsizetype k = denial; k + 1 < end; ++k) {
        if (tokens.at(k).word != "need"_L1 || !anyWordBefore(tokens, k, 2, {"i"_L1}))
            continue;
        for (qsizetype j = k + 1; j < end && j < k + 5; ++j) {
            if ((tokens.at(j).classes & Return) || isOneOf(tokens.at(j).word, {"think"_L1, "space"_L1, "time"_L1}))
                return true;
        }
    }
    return false;
}

// "What more do you want?", "what else do you expect from me": `what` is the
// "what" before "more" or "else"; returns the end, or -1.
qsizetype whatMoreFrom(const CoachTokens &tokens, qsizetype what)
{
    qsizetype k = what + 2;
    if (inClause(tokens, what, std::min(k, tokens.size() - 1)) == "do"_L1)
        ++k;
    if (k + 1 < tokens.size() && sameClause(tokens, what, k + 1) && isOneOf(tokens.at(k).word, {"you"_L1, "u"_L1})
        && isOneOf(tokens.at(k + 1).word, {"want"_L1, "expect"_L1})
        && (clauseEndWithin(tokens, what, 8) == k + 2
            || (wordAt(tokens, k + 2) == "from"_L1 && wordAt(tokens, k + 3) == "me"_L1)))
        return k + 2;
    return -1;
}

// "Check your phone", "look", "it's right there": the proof pointed to in tokens
// [from, to), not a place to be ("and I'll be there at six").
bool pointsToProof(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        const QString &word = tokens.at(k).word;
        if (isOneOf(word, {"check"_L1, "look"_L1})
            || (word == "there"_L1 && !isOneOf(wordAt(tokens, k - 1), goingBeforeThere)))
            return true;
    }
    return false;
}

} // namespace

// Denying a part, excuses, and the charge pushed away or put down to others.
bool CoachHorsemen::findDenialAt(const QString &text, const CoachTokens &tokens, qsizetype i,
                                 QList<CoachFinding> &findings) const
{
    const CoachToken &token = tokens.at(i);
    const auto [word, next, after] = wordsAt(tokens, i);
    // Denying a part: "it wasn't my fault", "not my problem", "so it's my fault?".
    if (word == "my"_L1 && i + 1 < tokens.size()
        && isOneOf(next, dutiesDenied)) {
        const bool asked = asksQuestion(text, tokens, i)
                           && (next == "fault"_L1 || anyWordBefore(tokens, i, 8, {"how"_L1, "why"_L1}));
        // "Oh, of course, it's all my fault", "so now everything is my fault": owned in mockery.
        // "oh so its my fault now": the same, with the "now" after.
        const bool mocked = next == "fault"_L1
                            && (anyWordBefore(tokens, i, 3, {"all"_L1, "everything"_L1, "everything's"_L1})
                                || inClause(tokens, i, i + 2) == "now"_L1)
                            && anyWordBefore(tokens, i, 8, {"so"_L1, "now"_L1, "course"_L1, "apparently"_L1});
        // ("It's hardly my fault": denied all the same.)
        if (negatedBefore(tokens, i) || (i > 0 && isOneOf(wordAt(tokens, i - 1), {"not"_L1, "hardly"_L1}))
            || asked || mocked)
            add(m_denialPattern, text, tokens, i, i + 2, findings);
        return true;
    }
    // "That's not what happened", "it's not what you think", "that's not fair", "that's ridiculous".
    if (isOneOf(word, {"that's"_L1, "it's"_L1, "it"_L1, "that"_L1})) {
        const qsizetype small = std::max({minimisedFrom(tokens, i), trifleFrom(text, tokens, i),
                                          contrastedFrom(tokens, i), notThatFrom(tokens, i)});
        if (small > 0) {
            add(m_denialPattern, text, tokens, i, small, findings);
            return true;
        }
    }
    // "Well, what did you expect?": the outcome put down to the partner's hopes.
    if (word == "what"_L1 && next == "did"_L1 && isOneOf(after, {"you"_L1, "u"_L1})
        && isOneOf(wordAt(tokens, i + 3), {"expect"_L1, "think"_L1}) && clauseEndWithin(tokens, i, 6) == i + 4) {
        add(m_denialPattern, text, tokens, i, i + 4, findings);
        return true;
    }
    if (isOneOf(word, {"that's"_L1, "it's"_L1, "that"_L1}) && headsSentence(tokens, i)) {
        const qsizetype end = clauseEndWithin(tokens, i, 6);
        qsizetype h = i + 1;
        while (h < end && (tokens.at(h).classes & Hedge))
            ++h;
        if (word == "that's"_L1 && h + 1 == end
            && isOneOf(tokens.at(h).word, dismissedCharges)) {
            add(m_denialPattern, text, tokens, i, end, findings);
            return true;
        }
        qsizetype k = i + 1;
        if (word == "that"_L1 && isOneOf(inClause(tokens, i, std::min(k, tokens.size() - 1)), {"is"_L1, "was"_L1}))
            ++k;
        else if (word == "that"_L1)
            return true;
        if (k < tokens.size() && sameClause(tokens, i, k) && isOneOf(tokens.at(k).word, {"not"_L1, "isn't"_L1, "wasn't"_L1})) {
            const QString &what = k + 1 < tokens.size() ? inClause(tokens, i, k + 1) : QString();
            const bool fair = what == "fair"_L1 && clauseEndWithin(tokens, i, 16) == k + 2 && word != "it's"_L1;
            // (Not when it reassures: "That's not true, you're a wonderful cook.")
            bool warm = false;
            for (qsizetype w = k + 2; w < tokens.size() && w < k + 12; ++w)
                warm = warm || (tokens.at(w).classes & Warm);
            if ((isOneOf(what, {"what"_L1, "true"_L1, "how"_L1}) || fair) && !warm)
                add(m_denialPattern, text, tokens, i, k + 2, findings);
        }
        return true;
    }
    // "Don't blame this on me", "stop blaming me", "how is this on me?": the charge pushed away.
    if ((word == "blame"_L1 || word == "blaming"_L1) && i > 0
        && ((tokens.at(i - 1).classes & Negator) || isOneOf(wordAt(tokens, i - 1), {"stop"_L1, "quit"_L1}))) {
        for (qsizetype k = i + 1; k < i + 5 && k < tokens.size() && sameClause(tokens, i, k); ++k) {
            if (tokens.at(k).word == "me"_L1) {
                add(m_denialPattern, text, tokens, i - 1, k + 1, findings);
                break;
            }
        }
        return true;
    }
    if (word == "on"_L1 && next == "me"_L1 && !asksQuestion(text, tokens, i) && clauseEndWithin(tokens, i, 3) == i + 2
        && isOneOf(wordAt(tokens, i - 1), {"not"_L1, "isn't"_L1, "wasn't"_L1})) {
        add(m_denialPattern, text, tokens, i - 1, i + 2, findings); // "That's not on me."
        return true;
    }
    if (word == "on"_L1 && next == "me"_L1 && asksQuestion(text, tokens, i)
        && anyWordBefore(tokens, i, 4, {"how"_L1, "why"_L1, "so"_L1})) {
        add(m_denialPattern, text, tokens, i, i + 2, findings);
        return true;
    }
    if (word == "told"_L1) {
        const qsizetype notTold = notToldFrom(text, tokens, i);
        if (notTold > 0)
            add(m_denialPattern, text, tokens, std::max<qsizetype>(0, i - 2), notTold, findings);
        return true;
    }
    if (word == "how"_L1 && (headsSentence(tokens, i) || isOneOf(wordAt(tokens, i - 1), {"and"_L1, "so"_L1, "well"_L1}))) {
        const qsizetype known = howWasIToKnowFrom(tokens, i);
        if (known > 0)
            add(m_denialPattern, text, tokens, i, known, findings);
        return true;
    }
    // "What more do you want?", "I don't know what else you want from me": the innocent victim.
    if (word == "what"_L1 && isOneOf(next, {"more"_L1, "else"_L1})) {
        const qsizetype end = whatMoreFrom(tokens, i);
        if (end > 0) {
            add(m_victimPattern, text, tokens, i, end, findings);
            return true;
        }
    }
    // "What did you want me to do?", "what am I supposed to do?", "what was I meant to do, walk?",
    // "what could I do?": the choice handed back.
    // After an excuse, in a clause of its own, only the question of what to "do": "The bus didn't
    // come, what was I meant to do, walk?" (not "I'm at the shop, what was I meant to get?").
    const bool heads = headsSentence(tokens, i);
    if (word == "what"_L1 && next != "about"_L1 && (heads || (i > 0 && !sameClause(tokens, i - 1, i)))
        && asksQuestion(text, tokens, i)) {
        for (qsizetype k = i + 1; k < i + 7 && k + 2 < tokens.size() && sameClause(tokens, i, k + 2); ++k) {
            if (!heads && !(wordAt(tokens, k + 2) == "do"_L1 || wordAt(tokens, k + 3) == "do"_L1))
                continue;
            if ((isOneOf(tokens.at(k).word, {"want"_L1, "expect"_L1, "wanted"_L1, "expected"_L1})
                 && wordAt(tokens, k + 1) == "me"_L1 && wordAt(tokens, k + 2) == "to"_L1)
                || (isOneOf(tokens.at(k).word, {"supposed"_L1, "meant"_L1}) && wordAt(tokens, k - 1) == "i"_L1)
                // "What could I do?" as the whole question (not "what could I do to help?").
                || (tokens.at(k).word == "could"_L1 && wordAt(tokens, k + 1) == "i"_L1 && wordAt(tokens, k + 2) == "do"_L1
                    && clauseEndWithin(tokens, k, 4) == k + 3)) {
                add(m_denialPattern, text, tokens, i, k + 2, findings);
                break;
            }
        }
        return true;
    }
    // "Everyone else thinks I'm fine": others called in to deny the charge (not to agree with
    // the partner: "everyone else thought it was too hard as well").
    if (word == "else"_L1 && isOneOf(wordAt(tokens, i - 1), {"everyone"_L1, "everybody"_L1, "nobody"_L1, "one"_L1})
        && isOneOf(next, {"thinks"_L1, "thought"_L1, "minds"_L1, "minded"_L1, "complains"_L1, "seems"_L1})
        && !anyWordIn(tokens, i + 2, sentenceEndWithin(tokens, i, 16), {"too"_L1, "well"_L1, "also"_L1})) {
        add(m_denialPattern, text, tokens, i - 1, i + 2, findings);
        return true;
    }
    // "I had to.": the deed put down to necessity.
    if (word == "had"_L1 && wordAt(tokens, i - 1) == "i"_L1 && next == "to"_L1 && clauseEndWithin(tokens, i, 4) == i + 2
        && headsSentence(tokens, i - 1)) {
        add(m_denialPattern, text, tokens, i - 1, i + 2, findings);
        return true;
    }
    // "I do plenty around here, thank you very much": thanks as a retort, after the point made.
    if (word == "thank"_L1 && next == "you"_L1 && after == "very"_L1 && wordAt(tokens, i + 3) == "much"_L1
        && clauseEndWithin(tokens, i, 6) == i + 4 && i > 0 && tokens.at(i - 1).sentence == token.sentence) {
        add(m_denialPattern, text, tokens, i, i + 4, findings);
        return true;
    }
    // "Sorry you feel that way": an apology that apologises for the partner.
    if (word == "sorry"_L1 && (next == "you"_L1 || (next == "if"_L1 && after == "you"_L1))) {
        const qsizetype verb = next == "you"_L1 ? i + 2 : i + 3;
        if (isOneOf(inClause(tokens, i, std::min(verb, tokens.size() - 1)),
                    partnerFeelingVerbs))
            add(m_denialPattern, text, tokens, i, verb + 1, findings);
        return true;
    }
    // "The dog chewed it, not me.", "the satnav sent us the wrong way, not me": the deed put on
    // someone or something else (not "Mum wants to talk to you, not me", where nothing was done).
    if (word == "me"_L1 && i >= 3 && wordAt(tokens, i - 1) == "not"_L1 && !sameClause(tokens, i - 2, i - 1)
        && sentenceEndWithin(tokens, i, 2) == i + 1) {
        const qsizetype from = sentenceStartWithin(tokens, i, 16);
        const bool someoneElse = !anyIn(tokens, from, i - 1, Partner | Speaker)
            && anyWordIn(tokens, from, i - 1, {"it"_L1, "that"_L1, "this"_L1, "us"_L1})
            && anyIn(tokens, from, i - 1, Article | Determiner);
        // "Blame the satnav, not me.": told where to put it. "You made this weird, not me.", "You
        // caused this mess, not me.": the deed handed to the partner (not "You're the problem here,
        // not me", a charge with no deed, which is blame).
        const qsizetype head = sentenceHead(tokens, from, i);
        const bool blameElsewhere = wordAt(tokens, head) == "blame"_L1 && !(tokens.at(head + 1).classes & Person);
        // ("You made the cake, not me." gives the credit: "made" must make the matter so, "made
        // this weird", "made things awkward".)
        const bool handedBack = isOneOf(wordAt(tokens, head), {"you"_L1, "u"_L1})
            && (isOneOf(wordAt(tokens, head + 1), {"caused"_L1, "started"_L1, "broke"_L1, "ruined"_L1})
                || (wordAt(tokens, head + 1) == "made"_L1
                    && isOneOf(wordAt(tokens, head + 2), {"this"_L1, "that"_L1, "it"_L1, "things"_L1, "everything"_L1})
                    && head + 4 == i - 1));
        if (someoneElse || blameElsewhere || handedBack) {
            add(m_denialPattern, text, tokens, i - 1, i + 1, findings);
            return true;
        }
    }
    // "But I did text you!", "I do so text back", "I DID put petrol in", "I did pay it, check the bank app":
    // the deed insisted on against the charge. An emphatic "did" also owns a part ("Fair point, I did spend a
    // lot"), so only after "but", with "so", or with the proof pointed to; never "I did enjoy it", "I do love
    // you", nor a question.
    if (word == "i"_L1 && isOneOf(next, {"did"_L1, "do"_L1}) && sameClause(tokens, i, i + 2)) {
        const qsizetype verb = after == "so"_L1 ? i + 3 : i + 2;
        const QString &done = wordAt(tokens, verb);
        const CoachToken &aux = tokens.at(i + 1);
        const bool shouted = QStringView(text).mid(aux.start, aux.end - aux.start) == u"DID";
        // The proof may be pointed to in the next sentence ("I did text you. Check your phone."), or
        // the deed undone by someone else ("I did put it away, someone moved it").
        const qsizetype said = sentenceEndWithin(tokens, verb, 16);
        const bool proofNext = said < tokens.size() && isOneOf(tokens.at(said).word, {"check"_L1, "look"_L1});
        const bool insists = after == "so"_L1 || shouted
            || (next == "did"_L1
                && (wordAt(tokens, i - 1) == "but"_L1 || pointsToProof(tokens, verb, said) || proofNext
                    || anyWordIn(tokens, verb, said, {"someone"_L1, "somebody"_L1})));
        if (insists && !done.isEmpty() && !done.endsWith("ed"_L1) && !done.endsWith("ing"_L1)
            && !(tokens.at(verb).classes & (Warm | Negator | Partner | Auxiliary | Article))
            && !isOneOf(done,
                {"enjoy"_L1, "like"_L1, "think"_L1, "wonder"_L1, "want"_L1, "mean"_L1, "not"_L1, "it"_L1,
                    "that"_L1, "this"_L1, "wrong"_L1, "say"_L1})
            && sameClause(tokens, i, verb) && !asksQuestion(text, tokens, i)
            && !warmBetween(tokens, 0, tokens.size())) {
            add(m_denialPattern, text, tokens, i, verb + 1, findings);
            return true;
        }
    }
    // "I didn't know it was that important to you", "if I'd known it mattered that much I'd
    // have done it": not knowing it mattered, as the whole answer (not "I didn't realise it
    // mattered so much to you. Thanks for telling me.", which takes it in).
    const bool unknowing
        = (word == "i"_L1 && next == "didn't"_L1 && isOneOf(after, {"know"_L1, "realise"_L1, "realize"_L1}))
        || (word == "if"_L1 && next == "i'd"_L1 && after == "known"_L1);
    // (Of the matter at hand, "it" or "that": "I didn't know the meeting was important" reports.)
    if (unknowing && isOneOf(wordAt(tokens, i + 3), {"it"_L1, "that"_L1, "it's"_L1, "this"_L1})
        && !warmBetween(tokens, 0, tokens.size())) {
        const qsizetype to = clauseEndWithin(tokens, i + 3, 8);
        for (qsizetype k = i + 3; k < to; ++k) {
            if (isOneOf(tokens.at(k).word, {"mattered"_L1, "matters"_L1, "important"_L1})
                || (tokens.at(k).word == "deal"_L1 && wordAt(tokens, k - 1) == "big"_L1)) {
                add(m_denialPattern, text, tokens, i, k + 1, findings);
                return true;
            }
        }
    }
    const qsizetype recast = word == "i"_L1 ? reframeFrom(tokens, i) : -1;
    const qsizetype wronged = isOneOf(word, {"i"_L1, "i'm"_L1}) ? wrongedFrom(tokens, i) : -1;
    if (recast > 0 || wronged > 0) {
        add(recast > 0 ? m_denialPattern : m_victimPattern, text, tokens, i, std::max(recast, wronged), findings);
        return true;
    }
    const qsizetype state = isOneOf(word, {"i"_L1, "i've"_L1}) ? stateExcuseFrom(tokens, i) : -1;
    const qsizetype excuse = word == "i"_L1
        ? std::max({excuseFrom(tokens, i), didAsAskedFrom(tokens, i), state, onlySoMuchFrom(text, tokens, i),
            circumstanceExcuseFrom(text, tokens, i)})
        : state;
    // (The question mark of an insisting tag asks nothing: "I was busy, okay?")
    const bool insisted = state > 0 && isOneOf(wordAt(tokens, state), {"okay"_L1, "ok"_L1, "alright"_L1});
    if (excuse > 0 && (insisted || !asksQuestion(text, tokens, i))) {
        add(m_denialPattern, text, tokens, i, excuse, findings);
        return true;
    }
    // ("No, I didn't.": a "no" opening the answer denies along with the clause; it does not undo it.)
    const bool answersNo = i > 0 && isOneOf(wordAt(tokens, i - 1), {"no"_L1, "nope"_L1, "nah"_L1})
        && headsSentence(tokens, i - 1);
    if ((token.classes & Speaker) && !(token.classes & Determiner)
        && !isOneOf(word, {"me"_L1, "myself"_L1, "mine"_L1}) && (answersNo || !negatedBefore(tokens, i))) {
        // (A denial put as a question checks a fact: "I'm not late, am I?")
        const qsizetype denial = denialFrom(tokens, i);
        if (denial > 0 && !asksQuestion(text, tokens, i) && !asksForTimeAfter(tokens, denial)) {
            add(m_denialPattern, text, tokens, i, denial, findings);
            return true;
        }
    }
    return false;
}
