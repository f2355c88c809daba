// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt put as a question: questions that doubt the partner's mind or
// upbringing ("do you even listen?", "who raised you?"), that scorn their
// effort ("how hard is it to ...?", "is that the best you can do?") or their
// judgement ("did you honestly think that would work?"); part of
// CoachHorsemen. Ironic statements are read in coachcontemptshapes.cpp.
#include "coachhorsemen.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace ContemptWords;

namespace {

// "..., five?", "..., twelve?", "..., a toddler?": a child's age or a child as the
// question's last word, at `at`.
bool isChildsAgeGuess(const QString &text, const CoachTokens &tokens, qsizetype at)
{
    if (at >= tokens.size() || tokens.at(at).sentence != tokens.at(at - 1).sentence)
        return false;
    const qsizetype guess = isOneOf(tokens.at(at).word, {"a"_L1, "an"_L1}) ? at + 1 : at;
    if (guess >= tokens.size() || sentenceEndWithin(tokens, guess, 2) != guess + 1 || !asksQuestion(text, tokens, guess))
        return false;
    const QString &word = tokens.at(guess).word;
    const bool young = word.size() <= 2 && word.front().isDigit() && word.toInt() <= 12;
    return young || isOneOf(word, childishness)
        || isOneOf(word, {"two"_L1, "three"_L1, "four"_L1, "six"_L1, "seven"_L1, "eight"_L1, "nine"_L1, "ten"_L1,
                          "eleven"_L1});
}

} // namespace

