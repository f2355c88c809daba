// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachhorsemen.h"

#include "coachpatternfinding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

CoachHorsemen::CoachHorsemen(const QList<CoachPattern> &patterns, CoachLexicon &lexicon)
    : m_patterns(patterns)
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const CoachPattern &pattern = m_patterns.at(i);
        PhraseMatcher *matcher = nullptr;
        if (pattern.kind == "contempt"_L1 && pattern.id == "contempt-sarcasm"_L1)
            matcher = &m_sarcasm;
        else if (pattern.kind == "contempt"_L1 && pattern.id != "contempt-worth"_L1)
            matcher = &m_mockery;
        else if (pattern.kind == "defensiveness"_L1)
            matcher = &m_defensive;
        else if (pattern.kind == "stonewalling"_L1)
            matcher = &m_stonewalling;
        if (!matcher)
            continue;
        for (const QString &phrase : pattern.phrases)
            matcher->add(lexicon.internPhrase(phrase), int(i));
    }
    // The words each horseman's shapes start from, one class each, so that each
    // pass stops only at its own words (coachcontempt.cpp, coachdefensiveness.cpp,
    // coachstonewalling.cpp).
    for (QLatin1StringView cue : {"even"_L1, "are"_L1, "were"_L1, "who"_L1, "what"_L1, "what's"_L1, "how"_L1,
                                  "unlike"_L1, "some"_L1, "normal"_L1, "sane"_L1, "decent"_L1, "reasonable"_L1,
                                  "competent"_L1, "than"_L1, "of"_L1, "stand"_L1, "bear"_L1, "look"_L1,
                                  "ashamed"_L1, "embarrassed"_L1, "disgusted"_L1, "sick"_L1, "pfft"_L1, "pff"_L1,
                                  "psh"_L1, "pssh"_L1, "tsk"_L1, "scoffs"_L1, "smirks"_L1, "sneers"_L1, "eyeroll"_L1,
                                  "eye-roll"_L1, "snort"_L1, "snorts"_L1, "rolls"_L1, "very"_L1, "real"_L1, "so"_L1, "nice"_L1, "good"_L1,
                                  "smooth"_L1, "thanks"_L1, "way"_L1, "just"_L1, "great"_L1, "brilliant"_L1,
                                  "wonderful"_L1, "perfect"_L1, "lovely"_L1, "fantastic"_L1, "marvellous"_L1,
                                  "terrific"_L1, "super"_L1, "excellent"_L1, "fabulous"_L1, "awesome"_L1,
                                  "amazing"_L1, "splendid"_L1, "bravo"_L1, "congratulations"_L1, "congrats"_L1,
                                  "impressive"_L1, "charming"_L1, "classy"_L1, "well"_L1, "call"_L1, "is"_L1,
                                  "because"_L1, "ever"_L1, "clearly"_L1, "obviously"_L1, "kind"_L1, "sweet"_L1,
                                  "like"_L1, "if"_L1, "think"_L1, "thinks"_L1, "looking"_L1, "sight"_L1,
                                  "listening"_L1, "hearing"_L1, "medal"_L1, "parade"_L1,
                                  "trophy"_L1, "star"_L1, "cute"_L1, "adorable"_L1, "precious"_L1, "hilarious"_L1,
                                  "more"_L1, "better"_L1, "ex"_L1, "planet"_L1, "world"_L1,
                                  "draw"_L1, "thought"_L1, "your"_L1, "coming"_L1, "hurt"_L1, "thinking"_L1, "was"_L1,
                                  "applause"_L1, "award"_L1})
        lexicon.addClasses(QString(cue), CoachWordClass::Cue);
    for (QLatin1StringView cue : {"my"_L1, "that's"_L1, "it's"_L1, "that"_L1, "sorry"_L1, "but"_L1, "at"_L1,
                                  "neither"_L1, "nor"_L1, "so"_L1, "am"_L1, "why"_L1, "nothing"_L1, "after"_L1,
                                  "excuse"_L1, "pardon"_L1, "forgive"_L1, "on"_L1, "apologise"_L1, "blame"_L1,
                                  "blaming"_L1, "because"_L1, "since"_L1, "what"_L1, "else"_L1, "had"_L1,
                                  "thank"_L1, "too"_L1, "if"_L1, "told"_L1, "how"_L1, "like"_L1, "unlike"_L1, "it"_L1,
                                  "says"_L1})
        lexicon.addClasses(QString(cue), CoachWordClass::DefensiveCue);
    for (QLatin1StringView cue : {"how"_L1, "that's"_L1, "your"_L1, "and"_L1, "can't"_L1, "cannot"_L1, "forgot"_L1,
                                  "realise"_L1, "realize"_L1, "realised"_L1, "realized"_L1, "since"_L1, "because"_L1,
                                  "as"_L1, "just"_L1, "funnily"_L1})
        lexicon.addClasses(QString(cue), CoachWordClass::CondescensionCue);
    for (QLatin1StringView cue : {"see"_L1, "talk"_L1, "speak"_L1, "at"_L1, "by"_L1, "around"_L1})
        lexicon.addClasses(QString(cue), CoachWordClass::MeetAgainCue);
    for (QLatin1StringView cue : {"over"_L1, "mood"_L1, "nothing"_L1, "no"_L1, "finished"_L1, "done"_L1, "pointless"_L1,
                                  "hanging"_L1, "logging"_L1, "muting"_L1, "blocking"_L1, "walking"_L1, "checking"_L1})
        lexicon.addClasses(QString(cue), CoachWordClass::StonewallingCue);
    for (QLatin1StringView back : {"minutes"_L1, "minute"_L1, "hour"_L1, "hours"_L1, "later"_L1, "tomorrow"_L1,
                                   "tonight"_L1, "soon"_L1, "back"_L1, "after"_L1, "yet"_L1, "break"_L1,
                                   "breather"_L1, "pause"_L1, "once"_L1, "first"_L1, "calmer"_L1, "calmed"_L1,
                                   "while"_L1, "morning"_L1, "evening"_L1, "afternoon"_L1, "weekend"_L1, "monday"_L1,
                                   "tuesday"_L1, "wednesday"_L1, "thursday"_L1, "friday"_L1, "saturday"_L1,
                                   "sunday"_L1, "revisit"_L1, "then"_L1})
        lexicon.addClasses(QString(back), CoachWordClass::Return);
    m_sarcasmPattern = patternIndex("contempt-sarcasm"_L1);
    m_mockeryPattern = patternIndex("contempt-mockery"_L1);
    m_denialPattern = patternIndex("defensiveness-denial"_L1);
    m_counterPattern = patternIndex("defensiveness-counter"_L1);
    m_victimPattern = patternIndex("defensiveness-victim"_L1);
    m_stonewallingPattern = patternIndex("stonewalling-shut"_L1);
}

