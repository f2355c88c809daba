// SPDX-License-Identifier: GPL-3.0-or-later
// The clauses that end the talk, read one at a time for findStonewallingShapes
// (coachstonewalling.cpp): the speaker leaving, orders that dismiss, lone replies.
#include "coachstonewallingclauses.h"

#include "coachgrammar.h"
#include "coachstonewallingwords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace StonewallingWords;

namespace StonewallingClauses {

namespace {
qsizetype endingAt(const CoachTokens &tokens, qsizetype i, qsizetype end, const QString &who);
} // namespace

// "I'm out.", "I'm leaving.", "I'm done with this.", "I've had enough.": the
// speaker ending the talk, the clause ending there. Returns its end, or -1.
qsizetype endingFrom(const CoachTokens &tokens, qsizetype subject)
{
    const qsizetype end = clauseEndWithin(tokens, subject, 10);
    qsizetype i = subject + 1;
    const QString &who = tokens.at(subject).word;
    if (isOneOf(who, notEndings)
        || (isOneOf(who, {"i've"_L1, "we've"_L1}) && !(i < end && tokens.at(i).word == "had"_L1)))
        return -1;
    if (who == "i"_L1 || who == "we"_L1) {
        if (i < end && isOneOf(tokens.at(i).word, {"am"_L1, "are"_L1}))
            ++i;
        else if (i + 1 < end && isOneOf(tokens.at(i).word, {"have"_L1, "'ve"_L1}) && tokens.at(i + 1).word == "had"_L1)
            ++i;
        else
            return -1;
    }
    return endingAt(tokens, i, end, who);
}

qsizetype steppingAsideFrom(const CoachTokens &tokens, qsizetype subject)
{
    qsizetype i = subject + 1;
    const QString &who = tokens.at(subject).word;
    if (who == "i"_L1 && wordAt(tokens, i) == "am"_L1)
        ++i;
    else if (who != "i'm"_L1 && who != "im"_L1)
        return -1;
    if (wordAt(tokens, i) == "just"_L1)
        ++i;
    const qsizetype end = clauseEndWithin(tokens, subject, 9);
    qsizetype aside = -1;
    const QString &word = wordAt(tokens, i);
    if (isOneOf(word, {"staying"_L1, "keeping"_L1}) && wordAt(tokens, i + 1) == "out"_L1)
        ++i;
    const QString &out = wordAt(tokens, i);
    if (out == "out"_L1 && wordAt(tokens, i + 1) == "of"_L1 && isOneOf(wordAt(tokens, i + 2), {"it"_L1, "this"_L1}))
        aside = i + 3;
    else if (out == "not"_L1 && isOneOf(wordAt(tokens, i + 1), {"getting"_L1, "gettin"_L1})
             && wordAt(tokens, i + 2) == "involved"_L1)
        aside = i + 3;
    else if (out == "washing"_L1 && wordAt(tokens, i + 1) == "my"_L1 && wordAt(tokens, i + 2) == "hands"_L1
             && wordAt(tokens, i + 3) == "of"_L1 && isOneOf(wordAt(tokens, i + 4), {"it"_L1, "this"_L1, "you"_L1}))
        aside = i + 5;
    while (aside > 0 && aside < end && isOneOf(tokens.at(aside).word, clauseTails))
        ++aside;
    if (aside != end || (out == "out"_L1 && subject == 0))
        return -1; // "I'm out of it today" is dazed; it leaves a choice only after one is named
    // The partner left to act on it before: "You can sort the vet out yourself, ...", "Do what you like, ...".
    for (qsizetype k = 0; k < subject; ++k) {
        if (isOneOf(tokens.at(k).word, {"you"_L1, "u"_L1, "yourself"_L1}))
            return end;
    }
    return -1;
}

// "Done here.", "Hanging up now.", "Checking out of this conversation.": the
// same, typed as texts are, with the "I'm" left out. The word opens its
// sentence and something follows it ("Done." alone answers "Did you do the
// bins?"; "Done now." likewise). Returns the clause's end, or -1.
qsizetype endingWithoutSubject(const CoachTokens &tokens, qsizetype at)
{
    const qsizetype end = clauseEndWithin(tokens, at, 10);
    if (end - at < 2 || !headsSentence(tokens, at) || wordAt(tokens, at - 1) == "well"_L1 // "Well done, you."
        || !isOneOf(tokens.at(at).word, {"done"_L1, "finished"_L1, "hanging"_L1, "logging"_L1, "muting"_L1,
                                         "blocking"_L1, "walking"_L1, "checking"_L1})
        || (end - at == 2 && isOneOf(tokens.at(at + 1).word, clauseTails)))
        return -1;
    return endingAt(tokens, at, end, u"i"_s);
}

namespace {

// What endingFrom reads after the subject, from `i` to the clause's `end`.
qsizetype endingAt(const CoachTokens &tokens, qsizetype i, qsizetype end, const QString &who)
{
    while (i < end && (tokens.at(i).classes & Hedge))
        ++i;
    if (i >= end)
        return -1;
    const QString &word = tokens.at(i).word;
    const auto restIs = [&](qsizetype from, WordList words) {
        qsizetype k = from;
        while (k < end && isOneOf(tokens.at(k).word, words))
            ++k;
        return k == end;
    };
    if (isOneOf(word, {"out"_L1, "leaving"_L1, "off"_L1}) && !(who == "we"_L1 || who == "we're"_L1))
        return restIs(i + 1, outTails) ? end : -1;
    if (isOneOf(word, {"done"_L1, "through"_L1, "finished"_L1})) {
        if (restIs(i + 1, doneTails))
            return end;
        return tokens.at(i + 1 < end ? i + 1 : i).word == "with"_L1
                       && restIs(i + 2, doneWithWhat)
                   ? end : -1;
    }
    if (word == "had"_L1 && i + 1 < end && isOneOf(tokens.at(i + 1).word, {"enough"_L1, "it"_L1}))
        return restIs(i + 2, enoughOfWhat) ? end : -1;
    if (word == "walking"_L1 && i + 1 < end && isOneOf(tokens.at(i + 1).word, {"away"_L1, "out"_L1}))
        return end;
    // "I'm past caring."
    if (word == "past"_L1 && i + 1 < end && tokens.at(i + 1).word == "caring"_L1 && restIs(i + 2, doneTails))
        return end;
    // "I'm putting my headphones in.", "I'm muting this chat.": the partner's words shut out.
    if (word == "putting"_L1 && wordAt(tokens, i + 1) == "my"_L1 && isOneOf(wordAt(tokens, i + 2), earphones)
        && restIs(i + 3, earphonesTails))
        return end;
    if (isOneOf(word, {"muting"_L1, "blocking"_L1, "ignoring"_L1}) && restIs(i + 1, mutedWhat))
        return end;
    // "I'm logging off.": the chat itself left (not "logging off work early").
    if (isOneOf(word, {"logging"_L1, "signing"_L1}) && wordAt(tokens, i + 1) == "off"_L1
        && restIs(i + 2, outTails))
        return end;
    // "I'm hanging up.", "I'm switching my phone off.": the line itself cut (not "hanging up the washing").
    if (word == "hanging"_L1 && wordAt(tokens, i + 1) == "up"_L1 && restIs(i + 2, outTails))
        return end;
    if (isOneOf(word, {"switching"_L1, "turning"_L1}) && wordAt(tokens, i + 1) == "my"_L1
        && wordAt(tokens, i + 2) == "phone"_L1 && wordAt(tokens, i + 3) == "off"_L1
        && restIs(i + 4, outTails))
        return end;
    // "I'm checking out of this conversation." (not "checking out the new café").
    if (word == "checking"_L1 && wordAt(tokens, i + 1) == "out"_L1 && restIs(i + 2, doneWithWhat))
        return end;
    return -1;
}

// A reply of one word a sentence, each flat ("mhm. k.", "OK. Noted. Moving
// on.", "Sure. Cool. Great."): a dismissal among them, or three in a row, say
// nothing more will be said. A grunt needs no end mark ("k", "mm"): it is never
// a word talked about.
bool isRunOfFlatReplies(const QString &text, const CoachTokens &tokens)
{
    if (tokens.isEmpty() || tokens.size() > 6)
        return false;
    if (tokens.size() == 1 && isOneOf(tokens.constFirst().word, grunts))
        return true;
    int sentences = 0;
    bool dismisses = false;
    for (qsizetype first = 0; first < tokens.size(); first = sentenceEnd(tokens, first)) {
        const qsizetype end = sentenceEnd(tokens, first);
        const qsizetype after = tokens.at(end - 1).end;
        if (after < text.size() && text.at(after) != u'.')
            return false; // "Sure!" agrees gladly, "Noted?" asks
        const bool movingOn = end - first == 2 && tokens.at(first).word == "moving"_L1 && tokens.at(first + 1).word == "on"_L1;
        // "Cool. Bye.", "ok cool. bye.": a bare farewell closing flat replies leaves.
        const bool farewell = sentences > 0 && end == tokens.size() && end - first == 1
            && isOneOf(tokens.at(first).word, {"bye"_L1, "goodbye"_L1});
        // "Yeah, ok, sure.": flat replies run together count as one.
        bool flat = end - first <= 3;
        for (qsizetype k = first; flat && k < end; ++k)
            flat = isOneOf(tokens.at(k).word, flatReplies) || isOneOf(tokens.at(k).word, grunts);
        if (!movingOn && !farewell && !flat)
            return false;
        dismisses = dismisses || movingOn || farewell || isOneOf(tokens.at(first).word, grunts);
        ++sentences;
    }
    return sentences >= 2 && (dismisses || sentences >= 3);
}

} // namespace

// Dismissals said alone, as the whole reply: "Whatever.", "K.", "Sure.",
// "Noted.", "Nothing.", "Never mind.", "Who cares?", "Not now.".
bool isLoneDismissal(const QString &text, const CoachTokens &tokens)
{
    if (isRunOfFlatReplies(text, tokens))
        return true;
    if (tokens.isEmpty() || tokens.size() > 5 || tokens.constLast().sentence != tokens.constFirst().sentence)
        return false;
    // "Ag, whatever, man.", "yeah whatever man": the same dismissal with the partner
    // addressed after it, read without the address (its end mark kept).
    if (tokens.size() > 1 && isOneOf(tokens.constLast().word, {"man"_L1, "mate"_L1, "dude"_L1, "bro"_L1})) {
        const qsizetype cut = tokens.at(tokens.size() - 2).end;
        return isLoneDismissal(text.left(cut) + text.mid(tokens.constLast().end), tokens.first(tokens.size() - 1));
    }
    if (tokens.size() > 4)
        return false;
    static const std::initializer_list<QLatin1StringView> dismissals = {
        "whatever"_L1, "k"_L1, "kk"_L1, "sure"_L1, "noted"_L1, "nothing"_L1, "fine"_L1, "mhm"_L1, "meh"_L1, "mm"_L1};
    const QString &last = tokens.constLast().word;
    // Said with its end mark: a bare "fine" is the word talked about, not a reply.
    // A grunt closing flat replies needs none, as texts are typed ("ok whatever",
    // "fine whatever", "k whatever"): it is never a word talked about. Laughed at,
    // it is no less a shutting ("lol k", "lol whatever").
    const qsizetype after = tokens.constLast().end;
    if (after >= text.size() && isOneOf(last, grunts) && tokens.size() > 1) {
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (!isOneOf(tokens.at(i).word, flatReplies) && !isOneOf(tokens.at(i).word, grunts)
                && !isLaughter(tokens.at(i).word))
                return false;
        }
        return true;
    }
    if (after >= text.size() || !(text.at(after) == u'.' || text.at(after) == u'!' || text.at(after) == u'?'
                                  || text.at(after) == u'\u2026'))
        return false;
    if (last == "sure"_L1 && text.at(after) == u'!')
        return false; // "Sure!" agrees gladly
    // "Ok.", "Yep.", "Mm-hm.": a flat reply alone, closed with a full stop (not "Ok!", glad,
    // nor "Ok?", asking).
    if (tokens.size() == 1 && text.at(after) != u'!' && text.at(after) != u'?'
        && (isOneOf(last, flatReplies) || isOneOf(last, {"yup"_L1, "mm-hm"_L1, "mhmm"_L1, "uh-huh"_L1})))
        return true;
    // "Nope.", "Nah.": a flat no, the whole reply (not "Nope, I haven't seen it", which answers).
    if (tokens.size() == 1 && text.at(after) == u'.' && isOneOf(last, {"nope"_L1, "nah"_L1}))
        return true;
    // "You do you.": the partner left to it, said as the whole reply.
    if (tokens.size() == 3 && tokens.at(0).word == "you"_L1 && tokens.at(1).word == "do"_L1
        && last == "you"_L1 && text.at(after) == u'.')
        return true;
    if (isOneOf(last, dismissals)) {
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            if (!isInterjection(tokens.at(i).word) && !isOneOf(tokens.at(i).word, dismissals)
                && !isLaughter(tokens.at(i).word))
                return false;
        }
        return true;
    }
    const qsizetype n = tokens.size();
    const QString &first = tokens.at(n - 2 >= 0 ? n - 2 : 0).word;
    if (n == 2 || (n == 3 && isInterjection(tokens.constFirst().word))) {
        return (first == "never"_L1 && last == "mind"_L1) || (first == "who"_L1 && last == "cares"_L1)
            || (first == "not"_L1 && last == "now"_L1) || (first == "uh"_L1 && last == "huh"_L1)
            || (first == "yeah"_L1 && last == "yeah"_L1) || (first == "message"_L1 && last == "received"_L1);
    }
    // "Not now, not ever.", "not now or ever": the later that would make it a pause, refused.
    if (n == 4 && tokens.at(0).word == "not"_L1 && tokens.at(1).word == "now"_L1 && last == "ever"_L1)
        return true;
    return false; // ("It doesn't matter." forgives as often as it dismisses.)
}

