// SPDX-License-Identifier: GPL-3.0-or-later
// Labels that no label frame holds: an insult of worth said alone ("Pathetic.")
// and the partner's deed asked about as a kind of person ("What kind of person
// forgets ...?"); part of Coach. Words after a frame are read in coachlabels.cpp.
#include "coach.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// Subjects that make "what kind of person do you want to be?" a real question.
constexpr QLatin1StringView subjects[] = {"i"_L1, "you"_L1, "we"_L1, "he"_L1, "she"_L1, "they"_L1, "u"_L1};

// Someone else, named as who acts ("their" may be anyone's: "forgets their own birthday").
constexpr QLatin1StringView thirdParties[] = {"he"_L1, "she"_L1, "they"_L1, "him"_L1, "them"_L1, "he's"_L1,
    "she's"_L1, "they're"_L1, "someone"_L1, "somebody"_L1, "people"_L1};

} // namespace

qsizetype CoachGrammar::kindOfPersonAt(const CoachTokens &tokens, qsizetype i)
{
    if (tokens.at(i).word != "what"_L1 || !isOneOf(wordAt(tokens, i + 1), {"kind"_L1, "sort"_L1})
        || wordAt(tokens, i + 2) != "of"_L1 || i + 4 >= tokens.size() || !sameClause(tokens, i + 3, i + 4))
        return -1;
    // (Or an insult in its place: "what sort of numbskull", "what kind of fool".)
    const CoachToken &who = tokens.at(i + 3);
    if (!isOneOf(who.word, ContemptWords::kindsOfPerson) && !isCompoundInsult(who.word)
        && (who.classes & (Negative | NotLabel)) != Negative)
        return -1;
    const CoachToken &deed = tokens.at(i + 4);
    if (deed.classes & Person)
        return -1;
    if ((deed.classes & Auxiliary) && isOneOf(wordAt(tokens, i + 5), subjects))
        return -1;
    // A third party named anywhere may be the one meant: "What kind of person does that to a dog?
    // They should be ashamed."
    if (anyWordIn(tokens, 0, tokens.size(), thirdParties))
        return -1;
    return i + 4;
}

void Coach::findLabelShapes(
    const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    if (tokens.isEmpty() || m_lexiconLabelPattern < 0 || warmBetween(tokens, 0, tokens.size()))
        return;
    // "Pathetic.", "Utterly useless.": an insult of worth as the whole statement, said of the one
    // who hears it (not "Idiot! I left my keys at home.", which goes on about the speaker).
    const bool oneSentence = tokens.constLast().sentence == tokens.constFirst().sentence;
    const QString &last = tokens.constLast().word;
    if (oneSentence && !asksQuestion(text, tokens, 0)
        && (isOneOf(last, ContemptWords::worthInsults) || isOneOf(last, ContemptWords::worthInsultsAlone)
            || last == "pathetic"_L1)) {
        bool alone = true;
        for (qsizetype k = 0; k + 1 < tokens.size() && alone; ++k)
            alone = isInterjection(tokens.at(k).word) || (tokens.at(k).classes & Hedge)
                || isOneOf(tokens.at(k).word, ContemptWords::intensifiers);
        if (alone) {
            findings.append(fromPattern(text, tokens, 0, tokens.size(), m_lexiconLabelPattern));
            return;
        }
    }
    for (qsizetype i = 0; i + 4 < tokens.size(); ++i) {
        const qsizetype end = kindOfPersonAt(tokens, i);
        if (end > 0) {
            findings.append(fromPattern(text, tokens, i, end, m_lexiconLabelPattern));
            return;
        }
    }
}
