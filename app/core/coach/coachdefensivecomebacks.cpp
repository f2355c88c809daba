// SPDX-License-Identifier: GPL-3.0-or-later
// Defensiveness in comebacks that never say "not my fault": the blame taken
// up in sarcasm ("Sure, blame me"), the speaker who can do nothing right
// ("Whatever I do is wrong"), the charge pushed back ("Don't turn this on
// me"), the charge echoed and denied ("Me? I've been nothing but patient"),
// the partner's own record held up ("Like you've never been late"), the duty
// that would have been done but for the partner ("I'd have done it if you
// hadn't nagged"), the damage there before the speaker came ("The bin was
// already full when I got here.") and a reply trailing off in "so". Part of
// CoachHorsemen; one linear pass.
#include "coachhorsemen.h"

#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// "Sure, blame me", "oh sure, blame me for the weather too", "go on, blame
// the one who showed up", "Here we go, blame me again", "blame me for everything":
// the charge taken up in sarcasm (not "Sure, blame me, I forgot the milk, I'll
// grab some now", which owns it and acts).
qsizetype sarcasticBlameFrom(const CoachTokens &tokens, qsizetype blame)
{
    const QString &next = wordAt(tokens, blame + 1);
    const bool me = next == "me"_L1 || (next == "the"_L1 && wordAt(tokens, blame + 2) == "one"_L1);
    // (What the blame is for, said as if it were always: "again", "for everything".)
    const qsizetype clause = clauseEndWithin(tokens, blame, 6);
    const bool always = me && next == "me"_L1
        && (anyWordIn(tokens, blame + 2, clause, {"again"_L1}) || (wordAt(tokens, blame + 2) == "for"_L1
                                                                   && wordAt(tokens, blame + 3) == "everything"_L1));
    if (!me || !sameClause(tokens, blame, blame + 1) || segmentStart(tokens, blame) != blame
        || !(always || anyWordBefore(tokens, blame, 3, {"sure"_L1, "on"_L1, "fine"_L1, "right"_L1, "course"_L1,
                                                        "yeah"_L1, "go"_L1})))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, blame, 24);
    if (anyWordIn(tokens, blame, end, {"i'll"_L1, "sorry"_L1}) || warmBetween(tokens, blame, end)
        || laughsBetween(tokens, blame, end))
        return -1;
    return next == "me"_L1 ? blame + 2 : blame + 3;
}

// "Whatever I do is wrong", "whatever I do, it's never good enough for you",
// "whatever I did it was an accident" (not "whatever I do, I'll do it with
// you"). `whatever` heads its sentence.
qsizetype whateverIDoFrom(const CoachTokens &tokens, qsizetype whatever)
{
    if (wordAt(tokens, whatever + 1) != "i"_L1
        || !isOneOf(wordAt(tokens, whatever + 2), {"do"_L1, "did"_L1, "say"_L1, "try"_L1}))
        return -1;
    const qsizetype end = sentenceEndWithin(tokens, whatever, 12);
    for (qsizetype k = whatever + 3; k < end; ++k) {
        const QString &w = tokens.at(k).word;
        if (isOneOf(w, {"wrong"_L1, "accident"_L1}) || (w == "enough"_L1 && anyWordIn(tokens, whatever + 3, k, {"not"_L1, "never"_L1, "isn't"_L1})))
            return k + 1;
    }
    return -1;
}

