// SPDX-License-Identifier: GPL-3.0-or-later
// Insults no word list holds, recognised by the shape of the sentence they
// are said in: a name called at the partner ("You absolute walnut.", "You dozy
// pillock."), a noun after "you're such a" or "you're a total", "what a ...
// you are", a bare name with a word for character ("Selfish git.") and
// compound insults ("Dimwit.", "tight-arse"). The noun itself is unknown to
// the coach, so what decides is the shape around it, while fond names ("you
// absolute legend") and situations ("such a shame") stay clean. Part of Coach;
// the words weighed are in coachinsultwords.h.
#include "coach.h"

#include "coachgrammar.h"
#include "coachinsultwords.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

bool CoachGrammar::isCompoundInsult(const QString &word)
{
    if (isOneOf(word, InsultWords::notCompoundInsults))
        return false;
    for (const QLatin1StringView ending : InsultWords::insultEndings) {
        if (word.size() > ending.size() + 2 && word.endsWith(ending))
            return true;
    }
    return word.endsWith("-ass"_L1);
}

namespace {

// A word that may be a name for someone: no word the coach's grammar knows,
// no feeling or state, no verb form or adverb, nothing said fondly.
bool mayBeName(const CoachToken &token)
{
    const quint32 known = token.classes & ~quint32(Negative | Cue | DefensiveCue | StonewallingCue | MeetAgainCue);
    const QString &word = token.word;
    return known == 0 && !(token.classes & NotLabel) && word.size() >= 3 && word.at(0).isLetter()
           && !isGerund(token) && !word.endsWith("ly"_L1) && !(word.endsWith("ed"_L1) && !word.contains(u'-'))
           && !isOneOf(word, InsultWords::fond) && !isOneOf(word, InsultWords::notNames);
}

// Harsher by itself: "utter", "dozy", "bone-headed", a word the valence lexicon rates negative.
bool isHarsh(const CoachToken &token)
{
    if (isOneOf(token.word, InsultWords::harsheners))
        return true;
    // (Not a deed: "you ruined Christmas", "you're hurting me".)
    const bool deed = isGerund(token) || (token.word.endsWith("ed"_L1) && !token.word.contains(u'-'));
    return !deed
           && ((token.classes & (Negative | NotLabel)) == Negative
               || (token.word.contains(u'-') && (token.classes & ~quint32(Negative)) == 0));
}

bool endsSentence(const CoachTokens &tokens, qsizetype end)
{
    return end >= tokens.size() || tokens.at(end).sentence != tokens.at(end - 1).sentence;
}

qsizetype clauseEndFrom(const CoachTokens &tokens, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < tokens.size() && sameClause(tokens, at, end) && end - at < 8)
        ++end;
    return end;
}

struct Insult
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool scornsWorth = false; // a name called, "nothing but a ...": contempt too
    bool names = true;        // a word for the person (not "the emotional range of a teaspoon": scorn only)
};

// Modifiers and then a name, filling [from, end) exactly: "dozy pillock",
// "brain-dead couch potato", "wine snob" (a noun before the name only after a harsh word
// or when `nounsBefore`). Sets `harsh` when a harsh word is among them.
bool isNamePhrase(const CoachTokens &tokens, qsizetype from, qsizetype end, bool nounsBefore, bool &harsh)
{
    if (end <= from || end - from > 4 || !mayBeName(tokens.at(end - 1))
        || isOneOf(tokens.at(end - 1).word, InsultWords::situations))
        return false;
    harsh = false;
    for (qsizetype k = from; k + 1 < end; ++k) {
        if (isOneOf(tokens.at(k).word, InsultWords::praise))
            return false;
        if (isHarsh(tokens.at(k)))
            harsh = true;
        else if (!((harsh || nounsBefore) && mayBeName(tokens.at(k))))
            return false;
    }
    return true;
}

// "You absolute walnut.", "Oh you dozy pillock", "You deadbeat.": "you" opening
// its clause and a name ending it.
Insult calledName(const QString &text, const CoachTokens &tokens, qsizetype you)
{
    if (!isOneOf(tokens.at(you).word, {"you"_L1, "ya"_L1})
        || !(you == 0 || !sameClause(tokens, you - 1, you) || isInterjection(tokens.at(you - 1).word)))
        return {};
    const qsizetype end = clauseEndFrom(tokens, you);
    bool harsh = false;
    if (!isNamePhrase(tokens, you + 1, end, false, harsh) || asksQuestion(text, tokens, you))
        return {};
    // A bare "You X." may be a verb ("You snore.", "you matter"): only as the whole sentence, said
    // with its end mark (nor is "You alw" the name it looks like while "always" is being typed);
    // "ya" only when harsh.
    const bool bare = end - you == 2;
    const qsizetype after = tokens.at(end - 1).end;
    const bool marked = after < text.size() && (text.at(after) == u'.' || text.at(after) == u'!');
    if ((bare && (!endsSentence(tokens, end) || !headsSentence(tokens, you) || !marked))
        || (tokens.at(you).word == "ya"_L1 && !harsh))
        return {};
    return {you, end, true};
}

