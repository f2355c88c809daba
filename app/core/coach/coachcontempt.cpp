// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt: its set phrases (mockery, sarcasm) and irony ("Oh, great."); part
// of CoachHorsemen. Its shapes are read in coachcontemptshapes.cpp and
// coachcontemptscorn.cpp.
#include "coachhorsemen.h"

#include "coachgrammar.h"
#include "coachcontemptwords.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace ContemptWords;

namespace {

// An opening quote just before token `at`: words reported, not said.
bool quotedFrom(const QString &text, const CoachTokens &tokens, qsizetype at)
{
    const qsizetype before = tokens.at(at).start - 1;
    return before >= 0 && QStringView(u"\"'\u2018\u201C").contains(text.at(before));
}

// A sarcastic nickname needs no other sign; the rest ("well done", "nice
// one") are sarcastic only after "oh" or "wow", or with such a nickname.
// Any of its words names it: "your highness", "oh wise one".
bool isMockingName(const CoachTokens &tokens, const PhraseMatch &match)
{
    for (qsizetype k = match.begin; k < match.end; ++k) {
        if (isOneOf(tokens.at(k).word, mockingNames))
            return true;
    }
    return false;
}

// "Is his lordship hungry?", "Your Majesty would like tea, would they?": a rank
// that mocks wherever it stands, unless quoted; and a mocking name shown off
// ("look at the big shot with his new watch").
bool isMockRank(const QString &text, const CoachTokens &tokens, const PhraseMatch &match)
{
    const bool owned = isOneOf(wordAt(tokens, match.begin - 1), {"your"_L1, "his"_L1, "her"_L1});
    if (quotedFrom(text, tokens, owned ? match.begin - 1 : match.begin))
        return false;
    const QString &last = tokens.at(match.end - 1).word;
    if (isOneOf(last, mockRanks)
        || (tokens.at(match.begin).word == "your"_L1 && isOneOf(last, {"highness"_L1, "majesty"_L1})))
        return true;
    const qsizetype look = match.begin - (wordAt(tokens, match.begin - 1) == "the"_L1 ? 2 : 1);
    return wordAt(tokens, look) == "at"_L1 && wordAt(tokens, look - 1) == "look"_L1
        && isMockingName(tokens, match);
}

// The name said to the partner: its own clause, or ending one of nothing but
// interjections and laughter ("lol ok mastermind"); not quoted from a film or a
// book ('she calls him "Your Majesty"').
bool saidAsName(const QString &text, const CoachTokens &tokens, const PhraseMatch &match)
{
    if (quotedFrom(text, tokens, match.begin))
        return false;
    if (match.end < tokens.size() && sameClause(tokens, match.end - 1, match.end))
        return false;
    for (qsizetype k = match.begin - 1; k >= 0 && sameClause(tokens, k, match.begin); --k) {
        if (!isInterjection(tokens.at(k).word) && !isLaughter(tokens.at(k).word))
            return false;
    }
    return true;
}

// Praise that irony turns round: "Great.", "Perfect, just perfect."
bool isPraise(const QString &word)
{
    return isOneOf(word, praiseWords);
}

// "lol ok", "lol k", "haha sure", "lol ok sure", "hahaha ok buddy": a flat yes
// laughed at, typed as a text and nothing more. The laugh says the partner's
// words are not taken seriously; with anything else it is play ("lol ok see
// you at six", "haha ok love you"), and said gladly it agrees ("haha ok!").
bool isLaughedOffReply(const QString &text, const CoachTokens &tokens)
{
    if (tokens.size() < 2 || tokens.size() > 4 || text.contains(u'!'))
        return false;
    bool laughs = false;
    bool agrees = false;
    for (const CoachToken &token : tokens) {
        if (isLaughter(token.word))
            laughs = true;
        else if (isOneOf(token.word, laughedOffReplies))
            agrees = true;
        else if (!isOneOf(token.word, {"buddy"_L1, "pal"_L1, "jan"_L1}))
            return false;
    }
    return laughs && agrees;
}

// Warmth elsewhere in the statement ("Oh, great, you're home! I missed you.")
// says the praise is meant: irony does not sit beside it.
// ("Don't make me laugh." scoffs: its "laugh" is no warmth.)
bool warmElsewhere(const CoachTokens &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const CoachToken &t = tokens.at(i);
        if (t.word == "laugh"_L1 && wordAt(tokens, i - 1) == "me"_L1 && wordAt(tokens, i - 3) == "don't"_L1)
            continue;
        if (((t.classes & Warm) && !isPraise(t.word)) || t.word == "missed"_L1 || t.word == "proud"_L1)
            return true;
    }
    return false;
}