// "Don't turn this around on me", "don't you dare twist it round on me",
// "stop making this about me": the charge pushed back (not when what follows
// is kind). `verb` is the verb.
qsizetype pushedBackFrom(const CoachTokens &tokens, qsizetype verb)
{
    qsizetype k = verb - 1;
    if (wordAt(tokens, k) == "dare"_L1 && wordAt(tokens, k - 1) == "you"_L1)
        k -= 2;
    if (k < 0 || !sameClause(tokens, k, verb)
        || !((tokens.at(k).classes & Negator) || isOneOf(tokens.at(k).word, {"stop"_L1, "quit"_L1})))
        return -1;
    qsizetype j = verb + 1;
    if (!isOneOf(wordAt(tokens, j), {"this"_L1, "it"_L1, "that"_L1, "everything"_L1, "things"_L1}))
        return -1;
    ++j;
    if (isOneOf(wordAt(tokens, j), {"around"_L1, "round"_L1, "back"_L1}))
        ++j;
    if (!isOneOf(wordAt(tokens, j), {"on"_L1, "onto"_L1, "about"_L1}) || wordAt(tokens, j + 1) != "me"_L1
        || !sameClause(tokens, verb, j + 1))
        return -1;
    // ("Don't make this about me, it's your birthday and I want you to enjoy it.")
    const bool yours = isOneOf(wordAt(tokens, j + 2), {"it's"_L1, "this"_L1, "today's"_L1})
        && anyWordIn(tokens, j + 3, std::min(j + 5, tokens.size()), {"your"_L1});
    if (yours || warmBetween(tokens, j + 2, sentenceEndWithin(tokens, verb, 24)))
        return -1;
    return j + 2;
}

// "Me? I've been nothing but patient.", "Me? Rude? I was perfectly polite to
// your dad.", "Me? What did I do?": the charge echoed, then the speaker's
// defence (not "Me? I'd love to!", nor "Me? I'm fine."). `me` opens a
// sentence of its own ("who, me?"); returns the end of the defence, or -1.
qsizetype echoedChargeFrom(const QString &text, const CoachTokens &tokens, qsizetype me)
{
    qsizetype next = sentenceEndWithin(tokens, me, 3);
    if (next >= tokens.size() || next > me + 1 || !asksQuestion(text, tokens, me))
        return -1;
    // One more echo may follow, a word or two ("Rude?").
    const qsizetype after = sentenceEndWithin(tokens, next, 3);
    if (after < tokens.size() && after <= next + 2 && !(tokens.at(next).classes & Person))
        next = after;
    const qsizetype end = sentenceEndWithin(tokens, next, 16);
    const QString &first = tokens.at(next).word;
    const bool speaker = isOneOf(first, {"i"_L1, "i'm"_L1, "i've"_L1, "i'd"_L1})
        || (first == "what"_L1 && wordAt(tokens, next + 1) == "did"_L1 && wordAt(tokens, next + 2) == "i"_L1);
    if (!speaker || warmBetween(tokens, next, end))
        return -1;
    if (first == "what"_L1)
        return next + 3;
    for (qsizetype k = next + 1; k < end; ++k) {
        if (isOneOf(tokens.at(k).word, {"even"_L1, "wasn't"_L1, "didn't"_L1, "never"_L1, "nothing"_L1, "most"_L1,
                                        "perfectly"_L1, "one"_L1}))
            return k + 1;
    }
    return -1;
}

// "Like you've never been late in your life", "oh, like you always remember
// to lock up?", "as if you never forget anything": the partner's record held
// up against the charge (not "like you always say, one day at a time").
// `like` heads its sentence; returns the end, or -1.
qsizetype likeYouNeverFrom(const CoachTokens &tokens, qsizetype like)
{
    qsizetype k = like + 1;
    if (!isOneOf(wordAt(tokens, k), {"you"_L1, "you've"_L1, "u"_L1, "you're"_L1}))
        return -1;
    ++k;
    if (isOneOf(wordAt(tokens, k), {"have"_L1, "are"_L1}))
        ++k;
    if (!isOneOf(wordAt(tokens, k), {"never"_L1, "always"_L1, "ever"_L1}) || !sameClause(tokens, like, k + 1)
        || isOneOf(wordAt(tokens, k + 1),
            {"say"_L1, "said"_L1, "tell"_L1, "told"_L1, "mean"_L1, "do"_L1, "did"_L1, "know"_L1, "make"_L1}))
        return -1;
    return k + 1;
}