// "you're such a martyr", "you're a total wet blanket", "you're nothing but a
// leech", "ur a bit of a snob": a name after the partner's "you're" and an
// article that judges.
Insult nameAfterYouAre(const CoachTokens &tokens, qsizetype at)
{
    qsizetype k = at + 1;
    if (tokens.at(at).word == "you"_L1 && isOneOf(inClause(tokens, at, k), {"are"_L1, "were"_L1}))
        ++k;
    else if (tokens.at(at).word != "you're"_L1)
        return {};
    while (k < tokens.size() && sameClause(tokens, at, k) && (tokens.at(k).classes & Hedge)
           && !isOneOf(tokens.at(k).word, {"such"_L1, "a"_L1}) && k - at < 4)
        ++k;
    bool worth = false;
    bool judging = false;
    if (inClause(tokens, at, k) == "such"_L1) {
        judging = true;
        ++k;
    } else if (inClause(tokens, at, k) == "nothing"_L1 && inClause(tokens, at, k + 1) == "but"_L1) {
        judging = worth = true;
        k += 2;
    }
    if (!isOneOf(inClause(tokens, at, k), {"a"_L1, "an"_L1}))
        return {};
    ++k;
    if (inClause(tokens, at, k) == "bit"_L1 && inClause(tokens, at, k + 1) == "of"_L1
        && isOneOf(inClause(tokens, at, k + 2), {"a"_L1, "an"_L1})) {
        judging = true;
        k += 3;
    }
    const qsizetype end = clauseEndFrom(tokens, at);
    bool harsh = false;
    if (k >= end || !isNamePhrase(tokens, k, end, judging, harsh))
        return {};
    const bool compound = isCompoundInsult(tokens.at(end - 1).word);
    if (!judging && !harsh && !compound)
        return {}; // "you're a nurse", "you're a Leo"
    worth = worth || compound || anyWordIn(tokens, k, end - 1, InsultWords::scornful);
    return {at, end, worth};
}

// "What a useless lump you are."
Insult whatAYouAre(const CoachTokens &tokens, qsizetype what)
{
    if (tokens.at(what).word != "what"_L1 || !isOneOf(wordAt(tokens, what + 1), {"a"_L1, "an"_L1}))
        return {};
    qsizetype you = what + 2;
    while (you < tokens.size() && sameClause(tokens, what, you) && tokens.at(you).word != "you"_L1
           && tokens.at(you).word != "you're"_L1)
        ++you;
    const bool youAre = wordAt(tokens, you) == "you're"_L1
        || (wordAt(tokens, you) == "you"_L1 && isOneOf(wordAt(tokens, you + 1), {"are"_L1, "were"_L1}));
    const qsizetype end = you + (wordAt(tokens, you) == "you"_L1 ? 2 : 1);
    bool harsh = false;
    if (!youAre || end > tokens.size() || !sameClause(tokens, what, end - 1) || !endsSentence(tokens, end)
        || !isNamePhrase(tokens, what + 2, you, true, harsh))
        return {};
    return {what, end, harsh}; // "what a useless lump", not "what a hypocrite", is scorn
}

// The whole first sentence a name: "Selfish git.", "Dimwit.", "Such a wine
// snob.", "Typical narcissist." (a word for character, "such a" or a compound
// insult; not "Lazy Sunday.", "Such a shame.").
Insult bareName(const CoachTokens &tokens)
{
    const qsizetype head = sentenceHead(tokens, 0, tokens.size());
    if (head >= tokens.size() || tokens.at(head).sentence != tokens.constFirst().sentence)
        return {};
    const qsizetype end = clauseEndFrom(tokens, head);
    // Only a word or two may follow in the sentence ("Such a moaner, every single day."), none a person.
    const qsizetype sentenceStop = sentenceEndWithin(tokens, head, 16);
    if (sentenceStop - end > 3 || anyIn(tokens, end, sentenceStop, Person))
        return {};
    qsizetype k = head;
    const bool such = tokens.at(k).word == "such"_L1 && isOneOf(wordAt(tokens, k + 1), {"a"_L1, "an"_L1});
    if (such)
        k += 2;
    bool harsh = false;
    if (!isNamePhrase(tokens, k, end, such, harsh))
        return {};
    const bool compound = isCompoundInsult(tokens.at(end - 1).word);
    const bool character = anyWordIn(tokens, k, end - 1, InsultWords::characterWords);
    // (Only a short name: "Typical British summer" is the weather.)
    if ((!such && !compound && !character) || (!such && end - k > 3))
        return {};
    const bool typical = tokens.at(k).word == "typical"_L1 && end - k == 2;
    return {head, end, compound || (character && !typical)};
}