// Sympathy around "poor you": "oh no" before it, or care after it ("that
// sounds awful", "want me to ...", "is it still sore?").
bool caresAfter(const CoachTokens &tokens, const PhraseMatch &match)
{
    if (anyWordBefore(tokens, match.begin, 2, {"no"_L1}))
        return true;
    // "You poor thing, come here.": an embrace offered.
    for (qsizetype k = match.end; k + 1 < tokens.size() && k < match.end + 4; ++k) {
        if (tokens.at(k).word == "come"_L1 && tokens.at(k + 1).word == "here"_L1)
            return true;
    }
    return anyWordIn(tokens, match.end, std::min(match.end + 8, tokens.size()), sympathy);
}

} // namespace

void CoachHorsemen::findContempt(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    const bool warm = warmElsewhere(tokens); // once: asked per match it would not stay linear
    for (const PhraseMatch &match : m_mockery.findAll(tokens, Hedge)) {
        if (warm && isOneOf(tokens.at(match.end - 1).word, {"surprise"_L1, "shock"_L1}))
            continue; // "Wow, what a surprise, you planned all this? I love it."
        if (match.end - match.begin == 1
            && !(wholeClause(tokens, match.begin, match.end) && opensSentence(tokens, match.begin)))
            continue; // "Typical." alone, not "a typical Sunday"
        if (tokens.at(match.begin).word == "big"_L1 && match.begin > 0 && wordAt(tokens, match.begin - 1) == "a"_L1)
            continue; // "It's not a big deal" reassures
        if (tokens.at(match.begin).word == "whatever"_L1 && match.end < tokens.size()
            && sameClause(tokens, match.end - 1, match.end))
            continue; // "Whatever you say about the boiler, ..." talks of a thing
        // "Oh please, you're always on your phone too": the charge handed back, which is
        // defensiveness; the "oh please" only opens it.
        if (tokens.at(match.begin).word == "oh"_L1 && wordAt(tokens, match.begin + 1) == "please"_L1
            && match.end < tokens.size() && isOneOf(tokens.constLast().word, {"too"_L1, "either"_L1})
            && partnerSubjectInSentence(tokens, match.end))
            continue;
        // "if that's not too hard for you" closes a request with a sneer; "if it's not too hard for
        // you to get away, come ..." runs on into a real condition.
        if (tokens.at(match.begin).word == "if"_L1 && tokens.at(match.end - 1).word == "you"_L1
            && match.end < tokens.size() && sameClause(tokens, match.end - 1, match.end))
            continue;
        if (tokens.at(match.begin).word == "poor"_L1 && caresAfter(tokens, match))
            continue; // "Oh no, poor you! Want me to bring soup?" is sympathy
        // "Nobody asked you to do that, it was so thoughtful": a kindness no one asked for, thanked.
        if (warm && tokens.at(match.end - 1).word == "you"_L1 && wordAt(tokens, match.end - 2) == "asked"_L1
            && inClause(tokens, match.end - 1, match.end) == "to"_L1)
            continue;
        add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    const QList<PhraseMatch> sarcastic = m_sarcasm.findAll(tokens, Hedge);
    QSet<int> namedSentences; // sentences that call the partner a mocking name
    for (const PhraseMatch &match : sarcastic) {
        if (isMockingName(tokens, match) && saidAsName(text, tokens, match))
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
        if (isMockRank(text, tokens, match)
            || (isMockingName(tokens, match) ? saidAsName(text, tokens, match) : (cued || named)))
            add(match.payload, text, tokens, match.begin, match.end, findings);
    }
    // "Yeah, right." and "Oh, great.": a comma apart, so no phrase can hold them.
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        // "Yeah, good luck with that.", "lol ok good luck with that": a plan wished luck in scorn,
        // the clause ending there (not "Good luck with that interview tomorrow").
        if (!warm && tokens.at(i).word == "good"_L1 && wordAt(tokens, i + 1) == "luck"_L1 && wordAt(tokens, i + 2) == "with"_L1
            && wordAt(tokens, i + 3) == "that"_L1 && clauseEndWithin(tokens, i, 5) == i + 4)
            add(m_sarcasmPattern, text, tokens, i, i + 4, findings);
        if (!opensSentence(tokens, i) || tokens.at(i + 1).sentence != tokens.at(i).sentence)
            continue;
        const QString &first = tokens.at(i).word;
        const QString &second = tokens.at(i + 1).word;
        // "Oh, great." alone, or with a put-down after it; not "Oh great, the tickets arrived!".
        const bool alone = i + 2 >= tokens.size() || tokens.at(i + 2).sentence != tokens.at(i).sentence;
        bool putDown = false;
        for (qsizetype k = i + 2; !alone && k < tokens.size() && k < i + 12; ++k)
            putDown = putDown || (tokens.at(k).classes & (Negative | NotLabel)) == Negative
                      || isOneOf(tokens.at(k).word, {"now"_L1, "again"_L1, "another"_L1, "idea"_L1, "genius"_L1})
                      // "Oh great, you forgot the tickets": the partner's failure, or what they didn't do.
                      || (isPartnerSubject(tokens, k - 1) && (isOneOf(tokens.at(k).word, partnerFailures)
                                                              || (tokens.at(k).classes & Negator)));
        // ("Oh, please." alone waves the partner off; "Oh, please! Can we?" begs.)
        const bool flat = tokens.at(i + 1).end >= text.size() || text.at(tokens.at(i + 1).end) != u'!';
        const bool ironic = (first == "yeah"_L1 && isOneOf(second, {"right"_L1, "sure"_L1}))
                            || (first == "oh"_L1 && (alone || putDown || second == "sure"_L1)
                                && isOneOf(second, ohPraise))
                            || (first == "oh"_L1 && second == "please"_L1 && alone && flat);
        // "Ooh, touchy.", "Ooh, so scary.": the partner's upset mocked as a show, the sentence
        // nothing else. "Yes, Mother.", "yes dear, whatever you say dear": the partner as a
        // parent obeyed in mockery.
        const qsizetype third = i + 2 < tokens.size() && tokens.at(i + 2).sentence == tokens.at(i).sentence ? i + 2 : -1;
        const bool scared = (isOneOf(first, {"ooh"_L1, "oooh"_L1}) && alone && isOneOf(second, {"touchy"_L1, "scary"_L1}))
                            || (isOneOf(first, {"ooh"_L1, "oooh"_L1}) && second == "so"_L1 && third > 0
                                && tokens.at(third).word == "scary"_L1
                                && (third + 1 >= tokens.size() || tokens.at(third + 1).sentence != tokens.at(i).sentence));
        const bool obeyed = first == "yes"_L1 && isOneOf(second, {"mother"_L1, "mum"_L1, "mummy"_L1, "sir"_L1, "dear"_L1})
                            && (alone || (third > 0 && tokens.at(third).word == "whatever"_L1));
        // (Irony at the world, with no one of the two in it, is weariness, not contempt: "Yeah,
        // right, the traffic's going to clear by six.", "Oh, fantastic, the train's cancelled again.")
        if ((ironic || obeyed) && !warm && (alone || anyIn(tokens, 0, tokens.size(), Partner | Speaker | Shared)))
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
        // (Said flat: "Ooh, scary! Let's watch it tonight." looks forward to a film.)
        const qsizetype shown = second == "so"_L1 ? i + 3 : i + 2;
        if (scared && !warm && (tokens.at(shown - 1).end >= text.size() || text.at(tokens.at(shown - 1).end) != u'!'))
            add(m_sarcasmPattern, text, tokens, i, shown, findings);
    }
    // "Late again. What a shocking surprise.": feigned surprise at a fault named before it (not
    // "What a lovely surprise!", nor alone).
    for (qsizetype i = 1; i + 2 < tokens.size() && !warm; ++i) {
        if (tokens.at(i).word != "what"_L1 || wordAt(tokens, i + 1) != "a"_L1 || !opensSentence(tokens, i))
            continue;
        const qsizetype end = sentenceEndWithin(tokens, i, 5);
        const bool feigned
            = end <= i + 4 && isOneOf(tokens.at(end - 1).word, {"surprise"_L1, "shock"_L1, "shocker"_L1});
        bool fault = false;
        for (qsizetype k = sentenceStartWithin(tokens, i - 1, 16); k < i && feigned && !fault; ++k)
            fault = isOneOf(tokens.at(k).word, {"again"_L1, "still"_L1})
                || (tokens.at(k).classes & (Negative | NotLabel)) == Negative;
        if (fault)
            add(m_mockeryPattern, text, tokens, i, end, findings);
    }
    if (isLaughedOffReply(text, tokens))
        add(m_sarcasmPattern, text, tokens, 0, tokens.size(), findings);
    findScareQuotes(text, tokens, findings);
    findContemptShapes(text, tokens, warm, findings);
    findContemptMockery(text, tokens, warm, findings);
    findContemptPraise(text, tokens, warm, findings);
    findCondescension(text, tokens, findings);
}

