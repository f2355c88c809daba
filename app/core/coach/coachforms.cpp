// SPDX-License-Identifier: GPL-3.0-or-later
// The coach's forms of blame that no fixed phrase holds; part of Coach.
#include "coach.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

namespace {

using namespace Qt::StringLiterals;

// The speaker's own lapses and losses, put down to what the partner did: "I
// wouldn't have yelled if you hadn't wound me up", "we lost the deposit because
// you ..." ("lost" is also a feeling, so the lexicon alone does not say it).
constexpr QLatin1StringView speakerLapses[] = {
    "yelled"_L1, "shouted"_L1, "snapped"_L1, "screamed"_L1, "swore"_L1, "sworn"_L1, "forgotten"_L1, "forgot"_L1,
    "missed"_L1, "late"_L1, "lost"_L1,
};

// Outcomes that went wrong for the couple or their things, whatever the
// valence lexicon says of the word: "the car got towed", "the party was
// awkward", "the weekend is gone", "every holiday gets wrecked".
constexpr QLatin1StringView badOutcomes[] = {"towed"_L1, "clamped"_L1, "fined"_L1, "flat"_L1, "awkward"_L1,
    "gone"_L1, "wrecked"_L1, "ruined"_L1, "spoiled"_L1, "spoilt"_L1, "mess"_L1, "cancelled"_L1, "broken"_L1,
    "stuck"_L1, "apart"_L1, "sideways"_L1, "bouncing"_L1, "wasted"_L1, "soaked"_L1, "burnt"_L1};

// After "I couldn't", what the speaker longed to do, not what they were kept
// from: "I couldn't wait", "I couldn't stop smiling", "I couldn't believe it".
constexpr QLatin1StringView eagerAfterCouldnt[]
    = {"wait"_L1, "stop"_L1, "help"_L1, "believe"_L1, "resist"_L1};

} // namespace

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

// "You disappointed me", "you really upset me": the partner as the cause of a
// hurt that the valence lexicon names, beyond the listed phrases.
void Coach::findBlameByValence(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    if (m_hurtMePattern < 0)
        return;
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens.at(i).word != "you"_L1 || !isPartnerSubject(tokens, i))
            continue;
        const qsizetype verb = skipForward(tokens, i, Hedge, 2);
        if (verb < 0 || verb + 1 >= tokens.size() || !(tokens.at(verb).classes & Negative) || isGerund(tokens.at(verb)))
            continue;
        if (tokens.at(verb + 1).word != "me"_L1 || !sameClause(tokens, verb, verb + 1))
            continue;
        findings.append(fromPattern(text, tokens, i, verb + 2, m_hurtMePattern));
    }
    findPutInAState(text, tokens, findings);
    findBlameForOutcome(text, tokens, findings);
    // "Your sulking has ruined the whole day", "your moods wreck every holiday": the partner's
    // ways as what spoiled it (not "your lasagne has ruined me for other lasagne").
    for (qsizetype i = 0; i + 2 < tokens.size() && m_ruinedPattern >= 0; ++i) {
        if (tokens.at(i).word != "your"_L1)
            continue;
        for (qsizetype k = i + 2; k < i + 5 && k < tokens.size() && sameClause(tokens, i, k); ++k) {
            if (isOneOf(tokens.at(k).word, {"ruined"_L1, "ruins"_L1, "spoiled"_L1, "spoilt"_L1, "spoils"_L1, "wrecked"_L1,
                                            "wrecks"_L1})
                && !(isOneOf(wordAt(tokens, k + 1), {"me"_L1, "us"_L1}) && wordAt(tokens, k + 2) == "for"_L1)
                && !negatedBefore(tokens, k) && !warmBetween(tokens, i, clauseEnd(tokens, k))) {
                findings.append(fromPattern(text, tokens, i, k + 1, m_ruinedPattern));
                break;
            }
        }
    }
}

