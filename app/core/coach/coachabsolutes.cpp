// SPDX-License-Identifier: GPL-3.0-or-later
// Sweeping words about the partner ("you never listen"), and the idioms and
// appreciation that sweep nothing; part of Coach.
#include "coach.h"

#include "coachgrammar.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// People other than the partner, named: "your mum always ...".
constexpr QLatin1StringView otherPeople[] = {
    "mum"_L1, "mom"_L1, "dad"_L1, "mother"_L1, "father"_L1, "sister"_L1, "brother"_L1, "nan"_L1, "gran"_L1,
    "grandma"_L1, "grandad"_L1, "boss"_L1, "friend"_L1, "mate"_L1, "guy"_L1, "kid"_L1, "kids"_L1, "parents"_L1
};

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
// "You never told me you could play piano": news about what the partner can
// do or once did, heard with surprise, not a complaint about being left out
// ("you never told me you were going out"). `verb` follows "never".
bool surprisingNews(const CoachTokens &tokens, qsizetype verb)
{
    if (!isOneOf(wordAt(tokens, verb), {"told"_L1, "said"_L1, "mentioned"_L1}))
        return false;
    qsizetype k = verb + 1;
    if (isOneOf(wordAt(tokens, k), {"me"_L1, "us"_L1}))
        ++k;
    if (wordAt(tokens, k) == "that"_L1)
        ++k;
    if (!isOneOf(wordAt(tokens, k), {"you"_L1, "u"_L1, "you'd"_L1}) || !sameClause(tokens, verb, k + 1))
        return false; // ("you'd lived in Japan": you had)
    const QString &what = wordAt(tokens, k + 1);
    // What one can do, or a past told as a story: "you could sing", "you used to dance", "you grew up in Leeds".
    return isOneOf(what, {"could"_L1, "can"_L1, "used"_L1, "grew"_L1, "speak"_L1, "spoke"_L1, "play"_L1,
                          "played"_L1, "sing"_L1, "sang"_L1, "lived"_L1, "won"_L1, "knew"_L1});
}

// A word the valence lexicon rates negative in the clause after `from`.
bool hurtsInClause(const CoachTokens &tokens, qsizetype from)
{
    for (qsizetype k = from; k < tokens.size() && k < from + 10 && sameClause(tokens, from, k); ++k) {
        if ((tokens.at(k).classes & (Negative | NotLabel)) == Negative)
            return true;
    }
    return false;
}

// Thanks or love said after the sweeping clause, in one of its own: "You never
// let me walk home alone, and I love that.", "... Thank you." ("You never say
// you love me" keeps its sting: the love is in the complaint; "thanks" alone
// may be sarcastic.)
bool thanksAfter(const CoachTokens &tokens, const PhraseMatch &match)
{
    for (qsizetype k = clauseEnd(tokens, match.begin); k + 1 < tokens.size(); ++k) {
        const QString &word = tokens.at(k).word;
        if ((word == "thank"_L1 && tokens.at(k + 1).word == "you"_L1)
            || (word == "i"_L1 && isOneOf(tokens.at(k + 1).word, {"love"_L1, "appreciate"_L1, "adore"_L1, "admire"_L1})
                && isOneOf(wordAt(tokens, k + 2), {"that"_L1, "it"_L1, "this"_L1, "how"_L1})))
            return true; // (not "I love you but it drives me mad")
    }
    return false;
}

// Warmth granted outside the sweeping clause and then taken back by a "but"
// and a complaint: "you always leave your socks out, I love you but it drives
// me mad" (not "you always make me laugh, but ...": the warmth is the sweep's).
bool warmthConceded(const CoachTokens &tokens, const PhraseMatch &match, qsizetype sentenceEnd)
{
    if (warmBetween(tokens, segmentStart(tokens, match.begin), clauseEnd(tokens, match.begin)))
        return false;
    for (qsizetype k = match.end; k + 1 < sentenceEnd; ++k) {
        if (tokens.at(k).word == "but"_L1 && warmBetween(tokens, match.end, k))
            return hurtsInClause(tokens, k + 1);
    }
    return false;
}