int CoachHorsemen::patternIndex(QLatin1StringView id) const
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        if (m_patterns.at(i).id == id)
            return int(i);
    }
    return -1;
}

void CoachHorsemen::add(int pattern, const QString &text, const CoachTokens &tokens, qsizetype begin, qsizetype end,
                        QList<CoachFinding> &findings) const
{
    if (pattern >= 0 && begin < end)
        findings.append(findingFromPattern(m_patterns.at(pattern), text, tokens, begin, end));
}

namespace {

// One past the closing quote of a quotation that opens the statement, with words of
// the speaker's own after it ("\"I didn't see the text.\" Course you didn't."), or -1.
qsizetype quotedOpening(const QString &text)
{
    qsizetype open = 0;
    while (open < text.size() && text.at(open).isSpace())
        ++open;
    if (open >= text.size() || !QStringView(u"\"\u201C").contains(text.at(open)))
        return -1;
    qsizetype close = open + 1;
    while (close < text.size() && !QStringView(u"\"\u201D").contains(text.at(close)))
        ++close;
    for (qsizetype k = close + 1; k < text.size(); ++k) {
        if (text.at(k).isLetter())
            return close + 1;
    }
    return -1;
}

} // namespace

void CoachHorsemen::find(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    findContempt(text, tokens, findings);
    const qsizetype contemptEnd = findings.size();
    findDefensiveness(text, tokens, findings);
    findStonewalling(text, tokens, findings);
    // The partner's words quoted back to them ("\"But I was busy!\" You sound like a
    // five-year-old.") are theirs, not the speaker's excuse or shut-down: what the speaker
    // says of them is what counts.
    const qsizetype quoted = quotedOpening(text);
    if (quoted > 0) {
        findings.erase(std::remove_if(findings.begin() + contemptEnd, findings.end(),
                                      [&](const CoachFinding &f) { return f.end <= quoted; }),
                       findings.end());
    }
}
