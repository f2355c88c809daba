// SPDX-License-Identifier: GPL-3.0-or-later
// Demands: telling the partner what to do; part of Coach.
#include "coach.h"

#include "coachgrammar.h"
#include "coachorders.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace CoachOrders;

namespace {

// A laughing face in the text: "Stop! You'll make me spill my drink 😂" is play.
bool laughingFace(const QString &text)
{
    static constexpr char32_t faces[] = {0x1F602, 0x1F923, 0x1F606, 0x1F605, 0x1F639};
    // One pass for all the faces: they are asked about for each possible order.
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()
            && std::ranges::find(faces, QChar::surrogateToUcs4(text.at(i), text.at(i + 1))) != std::end(faces))
            return true;
    }
    return false;
}

// "Oh stop, you're making me blush.", "Stop, you're too kind.", "Stop it, you'll make me
// cry laughing.": a lone "stop" the partner's charm draws out, the rest of the
// statement praising them or laughing (not "Stop, you're hurting me").
bool delightedStop(const CoachTokens &tokens)
{
    qsizetype k = 0;
    while (k < tokens.size() && isInterjection(tokens.at(k).word))
        ++k;
    if (wordAt(tokens, k) != "stop"_L1)
        return false;
    qsizetype end = k + 1;
    while (end < tokens.size() && isOneOf(tokens.at(end).word, {"stop"_L1, "it"_L1}))
        ++end;
    if (end >= tokens.size() || sameClause(tokens, end - 1, end))
        return false;
    return anyWordIn(tokens, end, tokens.size(),
               {"blush"_L1, "blushing"_L1, "kind"_L1, "sweet"_L1, "cute"_L1, "laughing"_L1, "funny"_L1,
                   "flatterer"_L1, "charmer"_L1})
        || warmBetween(tokens, end, tokens.size());
}

// "You should totally go, you'd love it", "You should definitely enter that photo
// competition, your pictures are gorgeous": a "should" the speaker is keen on, with
// what the partner would enjoy said after it, recommends. Without the eager word
// ("You should apologise, it's the kind thing to do") it stays an order.
bool recommends(const CoachTokens &tokens, qsizetype begin, qsizetype end)
{
    if (wordAt(tokens, end - 1) != "should"_L1 || !isOneOf(wordAt(tokens, end), {"totally"_L1, "definitely"_L1}))
        return false;
    const qsizetype stop = sentenceEnd(tokens, begin);
    const qsizetype next = clauseEnd(tokens, begin);
    return next < stop
           && (warmBetween(tokens, next, stop)
               || anyWordIn(tokens, next, stop, {"fun"_L1, "stunning"_L1, "great"_L1, "incredible"_L1}));
}

} // namespace

