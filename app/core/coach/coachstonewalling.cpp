// SPDX-License-Identifier: GPL-3.0-or-later
// Stonewalling: the speaker shutting the conversation; part of CoachHorsemen.
#include "coachhorsemen.h"

#include "coachgrammar.h"
#include "coachstonewallingclauses.h"
#include "coachstonewallingwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace StonewallingWords;
using namespace StonewallingClauses;

namespace {

// The match opens its clause (after interjections) and ends it (before "then",
// "okay" and the like): "Fine. Do what you want." but not "I'll do what you want".
bool fillsClause(const CoachTokens &tokens, const PhraseMatch &match)
{
    qsizetype first = match.begin;
    while (first > 0 && sameClause(tokens, first - 1, match.begin) && isInterjection(tokens.at(first - 1).word))
        --first;
    if (first > 0 && sameClause(tokens, first - 1, match.begin))
        return false;
    qsizetype last = match.end;
    const qsizetype end = clauseEnd(tokens, match.begin);
    // "I can't be bothered with this", "not wasting my breath on you": the talk or the partner as its object.
    if (last + 1 < end && isOneOf(tokens.at(last).word, {"with"_L1, "on"_L1})
        && isOneOf(tokens.at(last + 1).word, {"this"_L1, "you"_L1}))
        last += 2;
    while (last < end && isOneOf(tokens.at(last).word, clauseTails))
        ++last;
    return last == end;
}

// A break with a return is the antidote, not the horseman: "I need twenty
// minutes, then I want to finish this", "once I've calmed down", "on Sunday".
// A time of day says when the talk resumes ("in the morning", "not tonight",
// "let's talk tonight"), or only when the speaker does something else: "I'm
// sleeping in the spare room tonight. Conversation's over."
bool timeForTheTalk(const CoachTokens &tokens, qsizetype at)
{
    if (isOneOf(inClause(tokens, at, at - 1), {"in"_L1, "on"_L1, "by"_L1, "until"_L1, "till"_L1, "not"_L1, "this"_L1,
                                               "next"_L1, "the"_L1}))
        return true;
    for (qsizetype k = at - 1; k >= 0 && k > at - 8 && sameClause(tokens, k, at); --k) {
        if (isOneOf(tokens.at(k).word, resumeVerbs) || (tokens.at(k).classes & MeetAgainCue))
            return true;
    }
    return false;
}

bool promisesReturn(const CoachTokens &tokens)
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens.at(i).word == "or"_L1 && tokens.at(i + 1).word == "ever"_L1)
            return false; // "Not doing this tonight. Or ever."
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & Return))
            continue; // the words are in CoachHorsemen's constructor
        const QString &word = tokens.at(i).word;
        if (i + 1 < tokens.size() && tokens.at(i + 1).word == "ago"_L1)
            continue; // "ten minutes ago" is the past
        if (word == "after"_L1 && isOneOf(wordAt(tokens, i + 1), {"me"_L1, "us"_L1, "him"_L1, "them"_L1}))
            continue; // "don't come after me" follows someone, it names no time
        if (word == "back"_L1 && anyIn(tokens, std::max<qsizetype>(0, i - 3), i, Negator)
            && sameClause(tokens, std::max<qsizetype>(0, i - 3), i))
            continue; // "I'm not coming back to it" refuses the return
        if (isOneOf(word, timesOfDay) && !timeForTheTalk(tokens, i))
            continue;
        if (word == "back"_L1 && returnRefusedAt(tokens, i))
            continue; // "Don't know when I'll be back."
        if (word != "then"_L1)
            return true;
        // "Then we can ...": what comes next, said with a subject.
        if (word == "then"_L1 && i + 1 < tokens.size() && sameClause(tokens, i, i + 1)
            && (tokens.at(i + 1).classes & (Speaker | Shared)))
            return true;
    }
    // A time to meet again: "see you at six", "talk soon", "back by 7".
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!(tokens.at(i).classes & MeetAgainCue))
            continue;
        const QString &word = tokens.at(i).word;
        const QString &next = tokens.at(i + 1).word;
        if ((word == "see"_L1 && next == "you"_L1) || (isOneOf(word, {"talk"_L1, "speak"_L1}) && next == "soon"_L1))
            return true;
        if (isOneOf(word, {"at"_L1, "by"_L1, "around"_L1}) && !next.isEmpty()
            && (next.front().isDigit() || isOneOf(next, clockWords)))
            return true;
    }
    return false;
}

