// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness as an excuse insisted on: the speaker's own account closed
// with a word that says there is nothing more to it ("My phone died, that's
// all.", "I forgot, so what? I'm human.", "i was gonna pay u back, chill"),
// the speaker's workload held up ("I work all day, I can't do everything"),
// a right claimed ("I'm allowed to have a drink after work."), the lapse made
// everyone's ("Anyone would've done the same"), what was said not heard
// ("I didn't hear you ask.") and how much it mattered not told ("You didn't
// say it was important."). Part of CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// A closing tag of the statement's last clause at `i` ("that's all", "so
// what", "I'm only human", "chill", "relax", "calm down", "it happens", "you
// know that"); returns its end, or -1.
qsizetype closingTagAt(const CoachTokens &tokens, qsizetype i)
{
    if (i == 0 || sameClause(tokens, i - 1, i))
        return -1;
    const qsizetype end = clauseEndWithin(tokens, i, 4);
    const auto is = [&](std::initializer_list<QLatin1StringView> words) {
        if (end - i != qsizetype(words.size()))
            return false;
        qsizetype k = i;
        for (QLatin1StringView w : words) {
            if (tokens.at(k++).word != w)
                return false;
        }
        return true;
    };
    // "So what? I'm human." may go on; the others close the statement.
    if (is({"so"_L1, "what"_L1}))
        return end;
    if (end != tokens.size())
        return -1;
    const bool human = tokens.at(i).word == "i'm"_L1 && tokens.at(end - 1).word == "human"_L1
        && (end == i + 2 || (end == i + 3 && isOneOf(wordAt(tokens, i + 1), {"only"_L1, "just"_L1})));
    return human || is({"that's"_L1, "all"_L1}) || is({"chill"_L1}) || is({"relax"_L1}) || is({"calm"_L1, "down"_L1})
            || is({"it"_L1, "happens"_L1}) || is({"you"_L1, "know"_L1, "that"_L1}) || is({"you"_L1, "know"_L1})
        ? end
        : -1;
}

// "..., okay?", "..., alright?", "..., all right?" closing the statement in a clause
// of its own at `i`; returns its end, or -1.
qsizetype okayTagAt(const CoachTokens &tokens, qsizetype i)
{
    if (i == 0 || sameClause(tokens, i - 1, i))
        return -1;
    const qsizetype end = i + (tokens.at(i).word == "all"_L1 ? 2 : 1);
    if (end != tokens.size() || (end == i + 2 && tokens.at(i + 1).word != "right"_L1))
        return -1;
    return end;
}

// What the speaker did or went through, told before "okay?": "I didn't have time", "I had
// a lot on", "I did my best", "my phone died" (not a plan or a need, "I'll be home by six,
// okay?", "I need a minute, okay?", which the tag only checks with the partner).
bool lapseTold(const CoachTokens &tokens, qsizetype tag)
{
    qsizetype first = 0;
    while (first < tag && !(tokens.at(first).classes & Person))
        ++first;
    for (qsizetype k = first + 1; k < tag && k <= first + 3 && sameClause(tokens, first, k); ++k) {
        if (isOneOf(tokens.at(k).word, {"did"_L1, "didn't"_L1, "had"_L1, "hadn't"_L1, "was"_L1, "wasn't"_L1,
                                        "tried"_L1, "forgot"_L1, "couldn't"_L1, "wouldn't"_L1, "been"_L1, "died"_L1,
                                        "missed"_L1, "overslept"_L1, "lost"_L1}))
            return true;
    }
    return false;
}

// The account before a closing tag, tokens [0, tag): the speaker's own
// ("My phone died", "I was gonna pay u back"; not "you're always welcome
// here", nor "No worries"), not a wish or a fond word ("I just wanted to hear
// your voice, that's all", "I love you, you know that").
bool speakersOwnAccount(const CoachTokens &tokens, qsizetype tag)
{
    qsizetype first = 0;
    while (first < tag && !(tokens.at(first).classes & Person))
        ++first;
    // (Warmth before the tag: "calm" in "calm down" is a pleasant word, not a fond one.)
    if (first == tag || !(tokens.at(first).classes & Speaker) || warmBetween(tokens, 0, tag)
        || laughsBetween(tokens, 0, tokens.size())
        || anyWordIn(tokens, 0, tag,
            {"wanted"_L1, "want"_L1, "wanna"_L1, "wondering"_L1, "wondered"_L1, "thinking"_L1, "i'd"_L1, "i'll"_L1}))
        return false;
    for (qsizetype k = first; k + 1 < tag; ++k) {
        if (isOneOf(tokens.at(k).word, {"miss"_L1, "missed"_L1}) && isOneOf(tokens.at(k + 1).word, {"you"_L1, "u"_L1}))
            return false; // "I missed you, that's all" (not "I missed the turning, so what?")
    }
    // "I had a lot on my plate, you know that" (not "I'd never hurt you, you know that").
    return tokens.at(tag).word != "you"_L1
        || (tokens.at(first).word == "i"_L1 && isOneOf(wordAt(tokens, first + 1), {"had"_L1, "was"_L1, "did"_L1}));
}