// "We lost the deposit because you didn't read the lease", "I was late cos u
// took the keys", "I'm upset because you forgot", "Because you overslept, I had
// to cancel": a bad outcome or the speaker's hurt, with the partner's deed as
// its cause, or a lapse of the partner's as the cause of anything. Not when
// the outcome is good ("I got the room because you booked early"), the
// partner is already the subject ("you never help because you're lazy") or
// it is asked or thanked for.
void Coach::findBlameForOutcome(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    if (m_becausePattern < 0)
        return;
    const auto bad = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if ((tokens.at(k).classes & Negative) || isOneOf(tokens.at(k).word, speakerLapses)
                || isOneOf(tokens.at(k).word, badOutcomes))
                return true;
            // "I couldn't sleep", "we can't relax": the speaker kept from something
            // (and "couldn't stop smiling" longed for, the "stop" passed over).
            if (k > from && (tokens.at(k - 1).classes & (Speaker | Shared))
                && tokens.at(k).word.endsWith("n't"_L1) && (tokens.at(k).classes & Auxiliary)) {
                if (!isOneOf(wordAt(tokens, k + 1), eagerAfterCouldnt))
                    return true;
                ++k;
            }
        }
        return false;
    };
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        if (!isOneOf(tokens.at(i).word, {"because"_L1, "cos"_L1, "coz"_L1, "cuz"_L1})
            || !sameClause(tokens, i, i + 1))
            continue;
        // "because you said", or "because of what you said", "because of how you drive".
        // "Because of your lateness": the partner's habit or deed as the cause.
        const bool ofYour = wordAt(tokens, i + 1) == "of"_L1 && wordAt(tokens, i + 2) == "your"_L1
            && sameClause(tokens, i, i + 3) && !(tokens.at(i + 3).classes & (Person | Warm));
        const qsizetype you = wordAt(tokens, i + 1) == "of"_L1
                && isOneOf(wordAt(tokens, i + 2), {"what"_L1, "how"_L1}) && sameClause(tokens, i, i + 3)
            ? i + 3
            : ofYour ? i + 2
                     : i + 1;
        if (!isOneOf(wordAt(tokens, you), {"you"_L1, "u"_L1, "you've"_L1, "you'd"_L1}) && !ofYour)
            continue;
        const qsizetype from = sentenceStartWithin(tokens, i, 16);
        const qsizetype to = sentenceEndWithin(tokens, i, 16);
        const qsizetype causeEnd = clauseEndWithin(tokens, i, 12);
        // "Because you overslept, I had to cancel": the outcome after the cause.
        const bool heads = i == from && causeEnd < to;
        // (Not a reason with no outcome before it: "Oh sure, because you've NEVER been late".)
        if ((!heads && (i - from < 2 || sentenceHead(tokens, from, to) == i))
            || anyIn(tokens, from, i, Partner) || warmBetween(tokens, from, to)
            || asksQuestion(text, tokens, i) || negatedBefore(tokens, i))
            continue;
        // The partner's lapse as the cause: "because you forgot", "because you didn't call".
        // (Not "I stayed in because you weren't well", which cares.)
        const bool lapse = anyWordIn(tokens, you + 1, std::min(causeEnd, you + 3),
            {"didn't"_L1, "never"_L1, "wouldn't"_L1, "forgot"_L1, "overslept"_L1, "missed"_L1, "left"_L1,
                "lost"_L1, "yelled"_L1, "snore"_L1, "sulked"_L1});
        if (lapse
            || (heads ? bad(causeEnd, to) || anyWordIn(tokens, causeEnd, to, {"had"_L1, "stuck"_L1})
                      : bad(from, i)))
            findings.append(fromPattern(text, tokens, i, you + 2, m_becausePattern));
    }
}

// "You've got me so anxious", "you get me so worked up", "you put me in a foul
// mood", "you're stressing me out", "you got us kicked out": the partner as the
// cause of a bad state the speaker is in (not "you got me flowers", "you get
// me", "you're killing me, haha", "you're freaking me out lol").
void Coach::findPutInAState(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i + 3 < tokens.size(); ++i) {
        const QString &who = tokens.at(i).word;
        if (!isOneOf(who, {"you"_L1, "you've"_L1, "you're"_L1}) || !isPartnerSubject(tokens, i))
            continue;
        const qsizetype verb = skipForward(tokens, i, Hedge, 2);
        if (verb < 0 || verb + 2 >= tokens.size() || !sameClause(tokens, i, verb + 2)
            || !isOneOf(tokens.at(verb + 1).word, {"me"_L1, "us"_L1}))
            continue;
        const QString &did = tokens.at(verb).word;
        qsizetype state = verb + 2;
        while (state + 1 < tokens.size() && (tokens.at(state).classes & Hedge) && sameClause(tokens, state, state + 1))
            ++state;
        const CoachToken &how = tokens.at(state);
        const QString &then = inClause(tokens, state, state + 1);
        bool puts = false;
        if (who == "you're"_L1)
            // (Stirring a state, "stressing me out", "upsetting me"; not a deed, "punishing me".)
            puts = isGerund(tokens.at(verb)) && (tokens.at(verb).classes & Negative) && !laughsBetween(tokens, 0, tokens.size())
                   && (how.word == "out"_L1 || isOneOf(did, {"upsetting"_L1, "annoying"_L1, "frustrating"_L1, "scaring"_L1,
                                                             "worrying"_L1, "confusing"_L1, "depressing"_L1, "irritating"_L1}));
        else if (isOneOf(did, {"get"_L1, "gets"_L1, "got"_L1, "getting"_L1}))
            puts = ((how.classes & Negative) && !isGerund(how))
                || (isOneOf(how.word, {"worked"_L1, "wound"_L1}) && then == "up"_L1)
                || (how.word == "in"_L1 && isOneOf(then, {"trouble"_L1, "debt"_L1})) // "got me in trouble"
                || isOneOf(
                    how.word, {"kicked"_L1, "thrown"_L1, "banned"_L1, "fired"_L1, "stuck"_L1, "lost"_L1});
        else if (isOneOf(did, {"put"_L1, "puts"_L1}) && how.word == "in"_L1) {
            const qsizetype to = std::min(state + 5, clauseEnd(tokens, state));
            puts = anyWordIn(tokens, state + 1, to, {"mood"_L1})
                   && (anyIn(tokens, state + 1, to, Negative) || anyWordIn(tokens, state + 1, to, {"foul"_L1, "bad"_L1, "filthy"_L1}));
        }
        if (puts)
            findings.append(fromPattern(text, tokens, i, state + 1, m_hurtMePattern));
    }
}