// Someone else does it: "Mum always says ...", "your dad never lets anyone
// pay", "your mum is always so kind", "not once did I doubt you".
bool someoneElseActs(const CoachTokens &tokens, const PhraseMatch &match)
{
    qsizetype k = match.begin - 1;
    while (k >= 0 && sameClause(tokens, k, match.begin) && (tokens.at(k).classes & (Auxiliary | Hedge)))
        --k;
    if (k >= 0 && sameClause(tokens, k, match.begin) && isOneOf(tokens.at(k).word, otherPeople))
        return true;
    // Put the other way round, the subject after its auxiliary: "Not once did I doubt".
    return opensSentence(tokens, match.begin) && match.end + 1 < tokens.size()
           && (tokens.at(match.end).classes & Auxiliary) && (tokens.at(match.end + 1).classes & (Speaker | Shared | Other))
           && sameClause(tokens, match.begin, match.end + 1);
}

bool isIdiom(const CoachTokens &tokens, const PhraseMatch &match)
{
    const QString &first = tokens.at(match.begin).word;
    const bool sameClauseAfter = match.end < tokens.size() && sameClause(tokens, match.begin, match.end);
    if (first == "never"_L1 && sameClauseAfter && wordAt(tokens, match.end) == "mind"_L1)
        return true;
    // Never failing someone is praise: "you never let me down", "you never fail to make me laugh".
    if (first == "never"_L1 && sameClauseAfter) {
        const QString &next = wordAt(tokens, match.end);
        if (isOneOf(next, {"fail"_L1, "fails"_L1, "disappoint"_L1, "disappoints"_L1, "cease"_L1, "ceases"_L1}))
            return true; // ("you never cease to amaze me")
        // Never complaining is patience: "you never once complained when I was ill".
        if (isOneOf(next, {"complain"_L1, "complains"_L1, "complained"_L1}))
            return true;
        if (next == "let"_L1 && wordAt(tokens, match.end + 2) == "down"_L1)
            return true;
        if (surprisingNews(tokens, match.end))
            return true;
        // Never missing or forgetting is care: "you never miss a chance to make me smile",
        // "you never forget my birthday" (not "you never miss a chance to criticise me").
        if (isOneOf(next, {"miss"_L1, "misses"_L1, "missed"_L1, "forget"_L1, "forgets"_L1, "forgot"_L1, "forgotten"_L1})
            && !hurtsInClause(tokens, match.end + 1))
            return true;
        // Reassurance: "you never have to apologise", "you never need to ask".
        if ((next == "have"_L1 || next == "need"_L1) && wordAt(tokens, match.end + 1) == "to"_L1)
            return true;
    }
    // Attention paid, always: "you always remember how I take my tea", "you always know what to say"
    // (not "you always remember my mistakes").
    if (first == "always"_L1 && sameClauseAfter
        && isOneOf(wordAt(tokens, match.end), {"remember"_L1, "know"_L1, "notice"_L1, "manage"_L1, "find"_L1,
                                               "remembers"_L1, "knows"_L1, "notices"_L1})
        && wordAt(tokens, match.end + 1) != "me"_L1 && !hurtsInClause(tokens, match.end))
        return true;
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
        if (isIdiom(tokens, match) || negatedBefore(tokens, match.begin) || someoneElseActs(tokens, match)
            || thanksAfter(tokens, match))
            continue;
        if (match.begin > 0 && (tokens.at(match.begin - 1).classes & Article))
            continue; // "you're a nobody" names a worth (contempt), it sweeps nothing
        if (isOneOf(wordAt(tokens, match.begin - 1), {"you"_L1, "u"_L1})
            && isOneOf(wordAt(tokens, match.begin - 2), {"like"_L1, "as"_L1})
            && isOneOf(wordAt(tokens, match.end), {"say"_L1, "says"_L1, "tell"_L1}))
            continue; // "like you always say, one step at a time" quotes the partner's wisdom
        const SentenceFacts &sentence = factsOf(match.begin);
        const qsizetype sentenceFirst = sentence.first;
        const qsizetype sentenceLast = sentence.last;
        // "Never" keeps its sting next to warm words ("you never say you love me"), and so does
        // any sweeping word when the warmth is only conceded in another clause before a
        // complaint ("you always leave your socks out, I love you but it drives me mad").
        if (!anyIn(tokens, match.begin, match.end, Negator) && sentence.warm
            && !warmthConceded(tokens, match, sentenceLast))
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