// "You've got the brains of a goldfish", "you have the emotional range of a
// teaspoon": the partner's mind or heart no more than a thing's.
Insult facultyOfAThing(const CoachTokens &tokens, qsizetype the)
{
    if (tokens.at(the).word != "the"_L1 || !isOneOf(wordAt(tokens, the - 1), {"have"_L1, "got"_L1, "has"_L1})
        || !partnerInClause(tokens, the))
        return {};
    qsizetype of = the + 1;
    while (of < tokens.size() && of < the + 4 && sameClause(tokens, the, of) && tokens.at(of).word != "of"_L1)
        ++of;
    const qsizetype noun = of + 2;
    if (wordAt(tokens, of) != "of"_L1 || !isOneOf(wordAt(tokens, of - 1), InsultWords::faculties)
        || !isOneOf(wordAt(tokens, of + 1), {"a"_L1, "an"_L1}) || noun >= tokens.size()
        || !sameClause(tokens, the, noun) || isOneOf(tokens.at(noun).word, InsultWords::fond)
        || (tokens.at(noun).classes & Warm))
        return {};
    const bool wits = isOneOf(wordAt(tokens, of - 1), {"brains"_L1, "brain"_L1, "intelligence"_L1, "iq"_L1, "sense"_L1});
    return {the, noun + 1, true, wits};
}

// "Thick as two short planks.", "You're dumb as a box of rocks.": dullness
// likened to a thing, of the partner or said alone.
Insult dullAsAThing(const CoachTokens &tokens, qsizetype as)
{
    if (tokens.at(as).word != "as"_L1 || as == 0 || !isOneOf(tokens.at(as - 1).word, InsultWords::dullness)
        || !sameClause(tokens, as - 1, as) || as + 1 >= tokens.size() || !sameClause(tokens, as, as + 1))
        return {};
    qsizetype from = as - 1;
    if (from > 0 && wordAt(tokens, from - 1) == "as"_L1)
        --from;
    const bool partner = from > 0 && isOneOf(wordAt(tokens, from - 1), {"you're"_L1, "are"_L1, "you"_L1});
    if (!partner && !headsSentence(tokens, from))
        return {};
    return {partner ? from - 1 : from, clauseEnd(tokens, as), true};
}

} // namespace

void Coach::findInsultShapes(const QString &text, const CoachTokens &tokens, QList<CoachFinding> &findings) const
{
    if (tokens.isEmpty() || m_lexiconLabelPattern < 0 || m_worthPattern < 0)
        return;
    Insult insult = bareName(tokens);
    for (qsizetype i = 0; i < tokens.size() && insult.begin < 0; ++i) {
        const QString &word = tokens.at(i).word;
        if (word == "you"_L1 || word == "ya"_L1)
            insult = calledName(text, tokens, i);
        if (insult.begin < 0 && (word == "you"_L1 || word == "you're"_L1))
            insult = nameAfterYouAre(tokens, i);
        if (insult.begin < 0 && word == "what"_L1)
            insult = whatAYouAre(tokens, i);
        if (insult.begin < 0 && word == "the"_L1)
            insult = facultyOfAThing(tokens, i);
        if (insult.begin < 0 && word == "as"_L1)
            insult = dullAsAThing(tokens, i);
    }
    // (Said fondly, with praise, a kiss or a laugh: "You numpty, you've got toothpaste on your chin. xx".
    // Asked only once a shape is found, as most statements have none.)
    if (insult.begin < 0 || negatedBefore(tokens, insult.begin) || warmBetween(tokens, 0, tokens.size())
        || laughsBetween(tokens, 0, tokens.size()) || anyWordIn(tokens, 0, tokens.size(), InsultWords::fondSigns)
        || anyWordIn(tokens, 0, tokens.size(), InsultWords::praise))
        return;
    if (insult.names)
        findings.append(fromPattern(text, tokens, insult.begin, insult.end, m_lexiconLabelPattern));
    if (insult.scornsWorth)
        findings.append(fromPattern(text, tokens, insult.begin, insult.end, m_worthPattern));
}