bool CoachHorsemen::findContemptQuestionAt(const QString &text, const CoachTokens &tokens, qsizetype i, bool warm,
                                           QList<CoachFinding> &findings) const
{
    const QString &word = tokens.at(i).word;
    const QString &next = inClause(tokens, i, i + 1);
    // Questions that doubt the partner's mind or upbringing: "do you even
    // listen?", "are you an idiot?", "who raised you?", "what kind of person ...".
    // "Do you ever think before you speak?", "do you ever listen?", not "... think about moving?"
    if (word == "ever"_L1 && i >= 2 && wordAt(tokens, i - 1) == "you"_L1 && (tokens.at(i - 2).classes & Auxiliary)
        && isOneOf(next, {"think"_L1, "listen"_L1, "stop"_L1})
        && (clauseEndWithin(tokens, i, 4) == i + 2 || inClause(tokens, i, i + 2) == "before"_L1)) {
        add(m_mockeryPattern, text, tokens, i - 2, i + 2, findings);
        return true;
    }
    // (Only with a verb of thought, care or effort: "do you even like horror films?" just asks.)
    if (word == "even"_L1 && i >= 2 && wordAt(tokens, i - 1) == "you"_L1 && (tokens.at(i - 2).classes & Auxiliary)
        && sameClause(tokens, i - 2, i) && !(tokens.at(i - 2).classes & Negator)
        && isOneOf(next, effortVerbs)) {
        add(m_mockeryPattern, text, tokens, i - 2, i + 1, findings);
        return true;
    }
    if (isOneOf(word, {"are"_L1, "were"_L1}) && next == "you"_L1 && headsSentence(tokens, i)) {
        qsizetype k = i + 2;
        while (k < tokens.size() && sameClause(tokens, i, k) && k < i + 5
               && ((tokens.at(k).classes & (Hedge | Article)) || isOneOf(tokens.at(k).word, {"that"_L1, "this"_L1, "even"_L1, "physically"_L1})))
            ++k;
        const QString &what = inClause(tokens, i, k);
        const bool insult = k < tokens.size() && !what.isEmpty()
                            && (tokens.at(k).classes & (Negative | NotLabel)) == Negative && !isGerund(tokens.at(k));
        // "Are you even capable of reading a map?", "are you physically incapable of closing a
        // cupboard?": the partner's ability doubted (not "are you capable of lifting that alone?").
        const bool unable = (what == "incapable"_L1 || (what == "capable"_L1 && anyWordIn(tokens, i + 2, k, {"even"_L1})))
                            && inClause(tokens, i, k + 1) == "of"_L1;
        // ("capable" is warm itself, so only warmth around it counts against it.)
        if (unable && !warmBetween(tokens, 0, i) && !warmBetween(tokens, k + 1, tokens.size())) {
            add(m_mockeryPattern, text, tokens, i, k + 1, findings);
            return true;
        }
        if (warm)
            return true; // "Are you crazy? I love it!"
        if (insult || isOneOf(what, childishness))
            add(m_mockeryPattern, text, tokens, i, k + 1, findings);
        return true;
    }
    if (word == "who"_L1 && isOneOf(next, {"raised"_L1, "taught"_L1, "brought"_L1}) && inClause(tokens, i, i + 2) == "you"_L1
        && clauseEndWithin(tokens, i, 6) <= i + 4) {
        add(m_mockeryPattern, text, tokens, i, i + 3, findings);
        return true;
    }
    // "Who taught you to cook, a raccoon?": the teacher guessed, in mockery, as the question's
    // last words (not "Who taught you to make bread like this? It's delicious.").
    if (word == "who"_L1 && next == "taught"_L1 && inClause(tokens, i, i + 2) == "you"_L1 && asksQuestion(text, tokens, i)) {
        const qsizetype guess = clauseEndWithin(tokens, i, 8);
        const qsizetype end = sentenceEndWithin(tokens, i, 12);
        if (guess < end && isOneOf(tokens.at(guess).word, {"a"_L1, "an"_L1}) && end - guess <= 3 && !warm) {
            add(m_mockeryPattern, text, tokens, i, end, findings);
            return true;
        }
    }
    // "What are you, five?", "what are you, a child?": the partner's age mocked, the question
    // ending on it (not "what are you, a size ten or twelve?", nor "what are you having?").
    if (word == "what"_L1 && next == "are"_L1 && inClause(tokens, i, i + 2) == "you"_L1
        && headsSentence(tokens, i) && clauseEndWithin(tokens, i, 4) == i + 3) {
        const qsizetype age = wordAt(tokens, i + 3) == "a"_L1 ? i + 4 : i + 3;
        if (age < tokens.size() && tokens.at(age).sentence == tokens.at(i).sentence
            && isOneOf(tokens.at(age).word, childishness) && sentenceEndWithin(tokens, age, 2) == age + 1
            && asksQuestion(text, tokens, age) && !warm) {
            add(m_mockeryPattern, text, tokens, i, age + 1, findings);
            return true;
        }
    }
    if (word == "what"_L1 && isOneOf(next, {"kind"_L1, "sort"_L1}) && kindOfPersonAt(tokens, i) > 0) {
        add(m_mockeryPattern, text, tokens, i, i + 4, findings);
        return true;
    }
    // "What's the matter with you?", "what's your problem?", "what were you thinking?"
    if ((word == "what's"_L1 || (word == "what"_L1 && isOneOf(next, {"is"_L1, "were"_L1})))
        && headsSentence(tokens, i)) {
        const qsizetype k = word == "what's"_L1 ? i + 1 : i + 2;
        const QString &a = inClause(tokens, i, k);
        const QString &b = inClause(tokens, i, k + 1);
        const QString &c = inClause(tokens, i, k + 2);
        const QString &d = inClause(tokens, i, k + 3);
        if ((a == "your"_L1 && b == "problem"_L1) || (a == "you"_L1 && b == "thinking"_L1 && clauseEndWithin(tokens, i, 8) == k + 2)
            || (a == "the"_L1 && b == "matter"_L1 && c == "with"_L1 && d == "you"_L1))
            add(m_mockeryPattern, text, tokens, i, a == "the"_L1 ? k + 4 : k + 2, findings);
        return true;
    }
    // "Is it really that hard to think of someone else?"
    if (word == "is"_L1 && next == "it"_L1 && isOneOf(inClause(tokens, i, i + 2), {"really"_L1, "so"_L1})) {
        qsizetype k = i + 3;
        if (inClause(tokens, i, k) == "that"_L1)
            ++k;
        if (isOneOf(inClause(tokens, i, k), {"hard"_L1, "difficult"_L1}) && inClause(tokens, i, k + 1) == "to"_L1)
            add(m_mockeryPattern, text, tokens, i, k + 1, findings);
        return true;
    }
    // "Is that the best you can do?", "is that all you've got?", "is that meant to be an apology?",
    // "Was that supposed to be an apology?", "Is that your idea of tidying?" (not "Is that meant to
    // be a cat? I love it, put it on the fridge.", nor "Is that your idea of a perfect weekend? Lovely.")
    if (isOneOf(word, {"is"_L1, "was"_L1}) && next == "that"_L1 && headsSentence(tokens, i) && asksQuestion(text, tokens, i)) {
        qsizetype k = i + 2;
        if (inClause(tokens, i, k) == "really"_L1)
            ++k;
        const bool meant = isOneOf(inClause(tokens, i, k), {"meant"_L1, "supposed"_L1}) && inClause(tokens, i, k + 1) == "to"_L1
                           && inClause(tokens, i, k + 2) == "be"_L1 && !warm;
        const bool idea = inClause(tokens, i, k) == "your"_L1 && inClause(tokens, i, k + 1) == "idea"_L1
                          && inClause(tokens, i, k + 2) == "of"_L1 && !warmBetween(tokens, 0, tokens.size());
        if ((word == "is"_L1 && inClause(tokens, i, k) == "the"_L1 && inClause(tokens, i, k + 1) == "best"_L1
             && inClause(tokens, i, k + 2) == "you"_L1)
            || (word == "is"_L1 && inClause(tokens, i, k) == "all"_L1 && isOneOf(inClause(tokens, i, k + 1), {"you"_L1, "you've"_L1}))
            || meant || idea)
            add(m_mockeryPattern, text, tokens, i, k + (meant || idea ? 3 : 2), findings);
        return true;
    }
    // "You call that cleaning?", "who even does that?"
    if (word == "call"_L1 && i > 0 && wordAt(tokens, i - 1) == "you"_L1 && headsSentence(tokens, i - 1)
        && isOneOf(next, {"that"_L1, "this"_L1}) && asksQuestion(text, tokens, i)) {
        add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
        return true;
    }
    if (word == "even"_L1 && wordAt(tokens, i - 1) == "who"_L1
        && isOneOf(next, behaviourVerbs)
        && isOneOf(inClause(tokens, i, i + 2), {"that"_L1, "this"_L1, "like"_L1})) {
        add(m_mockeryPattern, text, tokens, i - 1, i + 3, findings);
        return true;
    }
    // "How hard is it to ...?", "how stupid can you be?", "how can you be so selfish?"
    if (word == "how"_L1 && headsSentence(tokens, i)) {
        // "How hard is it to put the lid back on?", a chore; not "how hard is it to get tickets?".
        if (isOneOf(next, {"hard"_L1, "difficult"_L1}) && isOneOf(inClause(tokens, i, i + 2), {"is"_L1, "can"_L1})
            && anyWordIn(tokens, i + 3, std::min(i + 7, clauseEndWithin(tokens, i, 8)),
                         choreVerbs))
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
        else if ((tokens.at(std::min(i + 1, tokens.size() - 1)).classes & (Negative | NotLabel)) == Negative
                 && isOneOf(inClause(tokens, i, i + 2), {"can"_L1, "are"_L1, "could"_L1}))
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
        else if (isOneOf(next, {"can"_L1, "could"_L1}) && isOneOf(inClause(tokens, i, i + 2), {"you"_L1, "anyone"_L1})
                 && inClause(tokens, i, i + 3) == "be"_L1 && inClause(tokens, i, i + 4) == "so"_L1)
            add(m_mockeryPattern, text, tokens, i, i + 5, findings);
        // "How can one person be this clueless?"
        else if (isOneOf(next, {"can"_L1, "could"_L1}) && inClause(tokens, i, i + 2) == "one"_L1 && inClause(tokens, i, i + 3) == "person"_L1
                 && inClause(tokens, i, i + 4) == "be"_L1 && isOneOf(inClause(tokens, i, i + 5), {"so"_L1, "this"_L1})
                 && i + 6 < tokens.size() && ((tokens.at(i + 6).classes & (Negative | NotLabel)) == Negative
                                              || tokens.at(i + 6).word.endsWith("less"_L1)))
            add(m_mockeryPattern, text, tokens, i, i + 6, findings);
        // "How old are you, five?": the partner's age guessed as a child's, the question ending
        // on it (not "How old are you now, forty?", nor "How old is she, five?").
        else if (next == "old"_L1 && inClause(tokens, i, i + 2) == "are"_L1 && inClause(tokens, i, i + 3) == "you"_L1
                 && clauseEndWithin(tokens, i, 5) == i + 4 && !warm && isChildsAgeGuess(text, tokens, i + 4))
            add(m_mockeryPattern, text, tokens, i, i + 5, findings);
        // "How are you even an adult?", "how are u a grown man": grown-up standing doubted.
        else if (next == "are"_L1 && inClause(tokens, i, i + 2) == "you"_L1 && !warm) {
            qsizetype k = i + 3;
            if (isOneOf(inClause(tokens, i, k), {"even"_L1, "really"_L1, "actually"_L1, "supposedly"_L1}))
                ++k;
            if (isOneOf(inClause(tokens, i, k), {"a"_L1, "an"_L1})
                && isOneOf(inClause(tokens, i, k + 1), {"adult"_L1, "grown"_L1, "grown-up"_L1, "grownup"_L1})
                && sentenceEndWithin(tokens, k, 4) <= k + 3)
                add(m_mockeryPattern, text, tokens, i, k + 2, findings);
        }
        else if (next == "many"_L1 && inClause(tokens, i, i + 2) == "times"_L1 && anyWordIn(tokens, i + 3, std::min(i + 8, tokens.size()), {"tell"_L1, "ask"_L1, "explain"_L1, "say"_L1, "remind"_L1}) && sameClause(tokens, i, std::min(i + 5, tokens.size() - 1)))
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
        return true;
    }
    // "Hahaha you thought that would work?": the same, asked back laughing (not "you thought
    // the pillow would help? did it?").
    if (word == "thought"_L1 && wordAt(tokens, i - 1) == "you"_L1 && asksQuestion(text, tokens, i)
        && laughsBetween(tokens, sentenceStartWithin(tokens, i, 4), i)
        && anyWordIn(tokens, i + 1, clauseEndWithin(tokens, i, 6), {"would"_L1, "could"_L1})
        && anyWordIn(tokens, i + 1, clauseEndWithin(tokens, i, 6), {"work"_L1, "help"_L1}) && !warm) {
        add(m_mockeryPattern, text, tokens, i - 1, i + 1, findings);
        return true;
    }
    // "Did you honestly think that would work?": the partner's judgement scorned.
    if (word == "think"_L1 && i >= 3 && isOneOf(wordAt(tokens, i - 1), {"honestly"_L1, "really"_L1, "seriously"_L1,
                                                                        "genuinely"_L1, "actually"_L1})
        && wordAt(tokens, i - 2) == "you"_L1 && wordAt(tokens, i - 3) == "did"_L1
        && anyWordIn(tokens, i + 1, clauseEndWithin(tokens, i, 5),
                     {"would"_L1, "wouldn't"_L1, "could"_L1, "i'd"_L1, "i'll"_L1, "you'd"_L1, "work"_L1})) {
        add(m_mockeryPattern, text, tokens, i - 3, i + 1, findings);
        return true;
    }
    // "Why are you like this?": the partner's whole way of being scorned.
    if (word == "like"_L1 && isOneOf(next, {"this"_L1, "that"_L1}) && wordAt(tokens, i - 1) == "you"_L1
        && wordAt(tokens, i - 2) == "are"_L1 && wordAt(tokens, i - 3) == "why"_L1 && clauseEndWithin(tokens, i, 3) == i + 2) {
        add(m_mockeryPattern, text, tokens, i - 3, i + 2, findings);
        return true;
    }
    // "What planet do you live on?", "what world are you living in?"
    if (isOneOf(word, {"planet"_L1, "world"_L1}) && wordAt(tokens, i - 1) == "what"_L1
        && isOneOf(next, {"do"_L1, "are"_L1, "you're"_L1, "r"_L1})
        && anyWordIn(tokens, i + 1, clauseEndWithin(tokens, i, 6), {"live"_L1, "living"_L1, "from"_L1})
        && anyWordIn(tokens, i + 1, clauseEndWithin(tokens, i, 6), {"you"_L1, "u"_L1})) {
        add(m_mockeryPattern, text, tokens, i - 1, i + 1, findings);
        return true;
    }
    // "Does it hurt to think that hard?", "Did it hurt, having an actual thought?", "Is thinking
    // hard for you?": thought as a strain for the partner (not "does it hurt to think about her?").
    if (word == "hurt"_L1 && wordAt(tokens, i - 1) == "it"_L1 && isOneOf(wordAt(tokens, i - 2), {"did"_L1, "does"_L1})
        && asksQuestion(text, tokens, i)) {
        const qsizetype end = sentenceEndWithin(tokens, i, 10);
        for (qsizetype k = i + 1; k < end; ++k) {
            if (isOneOf(tokens.at(k).word, {"think"_L1, "thinking"_L1, "thought"_L1})
                && !isOneOf(wordAt(tokens, k + 1), {"about"_L1, "of"_L1})) {
                add(m_mockeryPattern, text, tokens, i - 2, k + 1, findings);
                return true;
            }
        }
    }
    if (word == "thinking"_L1 && wordAt(tokens, i - 1) == "is"_L1 && headsSentence(tokens, i - 1)
        && isOneOf(next, {"hard"_L1, "difficult"_L1}) && inClause(tokens, i, i + 2) == "for"_L1
        && inClause(tokens, i, i + 3) == "you"_L1 && clauseEndWithin(tokens, i, 5) == i + 4
        && asksQuestion(text, tokens, i)) { // (not "... for you right now, with the migraine?")
        add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
        return true;
    }
    // "Do I need to draw you a picture?": the partner as too slow to follow.
    if (word == "draw"_L1 && next == "you"_L1 && isOneOf(inClause(tokens, i, i + 3), {"picture"_L1, "diagram"_L1})
        && asksQuestion(text, tokens, i)) {
        add(m_mockeryPattern, text, tokens, i, i + 4, findings);
        return true;
    }
    return false;
}
