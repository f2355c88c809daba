// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt by the shape of what is said: irony in statements ("like you
// care", "nice of you to finally join us", "must be nice"), mock rewards,
// scorned beliefs; part of CoachHorsemen. Questions that scorn are read in
// coachcontemptquestions.cpp, set phrases and irony in coachcontempt.cpp,
// superiority, comparisons and disgust in coachcontemptscorn.cpp.
#include "coachhorsemen.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace ContemptWords;

namespace {

// "Do you want a medal?", "should I throw you a parade?", "You want applause for showing up?":
// praise offered, in irony, for something ordinary. Not "you deserve a medal", "did you get one?".
bool mockReward(const CoachTokens &tokens, qsizetype i)
{
    const QString &word = tokens.at(i).word;
    if (!(isOneOf(word, {"medal"_L1, "parade"_L1, "trophy"_L1, "applause"_L1, "award"_L1})
          || (word == "star"_L1 && wordAt(tokens, i - 1) == "gold"_L1)))
        return false;
    return anyWordBefore(tokens, i, 6, {"want"_L1, "wants"_L1, "throw"_L1, "give"_L1, "expect"_L1, "expecting"_L1})
           && !anyWordBefore(tokens, i, 6, {"deserve"_L1, "deserves"_L1, "earned"_L1, "won"_L1, "got"_L1, "get"_L1});
}

// "Cute that you think you get a vote", "adorable how you believe ...": the
// partner's belief found endearing, in scorn (not "cute that you thought of me").
qsizetype mockedBeliefFrom(const CoachTokens &tokens, qsizetype i)
{
    for (qsizetype k = i + 1; k + 1 < tokens.size() && k < i + 6 && tokens.at(k).sentence == tokens.at(i).sentence; ++k) {
        if (tokens.at(k).word != "you"_L1)
            continue;
        qsizetype v = k + 1;
        if (isOneOf(wordAt(tokens, v), {"actually"_L1, "really"_L1, "honestly"_L1, "still"_L1}))
            ++v;
        if (isOneOf(wordAt(tokens, v), {"think"_L1, "believe"_L1, "thought"_L1, "believed"_L1})
            && sameClause(tokens, k, v) && v + 1 < tokens.size() && sameClause(tokens, v, v + 1)
            && !isOneOf(wordAt(tokens, v + 1), {"of"_L1, "about"_L1, "so"_L1}))
            return v + 1;
    }
    return -1;
}

} // namespace