// Affection says the partner is not being shut out: "Go away, you make me
// laugh", "I'm done, love, let's eat". (Not any pleasant feeling: "until you
// calm down" is no warmth.)
bool warmToward(const CoachTokens &tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const CoachToken &t) {
        return (t.classes & Warm) && isOneOf(t.word, affection);
    });
}

// The sentences before `first` refuse the topic ("Not this again.", "Not my
// problem.") and give no reason ("I'm not well, so ..." explains a leaving).
bool refusedBefore(const CoachTokens &tokens, qsizetype first)
{
    bool refused = false;
    for (qsizetype k = 0; k < first; ++k) {
        if (isOneOf(tokens.at(k).word, {"because"_L1, "so"_L1, "since"_L1, "cos"_L1, "feel"_L1, "tired"_L1}))
            return false;
        refused = refused || (tokens.at(k).classes & Negator);
    }
    return refused;
}

} // namespace

void CoachHorsemen::findStonewalling(const QString &text, const CoachTokens &tokens,
                                     QList<CoachFinding> &findings) const
{
    if (tokens.isEmpty() || promisesReturn(tokens) || warmToward(tokens))
        return;
    for (const PhraseMatch &match : m_stonewalling.findAll(tokens, Hedge)) {
        // A lone "Fine." or "Whatever!" is said with its full stop; a quoted
        // "fine" (what a partner answers) is only reported.
        const qsizetype after = tokens.at(match.begin).end;
        const bool said = after < text.size() && (text.at(after) == u'.' || text.at(after) == u'!' || text.at(after) == u'\u2026');
        const bool fits = match.end - match.begin == 1
                              ? said && wholeClause(tokens, match.begin, match.end) && opensSentence(tokens, match.begin)
                              : fillsClause(tokens, match);
        if (fits)
            add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    findStonewallingShapes(text, tokens, findings);
}

void CoachHorsemen::findStonewallingShapes(const QString &text, const CoachTokens &tokens,
                                           QList<CoachFinding> &findings) const
{
    if (isLoneDismissal(text, tokens)) {
        add(m_stonewallingPattern, text, tokens, 0, tokens.size(), findings);
        return;
    }
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        // (A question asks; it shuts nothing. Asked only of a sentence that could shut the talk.
        // A tag asks nothing either: "Just drop it, all right?")
        const qsizetype head = sentenceHead(tokens, first, end);
        int asks = -1;
        const auto question = [&] {
            if (asks < 0)
                asks = asksQuestion(text, tokens, first) && !endsInTag(tokens, first, end) ? 1 : 0;
            return asks == 1;
        };
        for (qsizetype i = first; i < end; ++i) {
            const CoachToken &token = tokens.at(i);
            // An order that ends the talk opens a clause: "Go away.", "You know what, forget I said anything."
            if (i == head || (i > first && !sameClause(tokens, i - 1, i))) {
                const qsizetype order = dismissingOrderAt(tokens, i, end);
                // ("Can we not?" declines, though put as a question.)
                if (order > 0 && (!question() || token.word == "can"_L1) && !offersToDoIt(tokens, order, end))
                    add(m_stonewallingPattern, text, tokens, i, order, findings);
                const qsizetype notTalking = token.word == "not"_L1 ? notTalkingAt(tokens, i) : -1;
                if (notTalking > 0 && !question())
                    add(m_stonewallingPattern, text, tokens, i, notTalking, findings);
            }
            // "Whatever you say.": the partner's words waved through, the sentence ending there.
            if (i == head && token.word == "whatever"_L1 && isOneOf(wordAt(tokens, i + 1), {"you"_L1, "u"_L1})
                && wordAt(tokens, i + 2) == "say"_L1 && i + 3 == end && !question()) {
                add(m_stonewallingPattern, text, tokens, i, i + 3, findings);
                continue;
            }
            // "Whatever, I'm going out.": a lone "whatever" opening the reply.
            // (Not before a yes: "Whatever, I'm easy.", "whatever, that works".)
            if (i == head && token.word == "whatever"_L1 && wholeClause(tokens, i, i + 1) && i + 1 < end && !question()
                && !anyWordIn(tokens, i + 1, end, {"easy"_L1, "fine"_L1, "happy"_L1, "either"_L1, "good"_L1, "works"_L1,
                                                   "okay"_L1, "ok"_L1})) {
                add(m_stonewallingPattern, text, tokens, i, i + 1, findings);
                continue;
            }
            // "This is over.", "it's over.": the talk declared ended, the clause ending there.
            const bool cue = token.classes & StonewallingCue;
            if (cue && token.word == "over"_L1 && i + 1 == clauseEndWithin(tokens, i, 2) && i > first
                && (isOneOf(wordAt(tokens, i - 1), {"it's"_L1, "we're"_L1, "that's"_L1})
                    || (wordAt(tokens, i - 1) == "is"_L1 && isOneOf(wordAt(tokens, i - 2), {"this"_L1, "it"_L1})))
                && headsSentence(tokens, wordAt(tokens, i - 1) == "is"_L1 ? i - 2 : i - 1) && !question()) {
                add(m_stonewallingPattern, text, tokens, wordAt(tokens, i - 1) == "is"_L1 ? i - 2 : i - 1, i + 1, findings);
                continue;
            }
            // "This conversation is pointless.", "Conversation's over.", "this discussion is finished":
            // the talk itself declared ended (not "the conversation with the bank is over").
            if (cue && isOneOf(token.word, {"over"_L1, "finished"_L1, "done"_L1, "pointless"_L1})
                && i + 1 == clauseEndWithin(tokens, i, 2) && i > first && !question()) {
                qsizetype noun = i - 1;
                if (isOneOf(wordAt(tokens, noun), {"is"_L1, "was"_L1}))
                    --noun;
                QString talk = wordAt(tokens, noun);
                if (noun == i - 1 && talk.endsWith("'s"_L1))
                    talk.chop(2);
                else if (noun == i - 1)
                    talk.clear();
                const qsizetype from = isOneOf(wordAt(tokens, noun - 1), {"this"_L1, "the"_L1, "our"_L1, "that"_L1}) ? noun - 1 : noun;
                if (isOneOf(talk, {"conversation"_L1, "discussion"_L1, "chat"_L1, "talk"_L1, "argument"_L1})
                    && headsSentence(tokens, from)) {
                    add(m_stonewallingPattern, text, tokens, from, i + 1, findings);
                    continue;
                }
            }
            // "I'm not in the mood for this": the talk put off with no return.
            if (cue && token.word == "mood"_L1 && anyWordBefore(tokens, i, 3, {"not"_L1}) && wordAt(tokens, i - 1) == "the"_L1) {
                const QString &forWhat = wordAt(tokens, i + 2);
                const bool ends = i + 1 >= end || !sameClause(tokens, i, i + 1);
                if (ends || (wordAt(tokens, i + 1) == "for"_L1 && isOneOf(forWhat, moodForWhat)))
                    add(m_stonewallingPattern, text, tokens, i, ends ? i + 1 : i + 3, findings);
                continue;
            }
            // "I have nothing more to say", "there's no point talking to you": no more talk.
            if (cue && (token.word == "nothing"_L1 || (token.word == "no"_L1 && wordAt(tokens, i + 1) == "point"_L1))) {
                const qsizetype stop = nothingToSay(tokens, i);
                if (stop > 0 && !question())
                    add(m_stonewallingPattern, text, tokens, i, stop, findings);
                continue;
            }
            if (i == head && (token.classes & StonewallingCue)) {
                const qsizetype bare = endingWithoutSubject(tokens, i);
                if (bare > 0 && !question()) {
                    add(m_stonewallingPattern, text, tokens, i, bare, findings);
                    continue;
                }
            }
            if (!(token.classes & (Speaker | Shared)) || (token.classes & Determiner)
                || isOneOf(token.word, notSubjects))
                continue;
            // Only the clause's own subject: "I'm not going to talk about this",
            // not "you said I'm not listening" (a report of the partner's words).
            const qsizetype refusal = refusalFrom(tokens, i);
            const qsizetype stopped = token.word == "i"_L1 ? stoppedCaringFrom(tokens, i) : -1;
            qsizetype ending = refusal > 0 ? refusal : stopped > 0 ? stopped : endingFrom(tokens, i);
            if (ending < 0 && i > first)
                ending = steppingAsideFrom(tokens, i);
            if (ending > 0 && !negatedBefore(tokens, i) && !question())
                add(m_stonewallingPattern, text, tokens, i, ending, findings);
            // Leaving is a shutting when it is the whole reply (no reason, errand or question), or
            // ends one that first turned the topic away ("Not this again. I'm going for a drive.").
            const qsizetype departure
                = ending > 0 || i != head || (first > 0 && !refusedBefore(tokens, first))
                ? -1
                : departureFrom(tokens, i);
            // ("I'm going to bed." alone is as often goodnight as a door shut.)
            const bool toBed = departure > 0 && wordAt(tokens, departure - 1) == "bed"_L1;
            if (departure == tokens.size() && !(toBed && first == 0) && !question())
                add(m_stonewallingPattern, text, tokens, i, departure, findings);
        }
        first = end;
    }
}