// "I work all day, I can't do everything", "I work fifty hours a week, forgive
// me for being tired", "I work twelve-hour shifts, cut me some slack": the
// workload held up against the charge, in a clause of its own, then the
// speaker's defence (not "I work late on Thursday, can you get the kids?").
// `work` follows a sentence-heading "I"; returns the end, or -1.
qsizetype workloadFrom(const QString &text, const CoachTokens &tokens, qsizetype work)
{
    const qsizetype clause = clauseEndWithin(tokens, work, 8);
    const qsizetype end = sentenceEndWithin(tokens, work, 24);
    if (clause >= end
        || !anyWordIn(tokens, work + 1, clause,
            {"day"_L1, "days"_L1, "week"_L1, "hours"_L1, "shifts"_L1, "nights"_L1, "weekends"_L1, "full-time"_L1}))
        return -1;
    if (anyWordIn(tokens, clause, end, {"you"_L1, "u"_L1}) && asksQuestion(text, tokens, clause))
        return anyWordIn(tokens, clause, end, {"want"_L1, "expect"_L1}) ? clause : -1; // "what more do you want?"
    for (qsizetype k = clause; k < end; ++k) {
        if ((tokens.at(k).classes & Negator)
            || isOneOf(tokens.at(k).word,
                {"sorry"_L1, "forgive"_L1, "slack"_L1, "allowed"_L1, "supposed"_L1, "meant"_L1, "expected"_L1,
                    "deserve"_L1, "tired"_L1}))
            return clause;
    }
    return -1;
}

// "I'm allowed to have a drink after work.", "I'm allowed to be tired too,
// you know.", "I'm allowed to have a drink with my mates, aren't I?": a right
// claimed against the charge (not "I'm allowed to bring a plus-one, do you
// want to come?"). `allowed` follows a sentence-heading "I'm"; returns the
// end, or -1.
qsizetype rightClaimedFrom(const QString &text, const CoachTokens &tokens, qsizetype allowed)
{
    if (wordAt(tokens, allowed + 1) != "to"_L1
        || !isOneOf(wordAt(tokens, allowed + 2),
            {"be"_L1, "have"_L1, "feel"_L1, "spend"_L1, "see"_L1, "go"_L1, "want"_L1}))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, allowed, 24);
    const bool tagged = wordAt(tokens, end - 2) == "aren't"_L1 && wordAt(tokens, end - 1) == "i"_L1;
    const qsizetype reach = std::min(tokens.size(), end + 24);
    if ((asksQuestion(text, tokens, allowed) && !tagged) || warmBetween(tokens, allowed, reach))
        return -1;
    for (qsizetype k = end; k < reach; ++k) {
        if ((tokens.at(k).classes & Partner) && asksQuestion(text, tokens, k))
            return -1; // "..., do you want to come?"
    }
    return allowed + 3;
}

// "Anyone would've done the same", "nobody could've known it'd rain", "the
// instructions were rubbish, anyone would have got it wrong": the lapse made
// everyone's (not to console the partner: "don't worry, anyone would have
// been scared", nor praise: "no one could have done it better"). `anyone`
// is the "anyone"/"nobody"; returns the end, or -1.
qsizetype anyoneWouldFrom(const CoachTokens &tokens, qsizetype anyone)
{
    qsizetype k = anyone + 1;
    if (wordAt(tokens, anyone) == "no"_L1 && wordAt(tokens, k) == "one"_L1)
        ++k;
    const QString &modal = wordAt(tokens, k);
    if (isOneOf(modal, {"would"_L1, "could"_L1}) && isOneOf(wordAt(tokens, k + 1), {"have"_L1, "of"_L1}))
        ++k;
    else if (!isOneOf(modal, {"would've"_L1, "could've"_L1}))
        return -1;
    const qsizetype to = std::min(tokens.size(), sentenceEndWithin(tokens, anyone, 16) + 12);
    const qsizetype from = sentenceStartWithin(tokens, anyone, 16);
    if (!sameClause(tokens, anyone, k + 1) || anyIn(tokens, from, to, Partner) || warmBetween(tokens, from, to)
        || anyWordIn(tokens, k + 1, std::min(k + 6, to), {"better"_L1, "more"_L1, "worried"_L1, "scared"_L1}))
        return -1;
    return k + 2;
}

// "I didn't hear you ask.", "Well, I didn't see any message.", "I didn't hear
// my phone, it was on silent": what was said not perceived, as the whole
// answer (not "I was worried when I didn't hear from you", "I didn't see it
// coming", nor a question). `subject` is a sentence-heading "I"; returns the
// end, or -1.
qsizetype notPerceivedFrom(const QString &text, const CoachTokens &tokens, qsizetype subject)
{
    if (wordAt(tokens, subject + 1) != "didn't"_L1 || !isOneOf(wordAt(tokens, subject + 2), {"hear"_L1, "see"_L1}))
        return -1;
    const QString &what = wordAt(tokens, subject + 3);
    const bool message = (isOneOf(what, {"you"_L1, "u"_L1}) && isOneOf(wordAt(tokens, subject + 4), {"ask"_L1, "say"_L1}))
        || (isOneOf(what, {"any"_L1, "your"_L1, "my"_L1, "the"_L1})
            && isOneOf(wordAt(tokens, subject + 4),
                {"message"_L1, "messages"_L1, "text"_L1, "texts"_L1, "phone"_L1, "call"_L1, "email"_L1, "note"_L1}));
    if (!message || !sameClause(tokens, subject, subject + 4) || asksQuestion(text, tokens, subject)
        || warmBetween(tokens, subject, std::min(tokens.size(), subject + 24)))
        return -1;
    return subject + 5;
}

