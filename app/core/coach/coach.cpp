// SPDX-License-Identifier: GPL-3.0-or-later
#include "coach.h"

#include "coachgrammar.h"
#include "coachpatternfinding.h"
#include "coachrewriter.h"
#include "content/contentrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

const QString absoluteKind = u"absolute"_s;
const QString blameKind = u"you-blame"_s;
const QString thoughtKind = u"thought-as-feeling"_s;
const QString labelKind = u"label"_s;
const QString demandKind = u"demand"_s;

// Things one makes for someone: "you made me breakfast" is a kindness.
constexpr QLatin1StringView thingsMadeForSomeone[] = {
    "breakfast"_L1, "lunch"_L1, "dinner"_L1, "supper"_L1, "brunch"_L1, "tea"_L1, "coffee"_L1, "pancakes"_L1,
    "cake"_L1, "soup"_L1, "dessert"_L1, "sandwiches"_L1, "something"_L1, "cookies"_L1, "biscuits"_L1, "toast"_L1,
    "cocoa"_L1, "cocktails"_L1, "pasta"_L1, "curry"_L1, "playlists"_L1, "breakfasts"_L1, "dinners"_L1,
};

// The quotations that open after the statement's first word, as [open, close) spans of the
// text: words reported ("My boss said \"you're useless\" to Tom", "The guy in the film goes
// \"you're pathetic\""). A quotation that opens the statement is the partner's words quoted
// back to them, read by CoachHorsemen. Read once, so that asking it stays linear.
QList<std::pair<qsizetype, qsizetype>> reportedQuotes(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> quotes;
    bool said = false;     // a letter before it
    bool leading = false;  // inside a quotation that opens the statement
    qsizetype opened = -1; // the opening mark of a reported quotation
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text.at(k).unicode();
        if (c == u'"' || c == 0x201C || c == 0x201D) {
            if (leading) {
                leading = false;
            } else if (opened >= 0) {
                quotes.append({opened, k});
                opened = -1;
            } else if (said) {
                opened = k;
            } else {
                leading = true;
            }
        }
        said = said || text.at(k).isLetter();
    }
    return quotes;
}

} // namespace

Coach::Coach(const ContentRepository &content)
    : m_patterns(content.coachPatterns())
    , m_fauxFeelings(content.fauxFeelings())
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const CoachPattern &pattern = m_patterns.at(i);
        PhraseMatcher *matcher = nullptr;
        if (pattern.kind == absoluteKind)
            matcher = &m_absolutes;
        else if (pattern.kind == blameKind && pattern.id != "you-blame-counterfactual"_L1)
            matcher = &m_blame;
        else if (pattern.kind == thoughtKind)
            matcher = &m_thoughts;
        else if (pattern.kind == labelKind || pattern.id == "contempt-worth"_L1)
            matcher = &m_labels; // insults of worth share the label frames
        else if (pattern.kind == demandKind)
            matcher = &m_demands;
        if (!matcher)
            continue;
        for (const QString &phrase : pattern.phrases)
            matcher->add(m_lexicon.internPhrase(phrase), int(i));
    }
    for (const QString &frame : content.labelFrames())
        m_labelFrames.add(m_lexicon.internPhrase(frame), 0);
    for (qsizetype i = 0; i < m_fauxFeelings.size(); ++i) {
        const QString &word = m_fauxFeelings.at(i).word;
        m_fauxFeelingWords.add(m_lexicon.internPhrase(word), int(i));
        // The content spells "-ised" the British way; "I feel criticized" is the same word.
        if (word.contains(u"ised"_s))
            m_fauxFeelingWords.add(m_lexicon.internPhrase(QString(word).replace(u"ised"_s, u"ized"_s)), int(i));
    }
    // "You always make me feel safe" is appreciation, whatever the grammar says.
    for (const Feeling &feeling : content.feelings()) {
        if (feeling.pleasant && !feeling.word.contains(u' '))
            m_lexicon.addClasses(feeling.word, Warm);
    }
    // Words the valence lexicon rates negative (grammar words keep their own
    // classes). Feelings ("you're sad") and states ("you're sick") are never labels.
    QSet<QString> notLabels(content.notLabelWords().cbegin(), content.notLabelWords().cend());
    for (const Feeling &feeling : content.feelings())
        notLabels.insert(feeling.word);
    for (const FauxFeeling &faux : m_fauxFeelings)
        notLabels.insert(faux.word);
    for (const QString &word : content.negativeWords()) {
        if (m_lexicon.classesOf(word) == 0)
            m_lexicon.addClasses(word, notLabels.contains(word) ? Negative | NotLabel : quint32(Negative));
    }
    m_parts = CoachPartsFinder(content, m_lexicon);
    m_horsemen = CoachHorsemen(m_patterns, m_lexicon);
    m_lexiconLabelPattern = patternIndex(u"label-lexicon"_s);
    m_hurtMePattern = patternIndex(u"you-blame-you-hurt-me"_s);
    m_counterfactualPattern = patternIndex(u"you-blame-counterfactual"_s);
    m_handedBackPattern = patternIndex(u"defensiveness-counter"_s);
    m_becausePattern = patternIndex(u"you-blame-because-of-you"_s);
    m_ruinedPattern = patternIndex(u"you-blame-you-ruined"_s);
    m_mustPattern = patternIndex(u"demand-must"_s);
    m_imperativePattern = patternIndex(u"demand-imperative"_s);
    m_worthPattern = patternIndex(u"contempt-worth"_s);
    // Most rewrites are one of a few fixed sentences: each is checked here
    // once, not on every keystroke.
    for (const QString &kinder : CoachRewriter::templates()) {
        const QString filled = CoachRewriter::filled(kinder);
        if (isClean(filled))
            m_cleanTemplates.insert(filled);
    }
}