// "You 'forgot'", "ur 'working late'", "you were 'stuck in traffic'": the
// partner's own words put in quotes to say they are not believed. Not a report
// of what was said ("you said 'I'll be late'"): only auxiliaries may stand
// between the partner and the quote.
void CoachHorsemen::findScareQuotes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    const auto isQuote = [&](qsizetype at) {
        if (at < 0 || at >= text.size())
            return false;
        const char16_t c = text.at(at).unicode();
        return c == u'\'' || c == u'"' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
    };
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        // "Gosh, your \"headache\" came on right when ...", "your back or your \"stress\"?": the
        // partner's own ailment or reason in quotes (not a title quoted with thanks: "I loved
        // your \"thank you\" card").
        if (tokens.at(i).word == "your"_L1 && isQuote(tokens.at(i + 1).start - 1) && !warmBetween(tokens, 0, tokens.size())) {
            for (qsizetype close = i + 1; close < tokens.size() && close < i + 4; ++close) {
                if (!isQuote(tokens.at(close).end))
                    continue;
                // What it is said to have done, or nothing more ("your \"to do\" list" names a thing).
                const bool goesOn = close + 1 < tokens.size() && tokens.at(close + 1).sentence == tokens.at(close).sentence
                    && !QStringView(text).mid(tokens.at(close).end, tokens.at(close + 1).start - tokens.at(close).end)
                            .contains(u',');
                const QString &after = goesOn ? tokens.at(close + 1).word : QString();
                if (!goesOn || after.endsWith("ed"_L1)
                    || (tokens.at(close + 1).classes & Auxiliary) || isOneOf(after, {"came"_L1, "went"_L1, "took"_L1, "got"_L1}))
                    add(m_sarcasmPattern, text, tokens, i, close + 1, findings);
                break;
            }
            continue;
        }
        if (!(tokens.at(i).classes & Partner) || !isPartnerSubject(tokens, i))
            continue;
        const int sentence = tokens.at(i).sentence;
        qsizetype k = i + 1;
        while (k < tokens.size() && k < i + 3 && (tokens.at(k).classes & Auxiliary) && tokens.at(k).sentence == sentence)
            ++k;
        if (k >= tokens.size() || tokens.at(k).sentence != sentence || !isQuote(tokens.at(k).start - 1))
            continue;
        for (qsizetype close = k; close < tokens.size() && close < k + 5 && tokens.at(close).sentence == sentence; ++close) {
            if (isQuote(tokens.at(close).end)) {
                add(m_sarcasmPattern, text, tokens, i, close + 1, findings);
                break;
            }
        }
    }
}