// "You didn't say it was important.", "You didn't tell me you wanted to go.",
// "You didn't tell me that, I'd have remembered": the miss put down to not
// being told how much it mattered (not "You didn't tell me you got the job!
// Congratulations!", nor "you didn't tell me you were struggling, I wish you
// had"). `you` heads its sentence; returns the end of the telling, or -1.
qsizetype notToldItMatteredFrom(const QString &text, const CoachTokens &tokens, qsizetype you)
{
    if (!isOneOf(wordAt(tokens, you + 1), {"didn't"_L1, "never"_L1})
        || !isOneOf(wordAt(tokens, you + 2), {"tell"_L1, "say"_L1, "mention"_L1, "told"_L1, "said"_L1, "mentioned"_L1}))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, you, 16);
    if (asksQuestion(text, tokens, you) || warmBetween(tokens, you, end)
        || anyWordIn(tokens, you, end, {"wish"_L1, "struggling"_L1, "unhappy"_L1}))
        return -1;
    for (qsizetype k = you + 3; k < end; ++k) {
        const QString &w = tokens.at(k).word;
        if (isOneOf(w, {"important"_L1, "mattered"_L1, "matters"_L1, "wanted"_L1})
            || (w == "anything"_L1 && wordAt(tokens, k + 1) == "about"_L1)
            || (isOneOf(w, {"i'd"_L1, "id"_L1}) && !sameClause(tokens, k - 1, k)
                && anyWordIn(tokens, k + 1, std::min(k + 3, end), {"remember"_L1, "remembered"_L1, "known"_L1})))
            return you + 3;
    }
    return -1;
}

} // namespace

void CoachHorsemen::findInsistedExcuses(const QString &text, const CoachTokens &tokens,
                                        QList<CoachFinding> &findings) const
{
    bool tagRead = false; // the account before a tag is read once, so a run of tags stays linear
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        qsizetype end = -1;
        qsizetype from = i;
        if (isOneOf(word, {"work"_L1, "worked"_L1}) && wordAt(tokens, i - 1) == "i"_L1 && headsSentence(tokens, i - 1)) {
            end = workloadFrom(text, tokens, i);
            from = i - 1;
        } else if (isOneOf(word, {"anyone"_L1, "anybody"_L1, "nobody"_L1, "no"_L1})) {
            end = anyoneWouldFrom(tokens, i);
        } else if (word == "i"_L1 && headsSentence(tokens, i)) {
            end = notPerceivedFrom(text, tokens, i);
        } else if (word == "allowed"_L1 && wordAt(tokens, i - 1) == "i'm"_L1 && headsSentence(tokens, i - 1)) {
            end = rightClaimedFrom(text, tokens, i);
            from = i - 1;
        } else if (!tagRead
                   && isOneOf(word, {"so"_L1, "that's"_L1, "i'm"_L1, "chill"_L1, "relax"_L1, "calm"_L1, "it"_L1, "you"_L1})) {
            end = closingTagAt(tokens, i);
            tagRead = end > 0;
            if (end > 0 && !speakersOwnAccount(tokens, i))
                end = -1;
            // "She's not well, you know.": a bare "you know" insists only on a hardship or a lapse, not
            // on a good time ("I had a great time, you know.").
            if (end == i + 2 && tokens.at(i).word == "you"_L1
                && anyWordIn(tokens, 0, i, {"great"_L1, "fun"_L1, "good"_L1, "lovely"_L1, "brilliant"_L1, "amazing"_L1,
                                            "nice"_L1, "surprise"_L1}))
                end = -1;
        } else if (!tagRead && isOneOf(word, {"okay"_L1, "ok"_L1, "alright"_L1, "all"_L1})) {
            // "I didn't have time, okay?", "I did my best, alright?": the lapse told, then insisted on.
            // ("My best" is no warmth: "I did my best, alright?")
            end = okayTagAt(tokens, i);
            tagRead = end > 0;
            const bool best = i >= 2 && tokens.at(i - 1).word == "best"_L1 && tokens.at(i - 2).word == "my"_L1;
            if (end > 0 && !((speakersOwnAccount(tokens, i) || best) && lapseTold(tokens, i)))
                end = -1;
            from = 0;
        }
        if (end < 0 && isOneOf(word, {"you"_L1, "u"_L1}) && headsSentence(tokens, i))
            end = notToldItMatteredFrom(text, tokens, i);
        if (end > 0) {
            add(m_denialPattern, text, tokens, from, end, findings);
            return; // one such excuse is enough to name
        }
    }
}