// "If you hadn't been so late, we wouldn't have missed the train": the past
// replayed with the partner as the cause of something bad. Not gratitude: "if
// you hadn't helped me, I wouldn't have finished" (nothing bad was avoided)
// and "if you hadn't called, I would have missed it" (the bad thing was).
void Coach::findCounterfactualBlame(const QString &text, const CoachTokens &tokens,
                                    QList<CoachFinding> &findings) const
{
    if (m_counterfactualPattern < 0)
        return;
    // Within the sentence, and near: a sentence with no full stop may be a whole page.
    constexpr qsizetype reach = 24;
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        // "Had you locked the door, ...": "if you had" put the other way round.
        const bool inverted = isOneOf(tokens.at(i).word, {"had"_L1, "hadn't"_L1}) && tokens.at(i + 1).word == "you"_L1
                              && headsSentence(tokens, i) && !asksQuestion(text, tokens, i);
        if (!inverted && (tokens.at(i).word != "if"_L1 || !isOneOf(tokens.at(i + 1).word, {"you"_L1, "you'd"_L1, "youd"_L1, "u"_L1})
                          || !sameClause(tokens, i, i + 2)))
            continue;
        // "If you'd left when I said": "you'd" with a past participle is "you had"
        // ("if you'd like" is a wish). A hedge may come between: "if you'd just told me".
        const bool youd = isOneOf(tokens.at(i + 1).word, {"you'd"_L1, "youd"_L1});
        const QString &had = youd ? tokens.at(i + 1).word : tokens.at(inverted ? i : i + 2).word;
        if (youd) {
            const qsizetype p = (tokens.at(i + 2).classes & Hedge) && i + 3 < tokens.size() ? i + 3 : i + 2;
            const QString &verb = tokens.at(p).word;
            // (Or any verb taking its object: "if you'd set the alarm", "if you'd put it back".)
            const bool takesObject = p + 1 < tokens.size() && sameClause(tokens, p, p + 1)
                                     && (tokens.at(p + 1).classes & (Article | Determiner))
                                     && !isOneOf(verb, {"like"_L1, "rather"_L1, "prefer"_L1, "love"_L1, "better"_L1});
            if (!(verb.endsWith("ed"_L1) || takesObject
                  || isOneOf(verb, {"left"_L1, "told"_L1, "been"_L1, "done"_L1, "said"_L1, "gone"_L1, "come"_L1, "got"_L1,
                                    "taken"_L1, "made"_L1, "let"_L1, "kept"_L1})))
                continue;
        }
        else if (had != "had"_L1 && had != "hadn't"_L1 && had != "hadnt"_L1)
            continue;
        qsizetype conditionEnd = i;
        // The condition ends at its comma, or unpunctuated where the consequence's subject and
        // modal begin ("if youd checked the map we wouldnt have got lost").
        const auto consequenceStarts = [&](qsizetype k) {
            return k > i + 2 && (tokens.at(k).classes & Person) && k + 1 < tokens.size()
                   && (tokens.at(k).word.endsWith("'d"_L1) || tokens.at(k + 1).word.startsWith(u"would"_s)
                       || tokens.at(k + 1).word.startsWith(u"could"_s));
        };
        while (conditionEnd < tokens.size() && conditionEnd < i + reach && sameClause(tokens, conditionEnd, i)
               && !consequenceStarts(conditionEnd))
            ++conditionEnd;
        bool modal = false;
        bool negated = false;
        bool bad = false;
        bool late = false;
        bool couldHave = false;    // "I could have got the time off": a chance it cost
        bool partnerWould = false; // "you'd have seen the cyclist": what the partner would have done
        bool conditionNegated = false;
        bool fine = false; // "if you hadn't invited him, the evening would've been fine"
        bool conditionBad = false; // "if you hadn't left the window open": a wrong not done
        bool speakerSubject = false; // "I wouldn't have ...": the consequence is the speaker's
        bool lapse = false;
        bool rightNow = false; // "we'd be on a beach right now" (not "I'd be lost right now": thanks)
        for (qsizetype k = i; k < conditionEnd; ++k) {
            conditionNegated = conditionNegated || (tokens.at(k).classes & Negator);
            conditionBad = conditionBad || (tokens.at(k).classes & (Negative | NotLabel)) == Negative
                           || isOneOf(tokens.at(k).word, ContemptWords::partnerFailures);
        }
        const int sentence = tokens.at(i).sentence;
        qsizetype from = i;
        while (from > 0 && from > i - reach && tokens.at(from - 1).sentence == sentence)
            --from;
        qsizetype to = conditionEnd;
        while (to < tokens.size() && to < conditionEnd + reach && tokens.at(to).sentence == sentence)
            ++to;
        for (qsizetype k = from; k < to; ++k) {
            if (k >= i && k < conditionEnd)
                continue;
            const CoachToken &token = tokens.at(k);
            modal = modal || token.word.startsWith(u"would"_s) || token.word.startsWith(u"could"_s)
                    || token.word.endsWith(u"'d"_s);
            negated = negated || (token.classes & Negator) || isOneOf(token.word, {"none"_L1, "never"_L1});
            couldHave = couldHave || (token.word.startsWith(u"could"_s) && !(token.classes & Negator));
            partnerWould = partnerWould || (isOneOf(token.word, {"you'd"_L1, "youd"_L1})
                                            || (token.word == "you"_L1 && isOneOf(wordAt(tokens, k + 1), {"would"_L1, "could"_L1})));
            // (Or the speaker's own lapse put down to the partner: "I wouldn't have yelled if ...".)
            bad = bad || (token.classes & Negative) || isOneOf(token.word, {"happened"_L1, "happen"_L1})
                  || isOneOf(token.word, speakerLapses);
            speakerSubject = speakerSubject || isOneOf(token.word, {"i"_L1, "i'd"_L1, "id"_L1});
            lapse = lapse || isOneOf(token.word, speakerLapses);
            // "..., we'd be there by now", "the bike would still be here": what the partner cost,
            // said without a "not" ("if you hadn't called, I'd still be waiting" is thanks).
            late = late || (token.word == "now"_L1 && k > 0 && tokens.at(k - 1).word == "by"_L1)
                   || (token.word == "still"_L1 && !conditionNegated);
            fine = fine || isOneOf(token.word, {"fine"_L1, "okay"_L1, "ok"_L1, "perfect"_L1});
            rightNow = rightNow || (token.word == "now"_L1 && k > 0 && tokens.at(k - 1).word == "right"_L1);
        }
        // What the partner did (not) do, replayed: a bad thing followed ("if you'd checked the map we
        // wouldn't have got lost"), a chance was lost ("... I could have got the time off"), or the
        // partner would have done better ("if you hadn't been on your phone, you'd have seen it").
        // Not gratitude ("if you hadn't helped me, I wouldn't have finished") nor a kindness missed.
        const bool kind = kindnessToThePartner(tokens, conditionEnd, to) || warmBetween(tokens, from, i);
        // ("If you hadn't spent it all, we could have gone to Lisbon": the chance the deed cost.)
        const bool replayed = !kind && (conditionNegated ? partnerWould || (couldHave && !bad) || (conditionBad && (negated || fine))
                                                         : (negated || couldHave));
        if (modal && ((negated && bad) || late || (rightNow && !bad) || replayed)) {
            findings.append(fromPattern(text, tokens, i, i + 3, m_counterfactualPattern));
            // The speaker's own lapse handed to the partner ("I wouldn't have yelled if you hadn't
            // wound me up") defends as well as blames.
            if (speakerSubject && lapse && negated && m_handedBackPattern >= 0)
                findings.append(fromPattern(text, tokens, i, i + 3, m_handedBackPattern));
        }
    }
}
