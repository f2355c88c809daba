// SPDX-License-Identifier: GPL-3.0-or-later
#include "coach.h"

#include "coachgrammar.h"
#include "coachpatternfinding.h"
#include "coachrewriter.h"
#include "content/contentrepository.h"

#include <QCoreApplication>
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
const QString evaluativeKind = u"evaluative-feeling"_s;
const QString labelKind = u"label"_s;
const QString demandKind = u"demand"_s;

bool anyIn(const CoachTokens &tokens, qsizetype begin, qsizetype end, quint32 classes)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (tokens.at(i).classes & classes)
            return true;
    }
    return false;
}

const QString &wordAt(const CoachTokens &tokens, qsizetype i)
{
    static const QString none;
    return i >= 0 && i < tokens.size() ? tokens.at(i).word : none;
}

// "Every time you ...", "whenever you ...": a sweeping time clause whose
// subject comes after it.
bool timeClauseAboutPartner(const CoachTokens &tokens, const PhraseMatch &match)
{
    const QString &last = tokens.at(match.end - 1).word;
    if (last != "time"_L1 && last != "whenever"_L1)
        return false;
    const QString &next = wordAt(tokens, match.end);
    return (next == "you"_L1 || next == "you're"_L1 || next == "you've"_L1)
           && sameClause(tokens, match.begin, match.end);
}

