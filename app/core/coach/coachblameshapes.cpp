// SPDX-License-Identifier: GPL-3.0-or-later
// Blame in word orders no fixed phrase holds: the bad thing laid at the
// partner's door ("that's on you", "it's down to you"), the partner's ways
// named as the reason ("your snoring is why I'm a wreck", "because of your
// drumming"), and the partner as the one who made a shared thing bad ("you've
// made this whole trip miserable", "you turned dinner into a disaster"), and
// the speaker put off or in a bad spot ("you've put me off camping"); part of
// Coach.
#include "coach.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// A bad word in [from, to) that is not part of something warm.
bool badBetween(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if ((tokens.at(k).classes & (Negative | NotLabel)) == Negative
            || isOneOf(tokens.at(k).word, {"mess"_L1, "ruined"_L1, "wrecked"_L1, "spoiled"_L1, "spoilt"_L1, "gone"_L1,
                                           "late"_L1, "sacked"_L1, "headache"_L1, "can't"_L1, "cannot"_L1}))
            return true;
    }
    return false;
}

// "That's on you", "this whole mess is down to you", "it's all on you that
// ...": `on` is "on" or "down" (of "down to"). Returns the end, or -1. Not
// paying ("dinner's on you tonight", "the next round is on you"): the
// sentence must hold something bad, or the "that" must point back at a clause
// before it ("our savings are gone and that's on you").
qsizetype laidOnYouFrom(const QString &text, const CoachTokens &tokens, qsizetype on)
{
    qsizetype you = on + 1;
    if (tokens.at(on).word == "down"_L1) {
        if (wordAt(tokens, you) != "to"_L1)
            return -1;
        ++you;
    }
    if (!isOneOf(wordAt(tokens, you), {"you"_L1, "u"_L1}) || !sameClause(tokens, on, you) || asksQuestion(text, tokens, on))
        return -1;
    qsizetype be = on - 1;
    while (be > 0 && isOneOf(tokens.at(be).word, {"all"_L1, "entirely"_L1, "totally"_L1, "completely"_L1, "squarely"_L1,
                                                  "100%"_L1, "fully"_L1}))
        --be;
    const QString &verb = wordAt(tokens, be);
    const bool contracted = isOneOf(verb, {"that's"_L1, "it's"_L1, "this's"_L1});
    if (be < 0 || !sameClause(tokens, be, on) || negatedBefore(tokens, be)
        || !(contracted || isOneOf(verb, {"is"_L1, "was"_L1, "are"_L1, "were"_L1})))
        return -1;
    const qsizetype from = sentenceStartWithin(tokens, on, 16);
    const qsizetype to = sentenceEndWithin(tokens, on, 16);
    if (warmBetween(tokens, from, to))
        return -1;
    const bool pointsBack = (verb == "that's"_L1 || (verb == "is"_L1 && wordAt(tokens, be - 1) == "that"_L1))
                            && be - from >= 2;
    // "It's on you that we're eating cereal for dinner": what follows is laid on the partner.
    if (verb == "it's"_L1 && wordAt(tokens, you + 1) == "that"_L1 && sameClause(tokens, you, you + 1))
        return you + 1;
    return badBetween(tokens, from, to) || pointsBack ? you + 1 : -1;
}

// "Your snoring is why I'm a wreck", "your mess is the reason we lost the
// deposit", "your shouting is what got the neighbours complaining": the
// partner's ways as the reason for something bad. `your` is "your".
qsizetype yourWaysTheReasonFrom(const CoachTokens &tokens, qsizetype your)
{
    const qsizetype end = clauseEndWithin(tokens, your, 12);
    for (qsizetype k = your + 2; k < your + 5 && k + 1 < end; ++k) {
        if (!isOneOf(tokens.at(k).word, {"is"_L1, "was"_L1, "are"_L1}))
            continue;
        qsizetype r = k + 1;
        if (wordAt(tokens, r) == "the"_L1 && wordAt(tokens, r + 1) == "reason"_L1)
            ++r;
        else if (!isOneOf(wordAt(tokens, r), {"why"_L1, "what"_L1}))
            return -1;
        const qsizetype to = sentenceEndWithin(tokens, your, 20);
        if (negatedBefore(tokens, k + 1) || warmBetween(tokens, your, to) || !badBetween(tokens, your + 1, to))
            return -1;
        return r + 1;
    }
    return -1;
}