int Coach::patternIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        if (m_patterns.at(i).id == id)
            return int(i);
    }
    return -1;
}

CoachAnalysis Coach::analyze(const QString &text) const
{
    CoachTokens tokens;
    CoachAnalysis analysis;
    analysis.findings = findingsOf(text, tokens);
    analysis.parts = m_parts.find(text, tokens);
    analysis.rewrite = CoachRewriter::rewrite(text, analysis, [this](const QString &s) {
        return m_cleanTemplates.contains(s) || isClean(s);
    });
    return analysis;
}

QList<CoachFinding> Coach::findings(const QString &text) const
{
    CoachTokens tokens;
    return findingsOf(text, tokens);
}

bool Coach::isClean(const QString &text) const
{
    return findings(text).isEmpty();
}

QList<CoachFinding> Coach::findingsOf(const QString &text, CoachTokens &tokens) const
{
    tokens = CoachTokenizer::tokenize(text);
    m_lexicon.annotate(tokens);

    QList<CoachFinding> found;
    findAbsolutes(text, tokens, found);
    findBlame(text, tokens, found);
    findBlameByValence(text, tokens, found);
    findCounterfactualBlame(text, tokens, found);
    findBlameShapes(text, tokens, found);
    findThoughts(text, tokens, found);
    findEvaluativeFeelings(text, tokens, found);
    findLabels(text, tokens, found);
    findLabelShapes(text, tokens, found);
    findInsultShapes(text, tokens, found);
    m_horsemen.find(text, tokens, found);
    findDemands(text, tokens, found); // after the horsemen: "Go away." ends the talk, it orders nothing
    // Words quoted from someone else ("My boss said \"you're useless\" to Tom", "The guy in the
    // film goes \"you're pathetic\"") are theirs, not the speaker's to the partner.
    if (text.contains(u'"') || text.contains(QChar(0x201C))) {
        const auto quotes = reportedQuotes(text);
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const CoachFinding &f) {
                                       return std::any_of(quotes.cbegin(), quotes.cend(), [&](const auto &q) {
                                           return q.first < f.start && f.end <= q.second;
                                       });
                                   }),
                    found.end());
    }

    std::stable_sort(found.begin(), found.end(), [](const CoachFinding &a, const CoachFinding &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Sorted by start, a finding overlaps one kept of its kind exactly when
    // the furthest end kept for that kind lies beyond its start.
    QList<CoachFinding> kept;
    QHash<QString, qsizetype> furthestEnd;
    for (const CoachFinding &finding : std::as_const(found)) {
        qsizetype &end = furthestEnd[finding.kind];
        if (end > finding.start)
            continue;
        end = finding.end;
        kept.append(finding);
    }
    return kept;
}

CoachFinding Coach::fromPattern(const QString &text, const CoachTokens &tokens, qsizetype begin, qsizetype end,
                                int pattern) const
{
    return findingFromPattern(m_patterns.at(pattern), text, tokens, begin, end);
}

// Making the partner the cause of the speaker's feelings or of what went
// wrong; not when negated ("it's not because of you") or grateful ("because
// of you, I believe in second chances").
void Coach::findBlame(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    for (const PhraseMatch &match : m_blame.findAll(tokens, Hedge | Frequency)) {
        if (negatedBefore(tokens, match.begin))
            continue;
        qsizetype to = clauseEnd(tokens, match.begin);
        if (to == match.end && to < tokens.size() && tokens.at(to).sentence == tokens.at(match.begin).sentence)
            to = clauseEnd(tokens, to); // "Because of you, I ...": the clause after says what it did
        // (Nor a step it helped to: "because of you I finally applied for the job".)
        if (warmBetween(tokens, match.end, to) || anyWordIn(tokens, match.end, to, {"finally"_L1}))
            continue;
        // "You made me (us) a cup of tea" makes something for me; it blames no one.
        // Nor does "you made me breakfast, and I loved it", nor a meal or a gift
        // made for me ("you made me dinner"): a thing made, not a state.
        if (isOneOf(tokens.at(match.end - 1).word, {"me"_L1, "us"_L1}) && match.end < tokens.size()
            && sameClause(tokens, match.end, match.begin)
            && ((tokens.at(match.end).classes & Determiner) || isOneOf(tokens.at(match.end).word, thingsMadeForSomeone)
                || warmBetween(tokens, match.end, sentenceEnd(tokens, match.begin))))
            continue;
        findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
}