// Sweeping words in set phrases that sweep nothing: "never mind", "there's
// nothing wrong with you", "you mean everything to me".
bool isIdiom(const CoachTokens &tokens, const PhraseMatch &match)
{
    const QString &first = tokens.at(match.begin).word;
    const bool sameClauseAfter = match.end < tokens.size() && sameClause(tokens, match.begin, match.end);
    if (first == "never"_L1 && sameClauseAfter && wordAt(tokens, match.end) == "mind"_L1)
        return true;
    // Never failing someone is praise: "you never let me down", "you never fail to make me laugh".
    if (first == "never"_L1 && sameClauseAfter) {
        const QString &next = wordAt(tokens, match.end);
        if (next == "fail"_L1 || next == "fails"_L1 || next == "disappoint"_L1 || next == "disappoints"_L1)
            return true;
        if (next == "let"_L1 && wordAt(tokens, match.end + 2) == "down"_L1)
            return true;
        // Reassurance: "you never have to apologise", "you never need to ask".
        if ((next == "have"_L1 || next == "need"_L1) && wordAt(tokens, match.end + 1) == "to"_L1)
            return true;
    }
    // An open invitation: "whenever you're ready", "whenever you like".
    if (first == "whenever"_L1 && sameClauseAfter) {
        qsizetype next = match.end;
        if (wordAt(tokens, next) == "you"_L1)
            ++next;
        else if (wordAt(tokens, next) == "you're"_L1)
            return wordAt(tokens, next + 1) == "ready"_L1;
        return isOneOf(wordAt(tokens, next), {"like"_L1, "want"_L1, "can"_L1, "fancy"_L1, "need"_L1, "feel"_L1});
    }
    // Reassurance: "you're never a bother".
    if (first == "never"_L1 && sameClauseAfter && isOneOf(wordAt(tokens, match.end), {"a"_L1, "an"_L1})
        && isOneOf(wordAt(tokens, match.end + 1), {"bother"_L1, "burden"_L1, "problem"_L1, "trouble"_L1, "nuisance"_L1}))
        return true;
    if (tokens.at(match.begin).classes & Everyone) {
        // "After everything I've done" (about the speaker), "nothing makes me happier than ..." (praise).
        if (match.begin > 0 && wordAt(tokens, match.begin - 1) == "after"_L1)
            return true;
        for (qsizetype i = match.end; i < match.end + 4 && i < tokens.size() && sameClause(tokens, i, match.begin); ++i) {
            if (tokens.at(i).word == "than"_L1)
                return true;
        }
        if (sameClauseAfter && isOneOf(wordAt(tokens, match.end), {"beats"_L1, "compares"_L1, "tops"_L1}))
            return true; // "nothing beats a cup of tea with you"
        for (qsizetype i = match.end; i < match.end + 3 && i < tokens.size() && sameClause(tokens, i, match.begin); ++i) {
            if (tokens.at(i).word == "wrong"_L1)
                return true;
        }
        if (sameClauseAfter && wordAt(tokens, match.end) == "to"_L1 && wordAt(tokens, match.end + 1) == "me"_L1)
            return true;
    }
    return false;
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
    for (qsizetype i = 0; i < m_fauxFeelings.size(); ++i)
        m_fauxFeelingWords.add(m_lexicon.internPhrase(m_fauxFeelings.at(i).word), int(i));
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
    m_mustPattern = patternIndex(u"demand-must"_s);
    m_imperativePattern = patternIndex(u"demand-imperative"_s);
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
    findThoughts(text, tokens, found);
    findEvaluativeFeelings(text, tokens, found);
    findLabels(text, tokens, found);
    m_horsemen.find(text, tokens, found);
    findDemands(text, tokens, found); // after the horsemen: "Go away." ends the talk, it orders nothing


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

// Sweeping words about what the partner does; not about the speaker, "we" or
// anyone else, and not in appreciation ("you always make me laugh").
void Coach::findAbsolutes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    // What is asked of a whole sentence, asked once per sentence: a text with
    // no full stop is one long sentence, and asking per match would not stay linear.
    struct SentenceFacts
    {
        qsizetype first = 0;
        qsizetype last = 0;
        bool warm = false;
        bool partnerSubject = false;
        bool mentionsPartner = false;
    };
    QHash<int, SentenceFacts> facts;
    const auto factsOf = [&](qsizetype at) -> const SentenceFacts & {
        const int id = tokens.at(at).sentence;
        const auto known = facts.constFind(id);
        if (known != facts.cend())
            return *known;
        SentenceFacts f;
        f.first = sentenceStart(tokens, at);
        f.last = sentenceEnd(tokens, at);
        f.warm = warmBetween(tokens, f.first, f.last);
        f.partnerSubject = partnerSubjectInSentence(tokens, at);
        f.mentionsPartner = partnerInSentence(tokens, at);
        return *facts.insert(id, f);
    };
    for (const PhraseMatch &match : m_absolutes.findAll(tokens)) {
        if (isIdiom(tokens, match) || negatedBefore(tokens, match.begin))
            continue;
        const SentenceFacts &sentence = factsOf(match.begin);
        const qsizetype sentenceFirst = sentence.first;
        const qsizetype sentenceLast = sentence.last;
        // "Never" keeps its sting next to warm words ("you never say you love me").
        if (!anyIn(tokens, match.begin, match.end, Negator) && sentence.warm)
            continue;
        bool aboutPartner = anyIn(tokens, match.begin, match.end, Partner) // "all you ever"
                            || timeClauseAboutPartner(tokens, match); // "I feel tense every time you .."
        const bool sweepingPronoun = anyIn(tokens, match.begin, match.end, Everyone);
        if (!aboutPartner) {
            // A sweeping pronoun is an object or a subject ("you do nothing", "nothing I do");
            // the other sweeping words are adverbs and go with their nearest subject.
            const quint32 who = sweepingPronoun ? subjectBefore(tokens, match.begin) : actorBefore(tokens, match.begin);
            const bool object = sweepingPronoun && match.begin > 0 && sameClause(tokens, match.begin - 1, match.begin)
                                && (tokens.at(match.begin - 1).classes & Preposition); // "in front of everyone"
            if (object || (who & (Speaker | Shared | Other)))
                continue;
            if ((who & Partner) || ((who & Thing) && partnerInClause(tokens, match.begin))) {
                // "you always", "it always ends with you storming off", "it's your fault for always .."
                aboutPartner = true;
            } else if (sweepingPronoun) {
                aboutPartner = sentence.mentionsPartner; // "nothing I do is enough for you"
            } else {
                // "Every time I ask, you sigh"; "Typical. You forgot again."
                aboutPartner = sentence.partnerSubject;
                if (!aboutPartner && match.begin == sentenceFirst && match.end == sentenceLast
                    && match.end < tokens.size())
                    aboutPartner = factsOf(match.end).partnerSubject;
            }
        }
        if (aboutPartner)
            findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
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
        if (warmBetween(tokens, match.end, to))
            continue;
        // "You made me a cup of tea" makes something for me; it blames no one.
        // Nor does "you made me breakfast, and I loved it".
        if (tokens.at(match.end - 1).word == "me"_L1 && match.end < tokens.size()
            && sameClause(tokens, match.end, match.begin)
            && ((tokens.at(match.end).classes & Determiner)
                || warmBetween(tokens, match.end, sentenceEnd(tokens, match.begin))))
            continue;
        findings.append(fromPattern(text, tokens, match.begin, match.end, match.payload));
    }
}

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