// "I paid the bill last month, so.", "my mum always did it this way, so.":
// a reply trailing off in "so", the "so what?" left unsaid (not "I think so",
// "I hope so"). `so` is the last word.
bool trailsOffInSo(const CoachTokens &tokens, qsizetype so)
{
    if (so < 3 || so + 1 != tokens.size())
        return false;
    return !sameClause(tokens, so - 1, so)
        || !((tokens.at(so - 1).classes & (Person | Auxiliary | Negator | Hedge))
             || isOneOf(tokens.at(so - 1).word,
                 {"think"_L1, "hope"_L1, "guess"_L1, "believe"_L1, "suppose"_L1, "say"_L1, "said"_L1, "told"_L1,
                     "more"_L1, "less"_L1, "and"_L1, "or"_L1, "why"_L1, "reckon"_L1, "imagine"_L1, "fear"_L1,
                     "seems"_L1, "seemed"_L1, "doing"_L1, "even"_L1, "just"_L1, "only"_L1, "it"_L1}));
}

// "I'd have done it if you hadn't nagged me", "if you'd given me more notice
// I'd have been ready", "maybe if you asked nicely I'd do it", "I wouldn't
// have to nag if you did your share": the duty that would have been done, but
// for the partner (not for a circumstance: "if the bus hadn't broken down, I'd
// have been on time" explains). Not an offer ("I'd do it if you want"), a kindness ("I would
// have lent you my jumper"), nor thanks ("if you hadn't helped, I'd have done
// it all wrong"). `would` is "I'd" or the "would" after "I"; returns the end
// of the duty, or -1.
qsizetype dutyButForFrom(const QString &text, const CoachTokens &tokens, qsizetype would)
{
    const bool wouldnt = tokens.at(would).word == "wouldn't"_L1;
    qsizetype k = would + 1;
    const bool have = isOneOf(wordAt(tokens, k), {"have"_L1, "of"_L1, "'ve"_L1});
    if (have)
        ++k;
    if (isOneOf(wordAt(tokens, k), {"actually"_L1, "just"_L1, "happily"_L1}))
        ++k;
    const QString &verb = wordAt(tokens, k);
    const bool duty = wouldnt
        ? have && verb == "to"_L1
            && isOneOf(wordAt(tokens, k + 1), {"nag"_L1, "ask"_L1, "shout"_L1, "remind"_L1, "yell"_L1, "lie"_L1, "moan"_L1})
        : isOneOf(verb, {"done"_L1, "do"_L1, "remembered"_L1, "known"_L1, "tidied"_L1, "sorted"_L1, "finished"_L1})
            || (verb == "been"_L1 && isOneOf(wordAt(tokens, k + 1), {"ready"_L1, "there"_L1, "on"_L1}))
            || (isOneOf(verb, {"get"_L1, "got"_L1}) && isOneOf(wordAt(tokens, k + 1), {"it"_L1, "round"_L1}));
    if (!duty || !sameClause(tokens, would, k) || asksQuestion(text, tokens, would))
        return -1;
    const qsizetype end = wouldnt ? k + 2 : k + 1;
    const qsizetype from = sentenceStartWithin(tokens, would, 16);
    const qsizetype to = sentenceEndWithin(tokens, would, 16);
    // ("Done it all wrong" is a harm avoided; what follows the "if" is not the duty's.)
    qsizetype beforeIf = end;
    while (beforeIf < to && beforeIf < end + 6 && sameClause(tokens, end, beforeIf) && tokens.at(beforeIf).word != "if"_L1)
        ++beforeIf;
    if (warmBetween(tokens, from, to) || kindnessToThePartner(tokens, end, to) || anyIn(tokens, end, beforeIf, Negative))
        return -1;
    // The "if" of it, before or after: the partner's deed, or a deed not done.
    for (qsizetype f = from; f < to; ++f) {
        if (tokens.at(f).word != "if"_L1 || (f > would && f < end))
            continue;
        const qsizetype stop = std::min({to, f + 8, f < would ? would : to});
        const bool partner = isOneOf(wordAt(tokens, f + 1), {"you"_L1, "you'd"_L1, "u"_L1, "youd"_L1});
        const bool notDone = anyIn(tokens, f + 1, stop, Negator);
        const bool offer = anyWordIn(tokens, f + 1, stop, {"want"_L1, "like"_L1, "need"_L1, "prefer"_L1, "wanted"_L1});
        const bool pastOrBut = have || notDone || anyWordBefore(tokens, f, 2, {"maybe"_L1, "perhaps"_L1});
        // (Only the partner: "if the bus hadn't broken down, I'd have been on time" explains.)
        if (!offer && pastOrBut && partner)
            return end;
    }
    return -1;
}

