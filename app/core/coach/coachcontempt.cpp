// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt: sarcasm, mockery, scorn and superiority; part of CoachHorsemen.
#include "coachhorsemen.h"

#include "coachgrammar.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

const QString &wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

// A sarcastic nickname needs no other sign; the rest ("well done", "nice
// one") are sarcastic only after "oh" or "wow", or with such a nickname.
bool isMockingName(const CoachTokens &tokens, const PhraseMatch &match)
{
    return isOneOf(tokens.at(match.begin).word, {"genius"_L1, "einstein"_L1, "sherlock"_L1, "smarty"_L1, "captain"_L1,
                                                 "princess"_L1, "highness"_L1, "majesty"_L1, "hotshot"_L1});
}

// Praise that irony turns round: "Great.", "Perfect, just perfect."
bool isPraise(const QString &word)
{
    return isOneOf(word, {"great"_L1, "brilliant"_L1, "wonderful"_L1, "perfect"_L1, "lovely"_L1, "fantastic"_L1,
                          "marvellous"_L1, "terrific"_L1, "super"_L1, "excellent"_L1, "nice"_L1, "fabulous"_L1,
                          "awesome"_L1, "amazing"_L1, "splendid"_L1, "thanks"_L1, "bravo"_L1, "congratulations"_L1,
                          "congrats"_L1, "impressive"_L1, "smooth"_L1, "charming"_L1, "classy"_L1, "good"_L1,
                          "well"_L1});
}

// Warmth elsewhere in the statement ("Oh, great, you're home! I missed you.")
// says the praise is meant: irony does not sit beside it.
bool warmElsewhere(const CoachTokens &tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const CoachToken &t) {
        return ((t.classes & Warm) && !isPraise(t.word)) || t.word == "missed"_L1 || t.word == "proud"_L1;
    });
}

} // namespace

void CoachHorsemen::findContempt(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_mockery.findAll(tokens, Hedge)) {
        if (match.end - match.begin == 1 && !(wholeClause(tokens, match.begin, match.end) && opensSentence(tokens, match.begin)))
            continue; // "Typical." alone, not "a typical Sunday"
        if (tokens.at(match.begin).word == "big"_L1 && match.begin > 0 && wordAt(tokens, match.begin - 1) == "a"_L1)
            continue; // "It's not a big deal" reassures
        add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    const QList<PhraseMatch> sarcastic = m_sarcasm.findAll(tokens, Hedge);
    const bool warm = warmElsewhere(tokens); // once: asked per match it would not stay linear
    QSet<int> namedSentences; // sentences that call the partner a mocking name
    for (const PhraseMatch &match : sarcastic) {
        if (isMockingName(tokens, match) && wholeClause(tokens, match.begin, match.end))
            namedSentences.insert(tokens.at(match.begin).sentence);
    }
    for (const PhraseMatch &match : sarcastic) {
        if (warm && !isMockingName(tokens, match))
            break; // "Oh, you actually came! I'm so glad."
        // "Oh" or "wow" opening the sentence, a few words before ("Oh, well done, ...").
        qsizetype first = match.begin;
        while (first > 0 && first > match.begin - 6 && tokens.at(first - 1).sentence == tokens.at(match.begin).sentence)
            --first;
        const bool cued = opensSentence(tokens, first) && first < match.begin
                          && isOneOf(tokens.at(first).word, {"oh"_L1, "wow"_L1, "ooh"_L1, "yeah"_L1});
        const bool named = namedSentences.contains(tokens.at(match.begin).sentence);
        if (isMockingName(tokens, match) ? wholeClause(tokens, match.begin, match.end) : (cued || named))
            add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    // "Yeah, right." and "Oh, great.": a comma apart, so no phrase can hold them.
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!opensSentence(tokens, i) || tokens.at(i + 1).sentence != tokens.at(i).sentence)
            continue;
        const QString &first = tokens.at(i).word;
        const QString &second = tokens.at(i + 1).word;
        // "Oh, great." alone, or with a put-down after it; not "Oh great, the tickets arrived!".
        const bool alone = i + 2 >= tokens.size() || tokens.at(i + 2).sentence != tokens.at(i).sentence;
        bool putDown = false;
        for (qsizetype k = i + 2; !alone && k < tokens.size() && k < i + 12; ++k)
            putDown = putDown || (tokens.at(k).classes & (Negative | NotLabel)) == Negative
                      || isOneOf(tokens.at(k).word, {"now"_L1, "again"_L1, "another"_L1, "idea"_L1, "genius"_L1});
        const bool ironic = (first == "yeah"_L1 && isOneOf(second, {"right"_L1, "sure"_L1}))
                            || (first == "oh"_L1 && (alone || putDown || second == "sure"_L1)
                                && isOneOf(second, {"great"_L1, "brilliant"_L1, "wonderful"_L1, "perfect"_L1,
                                                    "lovely"_L1, "fantastic"_L1, "marvellous"_L1, "sure"_L1}));
        if (ironic && !warm)
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
    }
    findContemptShapes(text, tokens, findings);
}