// "Your moods make me miserable", "ur snoring makes me want to scream", "your
// comments made me feel small": the partner's ways as the maker of the speaker's
// bad feeling, as "you make me ..." is. The thing is a word or two; the feeling
// bad, and nothing warm in the sentence (not "your jokes make me laugh", "your
// hugs make me feel safe"). `your` is "your". Returns the end, or -1.
qsizetype yourWaysMakeMeFrom(const CoachTokens &tokens, qsizetype your)
{
    for (qsizetype k = your + 2; k < your + 4 && k + 2 < tokens.size(); ++k) {
        if (!(tokens.at(k).classes & Causative))
            continue;
        if (tokens.at(k + 1).word != "me"_L1 || !sameClause(tokens, your, k + 1) || negatedBefore(tokens, k))
            return -1;
        const qsizetype end = clauseEndWithin(tokens, k, 8);
        const bool bad = badBetween(tokens, k + 2, end)
                         || anyWordIn(tokens, k + 2, end, {"scream"_L1, "cry"_L1, "sick"_L1, "miserable"_L1});
        if (!bad || warmBetween(tokens, sentenceStartWithin(tokens, your, 16), sentenceEndWithin(tokens, your, 20)))
            return -1;
        return k + 2;
    }
    return -1;
}

// "You've made this whole trip miserable", "you made the dinner awkward",
// "you turned a nice evening into a disaster": a shared thing made bad. The
// bad word closes the clause (or comes before "than"); not "you made the sad
// film bearable", and never with "me" or "us" (read elsewhere).
qsizetype madeItBadFrom(const CoachTokens &tokens, qsizetype you)
{
    const qsizetype verb = skipForward(tokens, you, Hedge | Frequency, 2);
    if (verb < 0)
        return -1;
    qsizetype v = verb;
    if (isOneOf(tokens.at(v).word, {"have"_L1, "has"_L1}) && v + 1 < tokens.size())
        ++v;
    const QString &did = tokens.at(v).word;
    const bool turned = isOneOf(did, {"turned"_L1, "turn"_L1, "turning"_L1});
    if (!turned && !isOneOf(did, {"made"_L1, "make"_L1, "making"_L1}))
        return -1;
    const QString &object = wordAt(tokens, v + 1);
    if (!isOneOf(object, {"this"_L1, "that"_L1, "it"_L1, "the"_L1, "our"_L1, "my"_L1, "everything"_L1, "a"_L1}))
        return -1;
    const qsizetype end = clauseEndWithin(tokens, v, 14);
    // The thing made comes first: a pronoun, or a determiner and its noun ("you made a mistake" made nothing bad).
    const qsizetype first = isOneOf(object, {"the"_L1, "our"_L1, "my"_L1, "a"_L1}) ? v + 3 : v + 2;
    qsizetype bad = -1;
    qsizetype into = -1;
    for (qsizetype k = v + 2; k < end; ++k) {
        if (tokens.at(k).word == "into"_L1)
            into = k;
        if ((tokens.at(k).classes & Warm) && (!turned || into > 0))
            return -1; // (a nice dinner turned into a disaster is still blame)
        const bool closes = k + 1 == end || isOneOf(tokens.at(k + 1).word, {"than"_L1, "for"_L1, "of"_L1});
        if (k >= first && ((closes && ((tokens.at(k).classes & (Negative | NotLabel)) == Negative
                                       || isOneOf(tokens.at(k).word, {"harder"_L1, "worse"_L1, "awkward"_L1, "disaster"_L1,
                                                                      "nightmare"_L1, "miserable"_L1, "hell"_L1})))
                           || tokens.at(k).word == "worst"_L1))
            bad = k;
    }
    if (turned && (into < 0 || bad < into))
        return -1; // "you turned the music up" is no harm; "turned it into a disaster" is
    return bad > 0 && !negatedBefore(tokens, v) ? bad + 1 : -1;
}