void CoachHorsemen::findContemptShapes(const QString &text, const CoachTokens &tokens, bool warm,
                                       QList<CoachFinding> &findings) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const CoachToken &token = tokens.at(i);
        if (!(token.classes & Cue))
            continue; // the words that start a shape are listed in CoachHorsemen's constructor
        const QString &word = token.word;
        const QString &next = inClause(tokens, i, i + 1);
        if (findContemptQuestionAt(text, tokens, i, warm, findings))
            continue; // coachcontemptquestions.cpp
        // "Sorry I'm not perfect like you", "I'm not a genius like you": the partner's self-regard
        // mocked by the speaker's lack (not "not perfect like your mother", nor "you're perfect like you
        // are").
        if (word == "like"_L1 && next == "you"_L1 && !warm && clauseEndWithin(tokens, i, 3) == i + 2
            && anyWordIn(tokens, std::max<qsizetype>(0, i - 3), i, mockTitles)
            && anyWordIn(tokens, std::max<qsizetype>(0, i - 6), i, {"not"_L1, "isn't"_L1, "aren't"_L1})) {
            add(m_mockeryPattern, text, tokens, i, i + 2, findings);
            continue;
        }
        // "That's rich, coming from you", "funny, coming from you": the charge mocked as the
        // partner's own (not "that means a lot, coming from you").
        if (word == "coming"_L1 && wordAt(tokens, i + 1) == "from"_L1
            && isOneOf(wordAt(tokens, i + 2), {"you"_L1, "u"_L1})
            && clauseEndWithin(tokens, i + 2, 2) == i + 3
            && isOneOf(wordAt(tokens, i - 1),
                {"rich"_L1, "funny"_L1, "hilarious"_L1, "priceless"_L1, "ironic"_L1})) {
            add(m_sarcasmPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Like you care.", "as if you'd know", "like that's ever going to happen": the partner's
        // care or sense dismissed (not "like you said", "like I said").
        if ((word == "like"_L1 || (word == "if"_L1 && wordAt(tokens, i - 1) == "as"_L1)) && headsSentence(tokens, word == "if"_L1 ? i - 1 : i)) {
            const bool partner = next.startsWith(u"you"_s)
                                 && !isOneOf(inClause(tokens, i, i + 2), reportingVerbs);
            const bool never = isOneOf(next, {"that's"_L1, "that'll"_L1})
                               && anyWordIn(tokens, i + 2, std::min(i + 5, tokens.size()), {"ever"_L1, "going"_L1, "happen"_L1});
            if ((partner && next != "you"_L1) || (partner && isOneOf(inClause(tokens, i, i + 2), {"care"_L1, "know"_L1, "ever"_L1, "would"_L1, "could"_L1}))
                || never)
                add(m_sarcasmPattern, text, tokens, word == "if"_L1 ? i - 1 : i, i + 2, findings);
            continue;
        }
        // "You really think you're something special", "you think you're so clever": the partner's
        // view of themself mocked.
        if (isOneOf(word, {"think"_L1, "thinks"_L1}) && i > 0 && isOneOf(wordAt(tokens, i - 1), {"you"_L1, "really"_L1, "actually"_L1, "honestly"_L1})
            && (wordAt(tokens, i - 1) == "you"_L1 || wordAt(tokens, i - 2) == "you"_L1) && next == "you're"_L1
            && isOneOf(inClause(tokens, i, i + 2), selfImportance)
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
            && inClause(tokens, i, i + 2) == "you"_L1) {
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
            && isOneOf(inClause(tokens, i, i + 2), {"so"_L1, "such"_L1, "always"_L1, "never"_L1, "the"_L1})
            && !asksQuestion(text, tokens, i)) {
            add(m_sarcasmPattern, text, tokens, i, i + 3, findings);
            continue;
        }
        // "Nice of you to finally join us": thanks for what should have been.
        if (isOneOf(word, {"nice"_L1, "good"_L1, "kind"_L1, "sweet"_L1, "lovely"_L1}) && next == "of"_L1
            && inClause(tokens, i, i + 2) == "you"_L1 && inClause(tokens, i, i + 3) == "to"_L1
            && isOneOf(inClause(tokens, i, i + 4), {"finally"_L1, "actually"_L1, "bother"_L1, "grace"_L1})) {
            add(m_sarcasmPattern, text, tokens, i, i + 5, findings);
            continue;
        }
        // "Must be nice to sleep in while I do everything": envy put as irony.
        // ("Must be SO nice having ...", "Must be nice." alone; not "must be nice weather".)
        if (word == "nice"_L1 && !warm) {
            const qsizetype be = (tokens.at(i - (i > 0)).classes & Hedge) ? i - 2 : i - 1;
            const bool then = isOneOf(next, {"to"_L1, "being"_L1}) || (i + 1 < tokens.size() && isGerund(tokens.at(i + 1)))
                              || clauseEndWithin(tokens, i, 2) == i + 1;
            if (be >= 1 && wordAt(tokens, be) == "be"_L1 && wordAt(tokens, be - 1) == "must"_L1
                && headsSentence(tokens, be - 1) && then) {
                add(m_sarcasmPattern, text, tokens, be - 1, i + 1, findings);
                continue; // (else "nice going", "nice try" below)
            }
        }
        // "Clearly you weren't listening", "obviously you don't care": the failure stated as plain to see.
        if (isOneOf(word, {"clearly"_L1, "obviously"_L1}) && headsSentence(tokens, i) && next.startsWith(u"you"_s)) {
            const qsizetype k = skipForward(tokens, i + 1, Hedge | Frequency, 2);
            if (k >= 0 && (tokens.at(k).classes & Negator))
                add(m_mockeryPattern, text, tokens, i, k + 1, findings);
            continue;
        }
        // "your very important scrolling", "your oh-so-busy schedule": the partner's pastime
        // magnified in mockery (not "your job is very important", said of it plainly, nor a
        // wish: "good luck with your very important interview").
        if (word == "your"_L1 && !warm) {
            qsizetype k = i + 1;
            while (k < i + 4
                && isOneOf(wordAt(tokens, k),
                    {"very"_L1, "so"_L1, "oh"_L1, "ever"_L1, "terribly"_L1, "incredibly"_L1, "super"_L1,
                        "extremely"_L1}))
                ++k;
            const QString &what = wordAt(tokens, k);
            const bool magnified = (k > i + 1 && isOneOf(what, {"important"_L1, "busy"_L1}))
                || ((what.startsWith("oh-so-"_L1) || what.startsWith("so-"_L1))
                    && (what.endsWith("-important"_L1) || what.endsWith("-busy"_L1)));
            const qsizetype from = sentenceStartWithin(tokens, i, 8);
            if (magnified && k + 1 < tokens.size() && sameClause(tokens, k, k + 1)
                && !isOneOf(wordAt(tokens, k + 1), {"to"_L1, "for"_L1})
                && !anyWordIn(tokens, from, i, {"luck"_L1, "hope"_L1, "enjoy"_L1, "wish"_L1})) {
                add(m_sarcasmPattern, text, tokens, i, k + 2, findings);
                continue;
            }
        }
        if (mockReward(tokens, i) && !warm) {
            add(m_sarcasmPattern, text, tokens, i, i + 1, findings);
            continue;
        }
        if (isOneOf(word, {"cute"_L1, "adorable"_L1, "precious"_L1, "hilarious"_L1}) && !warm) {
            const qsizetype belief = mockedBeliefFrom(tokens, i);
            if (belief > 0)
                add(m_sarcasmPattern, text, tokens, i, belief, findings);
            continue;
        }
    }
    findContemptScorn(text, tokens, warm, findings);
}
