// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt, the second half of its shapes: superiority, comparisons, disgust,
// scoffs written out and irony without a cue; part of CoachHorsemen. (The
// first half, questions that doubt the partner, is in coachcontemptshapes.cpp.)
#include "coachhorsemen.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace ContemptWords;

namespace {

bool isPraise(const QString &word)
{
    return isOneOf(word, praiseWords);
}

// "Brilliant, you won the quiz again!", "Amazing, I've locked myself out
// again": what happens again is a win, or the speaker's own (not "Great, you
// forgot again."). `again` is the "again" or "another".
bool repeatsAWin(const CoachTokens &tokens, qsizetype again)
{
    for (qsizetype k = again - 1; k >= 0 && k >= again - 8 && sameClause(tokens, k, again); --k) {
        if ((tokens.at(k).classes & Speaker)
            || isOneOf(tokens.at(k).word, {"won"_L1, "win"_L1, "passed"_L1, "nailed"_L1, "aced"_L1, "beat"_L1, "smashed"_L1}))
            return true;
    }
    return false;
}

// A being thought less able ("dog", "goldfish", "nephew", "a ten-year-old") in the
// clause before the "than" at `than`.
bool outdoneBy(const CoachTokens &tokens, qsizetype than)
{
    for (qsizetype k = than - 1; k >= 0 && k >= than - 8 && sameClause(tokens, k, than); --k) {
        if (isOneOf(tokens.at(k).word, outdoers) || tokens.at(k).word.endsWith(u"-year-old"_s))
            return true;
    }
    return false;
}

} // namespace