// Telling the partner what they must do; not a condition ("when you need to
// recharge"), a question ("do you have to go?"), a guess ("you must be
// tired") or wonder ("you should have seen it!").
void Coach::findDemands(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_demands.findAll(tokens, Hedge)) {
        if (negatedBefore(tokens, match.begin))
            continue;
        // "I feel that you should have asked me first": the "should" is the thought the
        // speaker reports as a feeling, which thought-as-feeling already says.
        if (match.begin >= 2 && wordAt(tokens, match.begin - 1) == "that"_L1
            && isOneOf(wordAt(tokens, match.begin - 2), {"feel"_L1, "felt"_L1}))
            continue;
        const CoachToken &first = tokens.at(match.begin);
        if (first.classes & Partner) {
            const qsizetype before = skipBack(tokens, match.begin, Hedge, 2);
            if (before >= 0 && (tokens.at(before).classes & (Subordinator | Auxiliary))) {
                // ... except "what you need to understand is ...", an order in other words.
                const bool cleft = tokens.at(before).word == "what"_L1
                                   && std::any_of(tokens.cbegin() + match.end, tokens.cbegin() + clauseEnd(tokens, match.begin),
                                                  [](const CoachToken &t) { return t.word == "is"_L1; });
                if (!cleft)
                    continue;
            }
        } else if (!(first.classes & Speaker)) {
            // "Calm down" said to the partner ("I need you to calm down"), not "I need to calm down".
            // "... until you calm down" is a condition, not an order.
            if (match.begin >= 2 && wordAt(tokens, match.begin - 1) == "you"_L1
                && (tokens.at(match.begin - 2).classes & Subordinator))
                continue;
            const bool toPartner = match.begin >= 2 && wordAt(tokens, match.begin - 1) == "to"_L1
                                   && wordAt(tokens, match.begin - 2) == "you"_L1
                                   && sameClause(tokens, match.begin - 2, match.begin);
            if (!toPartner && (subjectBefore(tokens, match.begin) & (Speaker | Shared | Other | Thing)))
                continue;
        }
        // "You need to know how much I love you" is no order; "you need to be
        // more affectionate" is, however warm the word it asks for.
        const bool asksForChange = wordAt(tokens, match.end) == "be"_L1
                                   && isOneOf(wordAt(tokens, match.end + 1), {"more"_L1, "less"_L1});
        if (!asksForChange && warmBetween(tokens, match.end, clauseEnd(tokens, match.begin)))
            continue;
        if (isFriendlyTip(tokens, skipForward(tokens, match.end - 1, Hedge, 2)))
            continue;
        if (recommends(tokens, match.begin, match.end))
            continue;
        // Said laughing, an order is play: "stop it haha", "Stop it! 😂", "oh stop, you're too kind".
        if (laughsBetween(tokens, sentenceStartWithin(tokens, match.begin, 24),
                sentenceEndWithin(tokens, match.begin, 24))
            || (tokens.size() <= 24 && (laughingFace(text) || delightedStop(tokens))))
            continue;
        if (match.end < tokens.size() && sameClause(tokens, match.end, match.begin)) {
            const QString &last = tokens.at(match.end - 1).word;
            const QString &next = tokens.at(match.end).word;
            if (last == "must"_L1 && isOneOf(next, {"be"_L1, "have"_L1, "feel"_L1, "know"_L1}))
                continue;
            if (isOneOf(last, {"have"_L1, "should've"_L1}) && isOneOf(next, {"seen"_L1, "heard"_L1}))
                continue;
        }
        findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
    findDemandShapes(text, tokens, findings);
}

