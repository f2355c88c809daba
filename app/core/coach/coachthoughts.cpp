// SPDX-License-Identifier: GPL-3.0-or-later
// Thoughts dressed as feelings ("I feel like you don't care") and feelings
// that accuse ("I feel ignored"); part of Coach.
#include "coach.h"

#include "coachgrammar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

const QString evaluativeKind = u"evaluative-feeling"_s;

} // namespace

// A thought after "I feel": "I feel like you don't care". Not a wish ("I feel
// like going out") and not agreement ("I feel you.", "I feel that way too").
void Coach::findThoughts(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_thoughts.findAll(tokens, Hedge | Frequency)) {
        const qsizetype rest = clauseEnd(tokens, match.begin) - match.end;
        if (rest <= 0)
            continue;
        const QString &last = tokens.at(match.end - 1).word;
        if (isOneOf(last, {"like"_L1, "that"_L1, "if"_L1, "though"_L1})) {
            const CoachToken &next = tokens.at(match.end);
            // A wish: "I feel like going out". An urge against the partner is no
            // feeling, though: "I feel like screaming at you".
            const bool urge = last == "like"_L1 && isGerund(next) && (next.classes & Negative)
                              && partnerInClause(tokens, match.end);
            if (urge) {
                findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
                continue;
            }
            if (rest < 2 || isGerund(next))
                continue;
            // A wish: "I feel like pizza tonight". A thought after "like" has
            // someone or something as its subject ("like you don't care").
            constexpr quint32 thoughtStart = Person | Everyone | Determiner | Article | Subordinator | Negator;
            if (last == "like"_L1 && !(next.classes & thoughtStart))
                continue;
            if (last == "that"_L1 && isOneOf(next.word, {"way"_L1, "too"_L1, "also"_L1}))
                continue;
        }
        findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
}

// "I feel ignored": a word that accuses while sounding like a feeling, said
// by the speaker about themselves. Asking ("do you feel ignored?") is fine.
void Coach::findEvaluativeFeelings(const QString &, const CoachTokens &tokens,
                                   QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_fauxFeelingWords.findAll(tokens)) {
        // "I'm used to it" is a habit, not a feeling.
        if (match.end - match.begin == 1 && tokens.at(match.begin).word == "used"_L1
            && wordAt(tokens, match.end) == "to"_L1)
            continue;
        if (!speakerStateBefore(tokens, match.begin, false))
            continue;
        const FauxFeeling &faux = m_fauxFeelings.at(match.payload);
        CoachFinding finding;
        finding.kind = evaluativeKind;
        finding.start = tokens.at(match.begin).start;
        finding.end = tokens.at(match.end - 1).end;
        finding.message = faux.note;
        // One whole sentence for translators; the word and the lists come from the content.
        const QString listSeparator = QCoreApplication::translate("Coach", ", ", "between the items of a list");
        finding.suggestion = QCoreApplication::translate("Coach", "Underneath “%1” there may be: %2. You might need: %3.")
                                 .arg(faux.word, faux.feelings.join(listSeparator), faux.needs.join(listSeparator));
        finding.patternId = u"faux-feeling:"_s + faux.word;
        findings.append(finding);
    }
}