void CoachHorsemen::findContemptScorn(const QString &text, const CoachTokens &tokens, bool warm,
                                      QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const CoachToken &token = tokens.at(i);
        if (!(token.classes & Cue))
            continue; // the words that start a shape are listed in CoachHorsemen's constructor
        const QString &word = token.word;
        const QString &next = inClause(tokens, i, i + 1);
        // Superiority: "unlike you", "some of us have to work", "any normal person would ...",
        // "I'm so much better at this than you", "even a child could".
        if (word == "unlike"_L1 && next == "you"_L1) {
            add(m_mockeryPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        if (word == "some"_L1 && next == "of"_L1 && inClause(tokens, i, i + 2) == "us"_L1 && headsSentence(tokens, i)
            && isOneOf(inClause(tokens, i, i + 3), burdensOfUs)
            && !asksQuestion(text, tokens, i)) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Any normal person would have called", "a sane adult would ...", "Normal people ...".
        if (isOneOf(word, {"normal"_L1, "sane"_L1, "decent"_L1, "reasonable"_L1, "competent"_L1})
            && isOneOf(next, {"person"_L1, "people"_L1, "adult"_L1, "adults"_L1, "human"_L1})) {
            const QString &before = wordAt(tokens, i - 1);
            const bool comparing = before == "any"_L1
                                   || (before == "a"_L1 && isOneOf(inClause(tokens, i, i + 2), {"would"_L1, "wouldn't"_L1}))
                                   || (next == "people"_L1 && headsSentence(tokens, i));
            if (comparing)
                add(m_mockeryPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        // "I'm so much better at this than you", "my nan texts back faster than you": the speaker,
        // or anyone, above the partner (not "faster than you think"); or a being thought less
        // able: "the dog listens better than you", "my twelve-year-old nephew could fix that faster".
        if (word == "than"_L1 && next == "you"_L1 && ((subjectBefore(tokens, i) & (Speaker | Other)) || outdoneBy(tokens, i))
            && !isOneOf(inClause(tokens, i, i + 2), {"think"_L1, "know"_L1, "expect"_L1, "realise"_L1, "imagine"_L1})) {
            for (qsizetype k = i - 1; k >= 0 && k >= i - 6 && sameClause(tokens, k, i); --k) {
                if (isOneOf(tokens.at(k).word, {"better"_L1, "smarter"_L1, "cleverer"_L1, "superior"_L1, "wiser"_L1,
                                                "faster"_L1, "quicker"_L1, "harder"_L1, "tidier"_L1, "neater"_L1})) {
                    add(m_mockeryPattern, text, tokens, k, i + 2, findings);
                    break;
                }
            }
            continue;
        }
        if (word == "even"_L1 && next == "a"_L1 && isOneOf(inClause(tokens, i, i + 2), {"child"_L1, "kid"_L1, "toddler"_L1,
                                                                           "monkey"_L1, "dog"_L1})) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Even he could read a map", "even my nan can work the telly": someone thought less able
        // managing what the partner does not. (Not glad news: "even my mum can FaceTime now!")
        if (word == "even"_L1 && !warm && isOneOf(next, {"he"_L1, "she"_L1, "they"_L1, "my"_L1})) {
            const qsizetype modal = next == "my"_L1 ? i + 3 : i + 2;
            const qsizetype end = sentenceEndWithin(tokens, i, 16);
            const bool exclaims = tokens.at(end - 1).end < text.size() && text.at(tokens.at(end - 1).end) == u'!';
            if (isOneOf(inClause(tokens, i, modal), {"could"_L1, "can"_L1}) && modal + 1 < end && sameClause(tokens, i, modal + 1)
                && !exclaims && !asksQuestion(text, tokens, i))
                add(m_mockeryPattern, text, tokens, i, modal + 2, findings);
            continue;
        }
        // "Of course you did.", "of course you forgot": the failure expected.
        if (word == "of"_L1 && next == "course"_L1 && inClause(tokens, i, i + 2) == "you"_L1) {
            const QString &verb = inClause(tokens, i, i + 3);
            const bool ends = clauseEndWithin(tokens, i, 8) == i + 4;
            if ((ends && isOneOf(verb, expectedFailures))
                || isOneOf(verb, {"forgot"_L1, "forget"_L1}))
                add(m_mockeryPattern, text, tokens, i, i + 4, findings);
            continue;
        }
        // Disgust: "I can't stand you", "I can't even look at you", "I'm ashamed of you".
        if (isOneOf(word, {"stand"_L1, "bear"_L1}) && next == "you"_L1 && (tokens.at(i - (i > 0)).classes & Negator)) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
            continue;
        }
        if (word == "look"_L1 && next == "at"_L1 && inClause(tokens, i, i + 2) == "you"_L1 && i >= 2
            && wordAt(tokens, i - 1) == "even"_L1 && (tokens.at(i - 2).classes & Negator)) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 3, findings);
            continue;
        }
        if (isOneOf(word, {"ashamed"_L1, "embarrassed"_L1, "disgusted"_L1, "sick"_L1}) && isOneOf(next, {"of"_L1, "by"_L1})
            && inClause(tokens, i, i + 2) == "you"_L1 && (nearestPersonBefore(tokens, i) & Speaker)) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Look who finally showed up", not "look who's talking" (a counter-attack).
        if (word == "look"_L1 && next == "who"_L1 && headsSentence(tokens, i)
            && isOneOf(inClause(tokens, i, i + 2), lateArrivals)) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // Scoffs and eye-rolls written out: "pfft", "*rolls eyes*", "very funny".
        if (isOneOf(word, scoffs)
            || (word == "rolls"_L1 && isOneOf(inClause(tokens, i, i + 1), {"eyes"_L1, "her"_L1, "his"_L1, "their"_L1}))
            || (isOneOf(word, {"very"_L1, "real"_L1, "so"_L1}) && next == "funny"_L1 && headsSentence(tokens, i)
                && clauseEndWithin(tokens, i, 4) == i + 2)) {
            add(m_mockeryPattern, text, tokens, i, word == "rolls"_L1 || next == "funny"_L1 ? i + 2 : i + 1, findings);
            continue;
        }
        // Unfavourable comparisons: "why can't you be more like your sister?",
        // "a five-year-old could do better", "my ex would never have ...".
        if (word == "more"_L1 && next == "like"_L1 && wordAt(tokens, i - 1) == "be"_L1 && wordAt(tokens, i - 2) == "you"_L1
            && !isOneOf(inClause(tokens, i, i + 2), {"you"_L1, "yourself"_L1, "that"_L1, "this"_L1})) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 2, findings);
            continue;
        }
        if (word == "better"_L1 && !warm) {
            for (qsizetype k = i - 1; k >= 0 && k >= i - 5 && sameClause(tokens, k, i); --k) {
                if (isOneOf(tokens.at(k).word, {"could"_L1, "would"_L1})
                    && anyWordBefore(tokens, k, 3, {"child"_L1, "kid"_L1, "toddler"_L1, "monkey"_L1, "five-year-old"_L1,
                                                    "toddlers"_L1, "kids"_L1, "children"_L1, "ex"_L1})) {
                    add(m_mockeryPattern, text, tokens, k - 1, i + 1, findings);
                    break;
                }
            }
            continue;
        }
        if (word == "ex"_L1 && wordAt(tokens, i - 1) == "my"_L1 && isOneOf(next, {"would"_L1, "never"_L1, "always"_L1})
            && !warm) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
            continue;
        }
        // Irony that needs no cue: "nice going", "way to go, ...", "thanks a lot", "thanks for nothing",
        // "real smooth", "nice try", "just what I needed".
        const bool ironicPair = (isOneOf(word, {"nice"_L1, "good"_L1}) && next == "going"_L1
                                 && !isOneOf(inClause(tokens, i, i + 2), {"on"_L1, "with"_L1}))
                                || (word == "smooth"_L1 && next == "move"_L1)
                                || (word == "real"_L1 && isOneOf(next, {"smooth"_L1, "nice"_L1, "classy"_L1, "mature"_L1}))
                                || (word == "nice"_L1 && next == "try"_L1 && headsSentence(tokens, i))
                                || (word == "thanks"_L1 && next == "for"_L1 && inClause(tokens, i, i + 2) == "nothing"_L1)
                                || (word == "thanks"_L1 && next == "a"_L1 && isOneOf(inClause(tokens, i, i + 2), {"lot"_L1, "bunch"_L1})
                                    && clauseEndWithin(tokens, i, 6) == i + 3
                                    && anyWordBefore(tokens, i, 3, {"oh"_L1, "wow"_L1, "well"_L1, "gee"_L1, "yeah"_L1}))
                                || (word == "way"_L1 && next == "to"_L1 && inClause(tokens, i, i + 2) == "go"_L1
                                    && headsSentence(tokens, i) && clauseEndWithin(tokens, i, 6) == i + 3
                                    && i + 3 < tokens.size() && tokens.at(i + 3).sentence == token.sentence)
                                || (word == "just"_L1 && next == "what"_L1 && inClause(tokens, i, i + 2) == "i"_L1
                                    && isOneOf(inClause(tokens, i, i + 3), {"needed"_L1, "need"_L1, "wanted"_L1}));
        if (ironicPair && !warm) {
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        // Praise opening a sentence, then a put-down: "Great, now we're late.",
        // "Perfect. Just perfect.", "Brilliant job, you broke it."
        // ("Thanks to you" is "because of you": blame, not irony.)
        if (isPraise(word) && headsSentence(tokens, i) && !(word == "well"_L1 && next != "done"_L1)
            && !(word == "thanks"_L1 && next == "to"_L1) && !warm) {
            bool putDown = false;
            for (qsizetype k = i + 1; k < tokens.size() && k < i + 12 && tokens.at(k).sentence <= token.sentence + 1 && !putDown; ++k) {
                const CoachToken &t = tokens.at(k);
                if (t.word == "but"_L1 || (t.classes & Warm && !isPraise(t.word)))
                    break;
                putDown = ((t.classes & (Negative | NotLabel)) == Negative && !(t.classes & Negator))
                          || (t.word == "now"_L1 && k + 1 < tokens.size() && (tokens.at(k + 1).classes & Person))
                          || (isOneOf(t.word, {"again"_L1, "another"_L1}) && !repeatsAWin(tokens, k))
                          // "Perfect. Just perfect.", "Classy. Very classy.": the praise said again, stressed.
                          || (t.word == word && isPraise(t.word)
                              && isOneOf(tokens.at(k - 1).word, {"just"_L1, "very"_L1, "really"_L1, "truly"_L1}));
            }
            if (putDown)
                add(m_sarcasmPattern, text, tokens, i, i + 1, findings);
        }
    }
}