// Orders by their shape: a sentence opening with an order verb ("Call her.",
// "Stop shouting.", "Don't touch my things.", "Never do that again."), and
// obligation frames ("you're going to apologise", "I want you to call her").
// Not a question, not softened ("please", "if you like", "I'll ..."), not a
// kindness ("take care", "get some rest", "don't worry").
void Coach::findDemandShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    const int orderPattern = m_imperativePattern >= 0 ? m_imperativePattern : m_mustPattern;
    // "If you're going to call her, ...": a condition, not an order.
    const auto conditional = [&](qsizetype at) {
        const qsizetype before = skipBack(tokens, at, Hedge, 2);
        return before >= 0 && (tokens.at(before).classes & (Subordinator | Joiner));
    };
    // Laughter anywhere in a short message ("Tickle fight! Stop, stop!") makes its orders play.
    const bool playful = tokens.size() <= 24
        && (laughsBetween(tokens, 0, tokens.size()) || laughingFace(text) || delightedStop(tokens));
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        QList<CoachFinding> orders; // kept unless the sentence turns out a question or softened
        const qsizetype head = sentenceHead(tokens, first, end);
        // Another finding already says what this sentence does ("Go away." ends the talk), unless
        // a label is followed by an order of its own ("Stop being such a cheapskate and book it").
        const bool orderAfterAnd = anyWordIn(tokens, head + 1, end, {"and"_L1}) && [&] {
            for (qsizetype k = head + 1; k + 1 < end; ++k) {
                if (tokens.at(k).word == "and"_L1 && isOrderVerb(tokens.at(k + 1).word))
                    return true;
            }
            return false;
        }();
        const bool taken = head < end && std::any_of(findings.cbegin(), findings.cend(), [&](const CoachFinding &f) {
            return f.start <= tokens.at(head).start && f.end > tokens.at(head).start
                   && !(f.kind == "label"_L1 && orderAfterAnd);
        });
        if (head < end && !taken && orderPattern >= 0) {
            qsizetype verb = head;
            const QString &opener = tokens.at(head).word;
            if (isOneOf(opener, {"don't"_L1, "never"_L1}) && head + 1 < end)
                verb = head + 1;
            if (verb > head && verb + 1 < end && isOneOf(wordAt(tokens, verb), {"ever"_L1, "you"_L1}) && opener == "don't"_L1)
                verb = verb + 1; // "Don't ever speak to me like that"
            if (verb > head + 1 && verb + 1 < end && isOneOf(wordAt(tokens, verb), {"even"_L1, "ever"_L1, "just"_L1}))
                verb = verb + 1; // "Don't you even think about it"
            if (opener == "never"_L1 && wordAt(tokens, verb) == "mind"_L1)
                verb = end; // "Never mind."
            // "Please, for the love of God, put the seat down": the order after an insisting aside.
            if (!isOrderVerb(opener) && insists(tokens, first, end)) {
                const qsizetype aside = clauseEndWithin(tokens, head, 8);
                if (aside < end && isOrderVerb(tokens.at(aside).word))
                    verb = aside;
            }
            const QString &word = wordAt(tokens, verb);
            // Reassurance: "don't be silly", "don't apologise".
            const bool excused = verb > head && ((word == "be"_L1 && isOneOf(wordAt(tokens, verb + 1),
                {"sorry"_L1, "silly"_L1, "afraid"_L1, "scared"_L1, "shy"_L1, "nervous"_L1, "a"_L1, "too"_L1}))
                || word == "apologise"_L1);
            // (A verb no list holds only opening the sentence: "Don't forget your umbrella" is care.)
            const bool imperative = verb < end && (isOrderVerb(tokens.at(verb).word)
                                                   || (verb == head && looksImperative(tokens, verb, end)));
            if (imperative && (sameClause(tokens, head, verb) || insists(tokens, first, end)) && !excused
                && !isKindnessAfter(tokens, verb) && (verb == head || opener == "don't"_L1 || opener == "never"_L1
                                                      || !sameClause(tokens, head, verb)))
                orders.append(fromPattern(text, tokens, verb == head || sameClause(tokens, head, verb) ? head : verb,
                                          verb + 1, orderPattern));
        }
        for (qsizetype i = first; i < end && m_mustPattern >= 0; ++i) {
            if (!(tokens.at(i).classes & (Partner | Speaker)))
                continue;
            const QString &word = tokens.at(i).word;
            // "You broke it, so you fix it.", "You made this mess, so you clean it up": the deed
            // told, then the partner put to mending it (not "so you know", "so you can rest").
            // ("..., so you're paying for the cleaning": the mending as what will happen.)
            const bool mends = i + 1 < end && sameClause(tokens, i, i + 1)
                               && ((word == "you"_L1 && isOrderVerb(tokens.at(i + 1).word)
                                    && !isOneOf(tokens.at(i + 1).word, {"get"_L1, "know"_L1, "see"_L1, "look"_L1, "be"_L1}))
                                   || (word == "you're"_L1 && isGerund(tokens.at(i + 1))));
            if (mends && wordAt(tokens, i - 1) == "so"_L1 && i >= 2 && !sameClause(tokens, i - 2, i - 1)
                && anyWordIn(tokens, first, i - 1, {"you"_L1, "you've"_L1, "you're"_L1})) {
                orders.append(fromPattern(text, tokens, i, i + 2, m_mustPattern));
                continue;
            }
            // "You're going to apologise", "you will call her": an order put as what will happen.
            if (isPartnerSubject(tokens, i) && (word == "you"_L1 || word == "you're"_L1 || word == "you'll"_L1)) {
                qsizetype k = i + 1;
                if (word == "you"_L1 && isOneOf(wordAt(tokens, k), {"will"_L1, "are"_L1, "won't"_L1}))
                    ++k;
                // "You will not speak to me like that": a prohibition is an order too.
                const bool forbids = wordAt(tokens, k - 1) == "won't"_L1 || (wordAt(tokens, k - 1) == "will"_L1
                                                                             && wordAt(tokens, k) == "not"_L1);
                if (forbids && wordAt(tokens, k) == "not"_L1)
                    ++k;
                // "You will not be going on that stag do": forbidden as what will not happen.
                if (forbids && wordAt(tokens, k) == "be"_L1 && k + 1 < end && isGerund(tokens.at(k + 1))
                    && !conditional(i) && !negatedBefore(tokens, i)) {
                    orders.append(fromPattern(text, tokens, i, k + 2, m_mustPattern));
                    continue;
                }
                // "You're to ring me before midnight": an order as an arrangement (not "you're to blame").
                if (word == "you're"_L1 && wordAt(tokens, k) == "to"_L1 && k + 1 < end && sameClause(tokens, i, k + 1)
                    && isOrderVerb(tokens.at(k + 1).word) && !conditional(i) && !negatedBefore(tokens, i)) {
                    orders.append(fromPattern(text, tokens, i, k + 2, m_mustPattern));
                    continue;
                }
                // "You're making the kids' lunches tomorrow.": a chore given for a day (not glad news,
                // "You're cooking tonight, what a treat!").
                const qsizetype chore = choreAssignedAt(tokens, i, end);
                const bool exclaimed = tokens.at(end - 1).end < text.size() && text.at(tokens.at(end - 1).end) == u'!';
                if (chore > 0 && !conditional(i) && !negatedBefore(tokens, i) && !warmBetween(tokens, first, end)
                    && !exclaimed) {
                    orders.append(fromPattern(text, tokens, i, chore, m_mustPattern));
                    continue;
                }
                // "You will be home by ten": where the partner will be, and when.
                const qsizetype due = word == "you"_L1 && wordAt(tokens, k - 1) == "will"_L1 && wordAt(tokens, k) == "be"_L1
                                          ? stateByDeadlineAt(tokens, k + 1, end) : -1;
                if (due > 0 && sameClause(tokens, i, k + 1) && !conditional(i) && !negatedBefore(tokens, i)) {
                    orders.append(fromPattern(text, tokens, i, due, m_mustPattern));
                    continue;
                }
                if (word != "you'll"_L1 && wordAt(tokens, k) == "going"_L1 && wordAt(tokens, k + 1) == "to"_L1)
                    k += 2;
                else if (word != "you'll"_L1 && wordAt(tokens, k) == "gonna"_L1)
                    ++k;
                else if (word != "you'll"_L1 && wordAt(tokens, k - 1) != "will"_L1 && !forbids)
                    continue;
                const qsizetype verb = k;
                if (verb < end && sameClause(tokens, i, verb) && isOrderVerb(tokens.at(verb).word)
                    && !isOneOf(tokens.at(verb).word, {"be"_L1, "get"_L1, "see"_L1, "love"_L1, "find"_L1, "look"_L1,
                                                        "try"_L1, "learn"_L1, "start"_L1, "make"_L1, "do"_L1,
                                                        "keep"_L1, "pass"_L1, "stay"_L1, "help"_L1})
                    && !conditional(i) && !negatedBefore(tokens, i)
                    // (A prediction: "you'll pick it up faster than you think", "... in no time".)
                    && !anyWordIn(tokens, verb, clauseEndWithin(tokens, verb, 10), {"than"_L1, "time"_L1, "easily"_L1})
                    && (!forbids || isOneOf(tokens.at(verb).word, {"speak"_L1, "talk"_L1, "go"_L1, "leave"_L1,
                                                                   "touch"_L1, "call"_L1, "yell"_L1, "shout"_L1})))
                    orders.append(fromPattern(text, tokens, i, verb, m_mustPattern));
                continue;
            }
            // "I want you to call her", "I need you to sort the insurance by Friday", "I demand you to stop".
            if (word == "i"_L1 && i + 4 < end + 1) {
                qsizetype k = skipForward(tokens, i, Hedge, 2);
                if (k < 0 || !isOneOf(tokens.at(k).word, {"want"_L1, "need"_L1, "demand"_L1, "insist"_L1}))
                    continue;
                // "I want you home by ten", "I want the garage cleared by Sunday": the order as
                // what the speaker wants done.
                const qsizetype wanted = tokens.at(k).word == "want"_L1 ? wantedDoneAt(tokens, k + 1, end) : -1;
                if (wanted > 0 && sameClause(tokens, i, k + 1) && !negatedBefore(tokens, i + 1)) {
                    orders.append(fromPattern(text, tokens, i, wanted, m_mustPattern));
                    continue;
                }
                if (wordAt(tokens, k + 1) != "you"_L1 || wordAt(tokens, k + 2) != "to"_L1 || k + 3 >= end
                    || !sameClause(tokens, i, k + 3))
                    continue;
                // (Not a wish for the partner or a need: "I want you to have this", "I need you to listen".)
                if (!wishesForThePartner(tokens, k + 3, tokens.at(k).word == "need"_L1) && !negatedBefore(tokens, i + 1))
                    orders.append(fromPattern(text, tokens, i, k + 3, m_mustPattern));
            }
        }
        // "You're cooking tonight and that's final", "from now on you check with me": a plan for the
        // partner made an order by closing the matter.
        if (orders.isEmpty() && m_mustPattern >= 0 && settlesIt(tokens, first, end)) {
            for (qsizetype i = first; i + 1 < end; ++i) {
                const bool fromNowOn = i >= 2 && wordAt(tokens, i - 1) == "on"_L1 && wordAt(tokens, i - 2) == "now"_L1;
                if ((isPartnerSubject(tokens, i) || fromNowOn) && isOneOf(tokens.at(i).word, {"you"_L1, "you're"_L1, "you'll"_L1})
                    && !conditional(i) && !negatedBefore(tokens, i) && !(tokens.at(i + 1).classes & Auxiliary)) {
                    orders.append(fromPattern(text, tokens, i, i + 2, m_mustPattern));
                    break;
                }
            }
        }
        // (Tagged, the order must take its object or a preposition: "Clean slate tomorrow, okay?" asks.)
        const auto takesItsObject = [&](const CoachFinding &order) {
            qsizetype k = first;
            while (k < end && tokens.at(k).end <= order.start)
                ++k;
            while (k < end && tokens.at(k).start < order.end)
                ++k;
            return k < end && ((tokens.at(k).classes & (Article | Determiner | Preposition | Person))
                               || isOneOf(tokens.at(k).word, {"up"_L1, "out"_L1, "off"_L1, "down"_L1, "away"_L1}));
        };
        const bool tagged = !orders.isEmpty() && onlyTagged(tokens, first, end) && takesItsObject(orders.constFirst());
        const bool asked = asksQuestion(text, tokens, first);
        if (!orders.isEmpty() && (!asked || tagged) && !softenedSentence(tokens, first, end) && !playful)
            findings.append(orders);
        // "Will you stop humming?": an order asked, which no one may answer no to (often
        // written without its question mark: "can u not").
        else if (head < end && !taken && orderPattern >= 0 && !softenedSentence(tokens, first, end)
                 && !playful) {
            const qsizetype asking = orderAskedAt(tokens, first, end);
            if (asking > head)
                findings.append(fromPattern(text, tokens, head, asking, orderPattern));
        }
        first = end;
    }
}