// "The bin was already full when I got here.", "But the fridge was already
// broken when I got there!": the damage there before the speaker came (not
// "the kids were already asleep when I got home"). `already` is the word;
// returns the end of the arrival, or -1.
qsizetype alreadySoFrom(const CoachTokens &tokens, qsizetype already)
{
    if (!isOneOf(wordAt(tokens, already + 1),
            {"broken"_L1, "full"_L1, "cracked"_L1, "empty"_L1, "dirty"_L1, "gone"_L1, "dead"_L1, "open"_L1,
                "scratched"_L1, "stained"_L1, "missing"_L1, "like"_L1, "there"_L1, "dented"_L1, "leaking"_L1}))
        return -1;
    for (qsizetype k = already + 2; k + 2 < tokens.size() && k < already + 5; ++k) {
        if (tokens.at(k).word == "when"_L1 && wordAt(tokens, k + 1) == "i"_L1
            && isOneOf(wordAt(tokens, k + 2), {"got"_L1, "arrived"_L1, "came"_L1, "walked"_L1, "found"_L1}))
            return k + 3;
    }
    return -1;
}

} // namespace

void CoachHorsemen::findComebacks(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &word = tokens.at(i).word;
        qsizetype end = -1;
        int pattern = m_denialPattern;
        if (word == "blame"_L1) {
            end = sarcasticBlameFrom(tokens, i);
            pattern = m_victimPattern;
        } else if (word == "whatever"_L1 && headsSentence(tokens, i)) {
            end = whateverIDoFrom(tokens, i);
            pattern = m_victimPattern;
        } else if (isOneOf(word, {"turn"_L1, "twist"_L1, "flip"_L1, "make"_L1, "turning"_L1, "twisting"_L1,
                                   "flipping"_L1, "making"_L1})) { // ("put", which can be a coat, is a set phrase)
            end = pushedBackFrom(tokens, i);
        } else if (word == "me"_L1 && (opensSentence(tokens, i) || (wordAt(tokens, i - 1) == "who"_L1 && i == 1))) {
            end = echoedChargeFrom(text, tokens, i);
        } else if ((word == "like"_L1 || (word == "if"_L1 && wordAt(tokens, i - 1) == "as"_L1))
                   && headsSentence(tokens, word == "like"_L1 ? i : i - 1)) {
            end = likeYouNeverFrom(tokens, i);
            pattern = m_counterPattern;
        } else if (isOneOf(word, {"i'd"_L1, "id"_L1, "would"_L1, "wouldn't"_L1})
                   && (word.startsWith(u'i') || wordAt(tokens, i - 1) == "i"_L1)) {
            end = dutyButForFrom(text, tokens, i);
        } else if (word == "already"_L1) {
            end = alreadySoFrom(tokens, i);
        } else if (word == "so"_L1 && trailsOffInSo(tokens, i)) {
            add(m_denialPattern, text, tokens, i, i + 1, findings);
            continue;
        }
        if (end > 0)
            add(pattern, text, tokens, i, end, findings);
    }
}