// "You've put me off my food", "you put me in a horrible position with my
// friends": the speaker's lost taste or bad spot laid on the partner (not "you
// put me in charge", "could you put me down for two?"). `put` is "put".
// Also "you've put me right off", "u always put me in a bad mood", and "got" for
// "put": "you got me into trouble with the landlord", "youve got me all worked up".
qsizetype putMeFrom(const CoachTokens &tokens, qsizetype put)
{
    if (wordAt(tokens, put + 1) != "me"_L1 || !sameClause(tokens, put, put + 2))
        return -1;
    const bool got = tokens.at(put).word != "put"_L1;
    qsizetype where = put + 2;
    if (isOneOf(wordAt(tokens, where), {"right"_L1, "completely"_L1, "totally"_L1, "all"_L1}))
        ++where;
    if (!got && wordAt(tokens, where) == "off"_L1)
        return wordAt(tokens, where + 1) == "at"_L1 ? -1 : where + 1;
    if (got && isOneOf(wordAt(tokens, where), {"worked"_L1, "wound"_L1}) && wordAt(tokens, where + 1) == "up"_L1)
        return where + 2;
    const qsizetype end = clauseEndWithin(tokens, put, 8);
    if (!isOneOf(wordAt(tokens, where), {"in"_L1, "into"_L1}))
        return -1;
    for (qsizetype k = where + 1; k < end; ++k) {
        if (isOneOf(tokens.at(k).word, {"position"_L1, "trouble"_L1, "debt"_L1})
            || (tokens.at(k).word == "mood"_L1 && badBetween(tokens, where + 1, k)))
            return k + 1;
    }
    return -1;
}

} // namespace

void Coach::findBlameShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    if (m_becausePattern < 0 || m_ruinedPattern < 0)
        return;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        if (isOneOf(word, {"on"_L1, "down"_L1}) && i > 0) {
            const qsizetype end = laidOnYouFrom(text, tokens, i);
            if (end > 0)
                findings.append(fromPattern(text, tokens, i, end, m_becausePattern));
        }
        else if (word == "your"_L1) {
            const qsizetype end = yourWaysTheReasonFrom(tokens, i);
            if (end > 0)
                findings.append(fromPattern(text, tokens, i, end, m_becausePattern));
            const qsizetype makes = end > 0 ? -1 : yourWaysMakeMeFrom(tokens, i);
            if (makes > 0)
                findings.append(fromPattern(text, tokens, i, makes, m_becausePattern));
            // "Because of your snoring I've had no sleep", "thanks to your commentary, the match is spoiled".
            const bool owing = (i >= 2 && wordAt(tokens, i - 1) == "of"_L1 && wordAt(tokens, i - 2) == "because"_L1)
                               || (i >= 2 && wordAt(tokens, i - 1) == "to"_L1 && wordAt(tokens, i - 2) == "thanks"_L1);
            const qsizetype from = sentenceStartWithin(tokens, i, 16);
            const qsizetype to = sentenceEndWithin(tokens, i, 20);
            // (The "thanks" of "thanks to" is no warmth of its own.)
            if (owing && !warmBetween(tokens, from, i - 2) && !warmBetween(tokens, i + 1, to)
                && (badBetween(tokens, from, i - 2) || badBetween(tokens, i + 1, to)))
                findings.append(fromPattern(text, tokens, i - 2, i + 1, m_becausePattern));
        }
        else if (isOneOf(word, {"you"_L1, "you've"_L1}) && isPartnerSubject(tokens, i)) {
            const qsizetype end = madeItBadFrom(tokens, i);
            if (end > 0)
                findings.append(fromPattern(text, tokens, i, end, m_ruinedPattern));
            qsizetype put = skipForward(tokens, i, Hedge | Frequency, 2);
            if (put > 0 && isOneOf(tokens.at(put).word, {"have"_L1, "has"_L1}) && put + 1 < tokens.size())
                ++put; // "you have put me right off"
            const qsizetype putEnd = put > 0 && isOneOf(tokens.at(put).word, {"put"_L1, "got"_L1}) && !negatedBefore(tokens, put)
                                         ? putMeFrom(tokens, put) : -1;
            if (putEnd > 0)
                findings.append(fromPattern(text, tokens, i, putEnd, m_ruinedPattern));
        }
    }
}