// "Don't bother, I'll get it", "just leave it, I'll do it": the speaker offers
// to take it on (not "I'll do it myself", which is said in resentment).
bool offersToDoIt(const CoachTokens &tokens, qsizetype from, qsizetype end)
{
    for (qsizetype i = from; i < end && i < from + 8; ++i) {
        if (tokens.at(i).word == "i'll"_L1 || (tokens.at(i).word == "let"_L1 && i + 1 < end && tokens.at(i + 1).word == "me"_L1))
            return !anyWordIn(tokens, i, std::min(end, i + 6), {"myself"_L1});
    }
    return false;
}

// Orders that end the talk: "Don't bother.", "Go away.", "Get away from me.",
// "Don't talk to me.", "Save it.", "Talk to the wall."
qsizetype dismissingOrderAt(const CoachTokens &tokens, qsizetype head, qsizetype end)
{
    const auto word = [&](qsizetype i) -> const QString & {
        static const QString none;
        return i < end && sameClause(tokens, head, i) ? tokens.at(i).word : none;
    };
    const qsizetype clause = clauseEnd(tokens, head);
    const QString &verb = word(head);
    // "Don't bother." or "don't bother explaining", not "don't bother getting up, I'll get it".
    if (verb == "don't"_L1 && word(head + 1) == "bother"_L1
        && (head + 2 == clause || isOneOf(word(head + 2), notBotherWhat)))
        return head + 2;
    if ((verb == "go"_L1 && word(head + 1) == "away"_L1) || (verb == "save"_L1 && word(head + 1) == "it"_L1))
        return head + 2 == clause ? head + 2 : -1;
    if (verb == "get"_L1 && word(head + 1) == "away"_L1 && word(head + 2) == "from"_L1 && word(head + 3) == "me"_L1)
        return head + 4;
    if (verb == "get"_L1 && word(head + 1) == "out"_L1 && head + 2 == clause)
        return head + 2;
    if (verb == "don't"_L1 && isOneOf(word(head + 1), {"talk"_L1, "speak"_L1}) && word(head + 2) == "to"_L1
        && word(head + 3) == "me"_L1)
        return head + 4;
    // "Don't text me.", "Don't call.": the line closed, the clause ending there ("don't call
    // me after ten" only says when).
    if (verb == "don't"_L1 && isOneOf(word(head + 1), contactVerbs))
        return word(head + 2) == "me"_L1 ? (head + 3 == clause ? head + 3 : -1)
                                         : (head + 2 == clause ? head + 2 : -1);
    if (verb == "don't"_L1 && word(head + 1) == "follow"_L1 && word(head + 2) == "me"_L1)
        return head + 3; // "don't follow me" ("don't wait up" is a courtesy)
    // "Don't come after me.", "don't come looking for me": the partner kept from following.
    // ("After" may join clauses, so the words are read past the clause's end.)
    if (verb == "don't"_L1 && word(head + 1) == "come"_L1) {
        const qsizetype me = wordAt(tokens, head + 2) == "after"_L1        ? head + 3
            : word(head + 2) == "looking"_L1 && word(head + 3) == "for"_L1 ? head + 4
                                                                           : -1;
        const bool ends = me + 1 >= end || !sameClause(tokens, me, me + 1);
        return me > 0 && me < end && wordAt(tokens, me) == "me"_L1 && ends ? me + 1 : -1;
    }
    // "Don't expect a reply.", "don't wait for me to call": no word back, the clause ending
    // there (not "don't expect a reply before lunch", which only says when).
    if (verb == "don't"_L1 && word(head + 1) == "expect"_L1
        && isOneOf(word(head + 2), {"a"_L1, "an"_L1, "any"_L1}) && isOneOf(word(head + 3), repliesExpected)
        && head + 4 == clause)
        return clause;
    if (verb == "don't"_L1 && word(head + 1) == "wait"_L1 && word(head + 2) == "for"_L1
        && word(head + 3) == "me"_L1 && word(head + 4) == "to"_L1 && isOneOf(word(head + 5), contactVerbs)
        && head + 6 == clause)
        return clause;
    // "Don't even start.": the talk refused before it begins (not "don't start the film without me").
    const qsizetype start = word(head + 1) == "even"_L1 ? head + 2 : head + 1;
    if (verb == "don't"_L1 && word(start) == "start"_L1 && start + 1 == clause)
        return clause;
    if (isOneOf(verb, {"drop"_L1, "leave"_L1}) && word(head + 1) == "it"_L1 && head + 2 == clause)
        return head + 2; // "Drop it.", "Just leave it." (not "leave it on the side")
    if (verb == "let"_L1 && word(head + 1) == "it"_L1 && word(head + 2) == "go"_L1 && head + 3 == clause)
        return head + 3; // "Let it go." (not "let it go cold")
    if (verb == "forget"_L1 && word(head + 1) == "i"_L1 && isOneOf(word(head + 2), {"said"_L1, "asked"_L1, "mentioned"_L1}))
        return head + 3; // "forget I said anything"
    // "Think what you like.", "do as you please", "say whatever you want": the
    // partner left to it, the clause ending there (not "do what you like with the room").
    if (isOneOf(verb, {"think"_L1, "believe"_L1, "say"_L1, "do"_L1}) && isOneOf(word(head + 1), {"what"_L1, "whatever"_L1, "as"_L1})
        && word(head + 2) == "you"_L1 && isOneOf(word(head + 3), {"like"_L1, "want"_L1, "wish"_L1, "please"_L1})
        && head + 4 == clause)
        return head + 4;
    // "Do whatever.": the partner left to it, nothing more to say.
    if (verb == "do"_L1 && word(head + 1) == "whatever"_L1 && head + 2 == clause)
        return clause;
    // "(You can) talk all you want, I'm watching the match": the talk let run on
    // unheard (not "..., I'm listening", "I'm here").
    const qsizetype said = verb == "you"_L1 && word(head + 1) == "can"_L1 ? head + 2 : head;
    if (isOneOf(word(said), {"talk"_L1, "say"_L1, "shout"_L1, "moan"_L1, "rant"_L1}) && word(said + 1) == "all"_L1
        && word(said + 2) == "you"_L1 && isOneOf(word(said + 3), {"want"_L1, "like"_L1}) && said + 4 == clause) {
        const qsizetype then = clause < end ? clauseEnd(tokens, clause) : clause;
        const bool stillHere = anyWordIn(tokens, clause, then, {"listening"_L1, "here"_L1, "listen"_L1})
                               && !anyIn(tokens, clause, then, Negator) && !anyWordIn(tokens, clause, then, {"stopped"_L1});
        return stillHere ? -1 : clause;
    }
    // "Go and vent to someone else", "go tell someone who cares": the partner sent elsewhere.
    const qsizetype sent = word(head + 1) == "and"_L1 ? head + 2 : head + 1;
    if (verb == "go"_L1 && isOneOf(word(sent), {"vent"_L1, "tell"_L1, "complain"_L1, "moan"_L1, "cry"_L1, "whine"_L1})) {
        for (qsizetype k = sent + 1; k + 1 < clause && k < sent + 4; ++k) {
            if (isOneOf(word(k), {"someone"_L1, "somebody"_L1})
                && (word(k + 1) == "else"_L1 || (word(k + 1) == "who"_L1 && word(k + 2) == "cares"_L1)))
                return clause;
        }
    }
    // "Let's just not.", "Can we not?": the talk declined with nothing put in its place
    // (not "let's not fight"; a plain "let's not" declines a plan as often as the talk).
    const bool canWe = verb == "can"_L1 && word(head + 1) == "we"_L1;
    if (verb == "let's"_L1 || canWe) {
        const qsizetype opened = canWe ? head + 2 : head + 1;
        qsizetype declined = opened;
        while (declined < clause && (tokens.at(declined).classes & Hedge))
            ++declined;
        if (word(declined) == "not"_L1 && declined + 1 == clause && (canWe || declined > opened))
            return clause;
    }
    if (verb == "talk"_L1 && word(head + 1) == "to"_L1 && word(head + 2) == "the"_L1
        && isOneOf(word(head + 3), {"wall"_L1, "hand"_L1}))
        return head + 4;
    return -1;
}

} // namespace StonewallingClauses