void CoachHorsemen::findContemptShapes(const QString &text, const CoachTokens &tokens,
                                       QList<CoachFinding> &findings) const
{
    const auto inClause = [&](qsizetype of, qsizetype i) -> const QString & {
        return i < tokens.size() && sameClause(tokens, of, i) ? tokens.at(i).word : wordAt(tokens, -1);
    };
    const bool warm = warmElsewhere(tokens);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const CoachToken &token = tokens.at(i);
        if (!(token.classes & Cue))
            continue; // the words that start a shape are listed in CoachHorsemen's constructor
        const QString &word = token.word;
        const QString &next = inClause(i, i + 1);
        // Questions that doubt the partner's mind or upbringing: "do you even
        // listen?", "are you an idiot?", "who raised you?", "what kind of person ...".
        // "Do you ever think before you speak?", "do you ever listen?", not "... think about moving?"
        if (word == "ever"_L1 && i >= 2 && wordAt(tokens, i - 1) == "you"_L1 && (tokens.at(i - 2).classes & Auxiliary)
            && isOneOf(next, {"think"_L1, "listen"_L1, "stop"_L1})
            && (clauseEndWithin(tokens, i, 4) == i + 2 || inClause(i, i + 2) == "before"_L1)) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 2, findings);
            continue;
        }
        // (Only with a verb of thought, care or effort: "do you even like horror films?" just asks.)
        if (word == "even"_L1 && i >= 2 && wordAt(tokens, i - 1) == "you"_L1 && (tokens.at(i - 2).classes & Auxiliary)
            && sameClause(tokens, i - 2, i) && !(tokens.at(i - 2).classes & Negator)
            && isOneOf(next, {"listen"_L1, "listening"_L1, "think"_L1, "thinking"_L1, "care"_L1, "try"_L1, "tried"_L1,
                              "know"_L1, "remember"_L1, "notice"_L1, "noticed"_L1, "read"_L1, "look"_L1, "looked"_L1,
                              "hear"_L1, "heard"_L1, "understand"_L1, "bother"_L1, "bothered"_L1, "realise"_L1,
                              "want"_L1, "have"_L1, "check"_L1, "checked"_L1, "ask"_L1, "asked"_L1, "own"_L1,
                              "work"_L1, "pay"_L1, "lift"_L1, "clean"_L1, "help"_L1})) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 1, findings);
            continue;
        }
        if (isOneOf(word, {"are"_L1, "were"_L1}) && next == "you"_L1 && headsSentence(tokens, i)) {
            qsizetype k = i + 2;
            while (k < tokens.size() && sameClause(tokens, i, k) && k < i + 5
                   && ((tokens.at(k).classes & (Hedge | Article)) || tokens.at(k).word == "that"_L1))
                ++k;
            const QString &what = inClause(i, k);
            const bool insult = k < tokens.size() && !what.isEmpty()
                                && (tokens.at(k).classes & (Negative | NotLabel)) == Negative && !isGerund(tokens.at(k));
            if (warm)
                continue; // "Are you crazy? I love it!"
            if (insult || isOneOf(what, {"five"_L1, "twelve"_L1, "child"_L1, "toddler"_L1, "baby"_L1, "raised"_L1,
                                         "born"_L1}))
                add(m_mockeryPattern, text, tokens, i, k + 1, findings);
            continue;
        }
        if (word == "who"_L1 && isOneOf(next, {"raised"_L1, "taught"_L1, "brought"_L1}) && inClause(i, i + 2) == "you"_L1
            && clauseEndWithin(tokens, i, 6) <= i + 4) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        if (word == "what"_L1 && next == "kind"_L1 && inClause(i, i + 2) == "of"_L1
            && isOneOf(inClause(i, i + 3), {"person"_L1, "partner"_L1, "adult"_L1, "grown"_L1, "idiot"_L1,
                                            "human"_L1, "parent"_L1, "man"_L1, "woman"_L1, "friend"_L1})) {
            add(m_mockeryPattern, text, tokens, i, i + 4, findings);
            continue;
        }
        // "What's the matter with you?", "what's your problem?", "what were you thinking?"
        if ((word == "what's"_L1 || (word == "what"_L1 && isOneOf(next, {"is"_L1, "were"_L1})))
            && headsSentence(tokens, i)) {
            const qsizetype k = word == "what's"_L1 ? i + 1 : i + 2;
            const QString &a = inClause(i, k);
            const QString &b = inClause(i, k + 1);
            const QString &c = inClause(i, k + 2);
            const QString &d = inClause(i, k + 3);
            if ((a == "your"_L1 && b == "problem"_L1) || (a == "you"_L1 && b == "thinking"_L1 && clauseEndWithin(tokens, i, 8) == k + 2)
                || (a == "the"_L1 && b == "matter"_L1 && c == "with"_L1 && d == "you"_L1))
                add(m_mockeryPattern, text, tokens, i, a == "the"_L1 ? k + 4 : k + 2, findings);
            continue;
        }
        // "Like you care.", "as if you'd know", "like that's ever going to happen": the partner's
        // care or sense dismissed (not "like you said", "like I said").
        if ((word == "like"_L1 || (word == "if"_L1 && wordAt(tokens, i - 1) == "as"_L1)) && headsSentence(tokens, word == "if"_L1 ? i - 1 : i)) {
            const bool partner = next.startsWith(u"you"_s)
                                 && !isOneOf(inClause(i, i + 2), {"said"_L1, "asked"_L1, "suggested"_L1, "mentioned"_L1,
                                                                  "wanted"_L1, "want"_L1, "like"_L1});
            const bool never = isOneOf(next, {"that's"_L1, "that'll"_L1})
                               && anyWordIn(tokens, i + 2, std::min(i + 5, tokens.size()), {"ever"_L1, "going"_L1, "happen"_L1});
            if ((partner && next != "you"_L1) || (partner && isOneOf(inClause(i, i + 2), {"care"_L1, "know"_L1, "ever"_L1, "would"_L1, "could"_L1}))
                || never)
                add(m_sarcasmPattern, text, tokens, word == "if"_L1 ? i - 1 : i, i + 2, findings);
            continue;
        }
        // "You really think you're something special", "you think you're so clever": the partner's
        // view of themself mocked.
        if (isOneOf(word, {"think"_L1, "thinks"_L1}) && i > 0 && isOneOf(wordAt(tokens, i - 1), {"you"_L1, "really"_L1, "actually"_L1, "honestly"_L1})
            && (wordAt(tokens, i - 1) == "you"_L1 || wordAt(tokens, i - 2) == "you"_L1) && next == "you're"_L1
            && isOneOf(inClause(i, i + 2), {"something"_L1, "so"_L1, "such"_L1, "better"_L1, "special"_L1, "clever"_L1,
                                            "smart"_L1, "funny"_L1, "perfect"_L1, "always"_L1, "never"_L1})
            && !anyWordBefore(tokens, i, 3, {"do"_L1, "don't"_L1, "i"_L1})) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 3, findings);
            continue;
        }
        // "You can't even boil an egg": incompetence mocked.
        if (word == "even"_L1 && i >= 2 && isOneOf(wordAt(tokens, i - 1), {"can't"_L1, "couldn't"_L1, "cannot"_L1})
            && wordAt(tokens, i - 2) == "you"_L1) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 1, findings);
            continue;
        }
        // "Just looking at you annoys me", "the sight of you disgusts me".
        if (isOneOf(word, {"looking"_L1, "sight"_L1, "listening"_L1, "hearing"_L1}) && isOneOf(next, {"at"_L1, "of"_L1, "to"_L1})
            && inClause(i, i + 2) == "you"_L1) {
            for (qsizetype k = i + 3; k < i + 6 && k < tokens.size() && sameClause(tokens, i, k); ++k) {
                if ((tokens.at(k).classes & (Negative | NotLabel)) == Negative) {
                    add(m_mockeryPattern, text, tokens, i, k + 1, findings);
                    break;
                }
            }
            continue;
        }
        // "Yeah, because you're such an expert": praise put as the reason, in irony.
        if (word == "because"_L1 && headsSentence(tokens, i) && next == "you're"_L1
            && isOneOf(inClause(i, i + 2), {"so"_L1, "such"_L1, "always"_L1, "never"_L1, "the"_L1})
            && !asksQuestion(text, tokens, i)) {
            add(m_sarcasmPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Is it really that hard to think of someone else?"
        if (word == "is"_L1 && next == "it"_L1 && isOneOf(inClause(i, i + 2), {"really"_L1, "so"_L1})) {
            qsizetype k = i + 3;
            if (inClause(i, k) == "that"_L1)
                ++k;
            if (isOneOf(inClause(i, k), {"hard"_L1, "difficult"_L1}) && inClause(i, k + 1) == "to"_L1)
                add(m_mockeryPattern, text, tokens, i, k + 1, findings);
            continue;
        }
        // "Nice of you to finally join us": thanks for what should have been.
        if (isOneOf(word, {"nice"_L1, "good"_L1, "kind"_L1, "sweet"_L1, "lovely"_L1}) && next == "of"_L1
            && inClause(i, i + 2) == "you"_L1 && inClause(i, i + 3) == "to"_L1
            && isOneOf(inClause(i, i + 4), {"finally"_L1, "actually"_L1, "bother"_L1, "grace"_L1})) {
            add(m_sarcasmPattern, text, tokens, i, i + 5, findings);
            continue;
        }
        // "Must be nice to sleep in while I do everything": envy put as irony.
        if (word == "nice"_L1 && i >= 2 && wordAt(tokens, i - 1) == "be"_L1 && wordAt(tokens, i - 2) == "must"_L1
            && headsSentence(tokens, i - 2) && isOneOf(next, {"to"_L1, "being"_L1})) {
            add(m_sarcasmPattern, text, tokens, i - 2, i + 1, findings);
            continue;
        }
        // "Clearly you weren't listening", "obviously you don't care": the failure stated as plain to see.
        if (isOneOf(word, {"clearly"_L1, "obviously"_L1}) && headsSentence(tokens, i) && next.startsWith(u"you"_s)) {
            const qsizetype k = skipForward(tokens, i + 1, Hedge | Frequency, 2);
            if (k >= 0 && (tokens.at(k).classes & Negator))
                add(m_mockeryPattern, text, tokens, i, k + 1, findings);
            continue;
        }
        // "Is that the best you can do?", "is that all you've got?"
        if (word == "is"_L1 && next == "that"_L1 && headsSentence(tokens, i) && asksQuestion(text, tokens, i)) {
            qsizetype k = i + 2;
            if (inClause(i, k) == "really"_L1)
                ++k;
            if ((inClause(i, k) == "the"_L1 && inClause(i, k + 1) == "best"_L1 && inClause(i, k + 2) == "you"_L1)
                || (inClause(i, k) == "all"_L1 && isOneOf(inClause(i, k + 1), {"you"_L1, "you've"_L1})))
                add(m_mockeryPattern, text, tokens, i, k + 2, findings);
            continue;
        }
        // "You call that cleaning?", "who even does that?"
        if (word == "call"_L1 && i > 0 && wordAt(tokens, i - 1) == "you"_L1 && headsSentence(tokens, i - 1)
            && isOneOf(next, {"that"_L1, "this"_L1}) && asksQuestion(text, tokens, i)) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
            continue;
        }
        if (word == "even"_L1 && wordAt(tokens, i - 1) == "who"_L1
            && isOneOf(next, {"does"_L1, "says"_L1, "thinks"_L1, "acts"_L1, "talks"_L1, "behaves"_L1})
            && isOneOf(inClause(i, i + 2), {"that"_L1, "this"_L1, "like"_L1})) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 3, findings);
            continue;
        }
        // "How hard is it to ...?", "how stupid can you be?", "how can you be so selfish?"
        if (word == "how"_L1 && headsSentence(tokens, i)) {
            // "How hard is it to put the lid back on?", a chore; not "how hard is it to get tickets?".
            if (isOneOf(next, {"hard"_L1, "difficult"_L1}) && isOneOf(inClause(i, i + 2), {"is"_L1, "can"_L1})
                && anyWordIn(tokens, i + 3, std::min(i + 7, clauseEndWithin(tokens, i, 8)),
                             {"put"_L1, "close"_L1, "shut"_L1, "pick"_L1, "clean"_L1, "remember"_L1, "turn"_L1,
                              "text"_L1, "call"_L1, "replace"_L1, "wipe"_L1, "rinse"_L1, "hang"_L1, "empty"_L1,
                              "flush"_L1, "tidy"_L1, "lift"_L1, "answer"_L1, "reply"_L1, "listen"_L1, "help"_L1,
                              "say"_L1, "wash"_L1, "load"_L1, "take"_L1}))
                add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            else if ((tokens.at(std::min(i + 1, tokens.size() - 1)).classes & (Negative | NotLabel)) == Negative
                     && isOneOf(inClause(i, i + 2), {"can"_L1, "are"_L1, "could"_L1}))
                add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            else if (isOneOf(next, {"can"_L1, "could"_L1}) && isOneOf(inClause(i, i + 2), {"you"_L1, "anyone"_L1})
                     && inClause(i, i + 3) == "be"_L1 && inClause(i, i + 4) == "so"_L1)
                add(m_mockeryPattern, text, tokens, i, i + 5, findings);
            else if (next == "many"_L1 && inClause(i, i + 2) == "times"_L1 && anyWordIn(tokens, i + 3, std::min(i + 8, tokens.size()), {"tell"_L1, "ask"_L1, "explain"_L1, "say"_L1, "remind"_L1}) && sameClause(tokens, i, std::min(i + 5, tokens.size() - 1)))
                add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // Superiority: "unlike you", "some of us have to work", "any normal person would ...",
        // "I'm so much better at this than you", "even a child could".
        if (word == "unlike"_L1 && next == "you"_L1) {
            add(m_mockeryPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        if (word == "some"_L1 && next == "of"_L1 && inClause(i, i + 2) == "us"_L1 && headsSentence(tokens, i)
            && isOneOf(inClause(i, i + 3), {"have"_L1, "actually"_L1, "work"_L1, "care"_L1, "bother"_L1, "try"_L1,
                                            "pay"_L1, "clean"_L1, "cook"_L1, "remember"_L1, "need"_L1, "can"_L1,
                                            "still"_L1, "do"_L1})
            && !asksQuestion(text, tokens, i)) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Any normal person would have called", "a sane adult would ...", "Normal people ...".
        if (isOneOf(word, {"normal"_L1, "sane"_L1, "decent"_L1, "reasonable"_L1, "competent"_L1})
            && isOneOf(next, {"person"_L1, "people"_L1, "adult"_L1, "adults"_L1, "human"_L1})) {
            const QString &before = wordAt(tokens, i - 1);
            const bool comparing = before == "any"_L1
                                   || (before == "a"_L1 && isOneOf(inClause(i, i + 2), {"would"_L1, "wouldn't"_L1}))
                                   || (next == "people"_L1 && headsSentence(tokens, i));
            if (comparing)
                add(m_mockeryPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        // "I'm so much better at this than you": the speaker above the partner.
        if (word == "than"_L1 && next == "you"_L1 && (subjectBefore(tokens, i) & Speaker)) {
            for (qsizetype k = i - 1; k >= 0 && k >= i - 6 && sameClause(tokens, k, i); --k) {
                if (isOneOf(tokens.at(k).word, {"better"_L1, "smarter"_L1, "cleverer"_L1, "superior"_L1, "wiser"_L1})) {
                    add(m_mockeryPattern, text, tokens, k, i + 2, findings);
                    break;
                }
            }
            continue;
        }
        if (word == "even"_L1 && next == "a"_L1 && isOneOf(inClause(i, i + 2), {"child"_L1, "kid"_L1, "toddler"_L1,
                                                                           "monkey"_L1, "dog"_L1})) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Of course you did.", "of course you forgot": the failure expected.
        if (word == "of"_L1 && next == "course"_L1 && inClause(i, i + 2) == "you"_L1) {
            const QString &verb = inClause(i, i + 3);
            const bool ends = clauseEndWithin(tokens, i, 8) == i + 4;
            if ((ends && isOneOf(verb, {"did"_L1, "would"_L1, "didn't"_L1, "wouldn't"_L1, "had"_L1, "hadn't"_L1,
                                        "couldn't"_L1, "weren't"_L1, "forgot"_L1, "don't"_L1}))
                || isOneOf(verb, {"forgot"_L1, "forget"_L1}))
                add(m_mockeryPattern, text, tokens, i, i + 4, findings);
            continue;
        }
        // Disgust: "I can't stand you", "I can't even look at you", "I'm ashamed of you".
        if (isOneOf(word, {"stand"_L1, "bear"_L1}) && next == "you"_L1 && (tokens.at(i - (i > 0)).classes & Negator)) {
            add(m_mockeryPattern, text, tokens, i - 1, i + 2, findings);
            continue;
        }
        if (word == "look"_L1 && next == "at"_L1 && inClause(i, i + 2) == "you"_L1 && i >= 2
            && wordAt(tokens, i - 1) == "even"_L1 && (tokens.at(i - 2).classes & Negator)) {
            add(m_mockeryPattern, text, tokens, i - 2, i + 3, findings);
            continue;
        }
        if (isOneOf(word, {"ashamed"_L1, "embarrassed"_L1, "disgusted"_L1, "sick"_L1}) && isOneOf(next, {"of"_L1, "by"_L1})
            && inClause(i, i + 2) == "you"_L1 && (nearestPersonBefore(tokens, i) & Speaker)) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Look who finally showed up", not "look who's talking" (a counter-attack).
        if (word == "look"_L1 && next == "who"_L1 && headsSentence(tokens, i)
            && isOneOf(inClause(i, i + 2), {"finally"_L1, "decided"_L1, "showed"_L1, "remembered"_L1, "woke"_L1,
                                            "bothered"_L1, "turned"_L1})) {
            add(m_mockeryPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // Scoffs and eye-rolls written out: "pfft", "*rolls eyes*", "very funny".
        if (isOneOf(word, {"pfft"_L1, "pff"_L1, "psh"_L1, "pssh"_L1, "tsk"_L1, "scoffs"_L1, "smirks"_L1, "sneers"_L1,
                           "eyeroll"_L1, "eye-roll"_L1})
            || (word == "rolls"_L1 && isOneOf(inClause(i, i + 1), {"eyes"_L1, "her"_L1, "his"_L1, "their"_L1}))
            || (isOneOf(word, {"very"_L1, "real"_L1, "so"_L1}) && next == "funny"_L1 && headsSentence(tokens, i)
                && clauseEndWithin(tokens, i, 4) == i + 2)) {
            add(m_mockeryPattern, text, tokens, i, word == "rolls"_L1 || next == "funny"_L1 ? i + 2 : i + 1, findings);
            continue;
        }
        // Irony that needs no cue: "nice going", "way to go, ...", "thanks a lot", "thanks for nothing",
        // "real smooth", "nice try", "just what I needed".
        const bool ironicPair = (isOneOf(word, {"nice"_L1, "good"_L1}) && next == "going"_L1
                                 && !isOneOf(inClause(i, i + 2), {"on"_L1, "with"_L1}))
                                || (word == "smooth"_L1 && next == "move"_L1)
                                || (word == "real"_L1 && isOneOf(next, {"smooth"_L1, "nice"_L1, "classy"_L1, "mature"_L1}))
                                || (word == "nice"_L1 && next == "try"_L1 && headsSentence(tokens, i))
                                || (word == "thanks"_L1 && next == "for"_L1 && inClause(i, i + 2) == "nothing"_L1)
                                || (word == "thanks"_L1 && next == "a"_L1 && isOneOf(inClause(i, i + 2), {"lot"_L1, "bunch"_L1})
                                    && clauseEndWithin(tokens, i, 6) == i + 3
                                    && anyWordBefore(tokens, i, 3, {"oh"_L1, "wow"_L1, "well"_L1, "gee"_L1, "yeah"_L1}))
                                || (word == "way"_L1 && next == "to"_L1 && inClause(i, i + 2) == "go"_L1
                                    && headsSentence(tokens, i) && clauseEndWithin(tokens, i, 6) == i + 3
                                    && i + 3 < tokens.size() && tokens.at(i + 3).sentence == token.sentence)
                                || (word == "just"_L1 && next == "what"_L1 && inClause(i, i + 2) == "i"_L1
                                    && isOneOf(inClause(i, i + 3), {"needed"_L1, "need"_L1, "wanted"_L1}));
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
                          || isOneOf(t.word, {"again"_L1, "another"_L1})
                          || (t.word == word && isPraise(t.word) && tokens.at(k - 1).word == "just"_L1);
            }
            if (putDown)
                add(m_sarcasmPattern, text, tokens, i, i + 1, findings);
        }
    }
}
