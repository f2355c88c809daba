// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachparts.h"

#include "coachgrammar.h"
#include "content/contentrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;

namespace {

// How a request opens. Grammar, not content: the modal verbs of asking.
const std::initializer_list<QLatin1StringView> requestOpenings = {
    "would you be willing"_L1, "would you"_L1, "could you"_L1, "can you"_L1, "will you"_L1, "could we"_L1,
    "can we"_L1, "shall we"_L1, "would we"_L1, "how about"_L1, "what if we"_L1, "would it be okay"_L1,
    "would it be ok"_L1, "would it help"_L1, "is it okay if"_L1, "is it ok if"_L1, "let's"_L1,
    "i'd like us to"_L1, "i would like us to"_L1, "i'd love it if"_L1, "i would love it if"_L1,
    "i'd like it if"_L1, "i'd love us to"_L1, "i'd like you to"_L1, "i would like you to"_L1,
    "would you mind"_L1, "do you think we could"_L1, "i wonder if we could"_L1, "i wonder if you could"_L1,
    "i'd really like"_L1, "i'd like to ask"_L1,
};

// Words that may come before a request's opening in the same clause.
bool opensRequest(const QString &word)
{
    for (QLatin1StringView opener : {"and"_L1, "but"_L1, "so"_L1, "then"_L1, "please"_L1, "maybe"_L1, "perhaps"_L1,
                                     "now"_L1, "okay"_L1, "ok"_L1, "well"_L1, "also"_L1, "just"_L1, "honestly"_L1}) {
        if (word == opener)
            return true;
    }
    return false;
}

QString spanText(const QString &text, const CoachTokens &tokens, qsizetype first, qsizetype last)
{
    return text.mid(tokens.at(first).start, tokens.at(last).end - tokens.at(first).start);
}

} // namespace

CoachPartsFinder::CoachPartsFinder(const ContentRepository &content, CoachLexicon &lexicon)
{
    for (const Feeling &f : content.feelings()) {
        m_feelings.add(lexicon.internPhrase(f.word), int(m_feelingWords.size()));
        m_feelingWords.append(f.word);
    }
    for (const Need &n : content.needs())
        m_needs.add(lexicon.internPhrase(n.word), 0);
    for (QLatin1StringView opening : requestOpenings)
        m_requests.add(lexicon.internPhrase(QString(opening)), 0);
}

CoachParts CoachPartsFinder::find(const QString &text, const CoachTokens &tokens) const
{
    return {feeling(tokens), situation(text, tokens), need(text, tokens), request(text, tokens)};
}

QString CoachPartsFinder::feeling(const CoachTokens &tokens) const
{
    for (const PhraseMatch &match : m_feelings.findAll(tokens)) {
        if (speakerStateBefore(tokens, match.begin, true))
            return m_feelingWords.at(match.payload);
    }
    return {};
}

QString CoachPartsFinder::situation(const QString &text, const CoachTokens &tokens) const
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!isOneOf(tokens.at(i).word, {"when"_L1, "whenever"_L1}) || !sameClause(tokens, i, i + 1))
            continue;
        // "When are you home?" asks a question; it describes no situation.
        if (tokens.at(i + 1).classes & Auxiliary)
            continue;
        qsizetype last = i + 1;
        for (qsizetype j = i + 2; j < tokens.size() && sameClause(tokens, i, j); ++j) {
            const CoachToken &token = tokens.at(j);
            if (isOneOf(token.word, {"because"_L1, "cause"_L1, "cos"_L1}) || startsRequest(tokens, j))
                break;
            // "When you came home late I felt worried": the speaker's feeling starts the main clause.
            if (token.classes & Speaker) {
                const qsizetype verb = skipForward(tokens, j, Hedge | Frequency, 2);
                if ((token.classes & StateVerb) || (verb >= 0 && (tokens.at(verb).classes & (FeelVerb | StateVerb))))
                    break;
            }
            last = j;
        }
        return spanText(text, tokens, i, last);
    }
    return {};
}

QString CoachPartsFinder::need(const QString &text, const CoachTokens &tokens) const
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const CoachToken &token = tokens.at(i);
        qsizetype first = -1;
        if (token.word == "i"_L1) {
            const qsizetype verb = skipForward(tokens, i, Hedge | Frequency, 2);
            if (verb < 0 || !(tokens.at(verb).classes & NeedVerb) || negatedBefore(tokens, verb))
                continue;
            const bool explained = i > 0 && sameClause(tokens, i - 1, i)
                                   && isOneOf(tokens.at(i - 1).word, {"because"_L1, "cause"_L1, "cos"_L1, "since"_L1, "as"_L1});
            // "I need reassurance": a need from the vocabulary, perhaps after "some", "more", "to feel".
            qsizetype what = verb + 1;
            while (what < tokens.size() && sameClause(tokens, what, verb) && what <= verb + 3
                   && (isOneOf(tokens.at(what).word, {"some"_L1, "more"_L1, "a"_L1, "bit"_L1, "of"_L1, "little"_L1,
                                                      "to"_L1, "feel"_L1, "for"_L1, "about"_L1, "lot"_L1})
                       || (tokens.at(what).classes & Hedge)))
                ++what;
            const bool named = what < tokens.size() && sameClause(tokens, what, verb)
                               && (m_needs.longestAt(tokens, what) || m_needs.longestAt(tokens, verb + 1));
            if (!explained && !named)
                continue;
            first = explained ? i - 1 : i;
        } else if (isOneOf(token.word, {"matters"_L1, "matter"_L1, "important"_L1, "means"_L1})) {
            // "because privacy matters to me", "it's important to me".
            qsizetype me = i + 1;
            while (me < tokens.size() && me <= i + 3 && sameClause(tokens, me, i) && tokens.at(me).word != "me"_L1)
                ++me;
            if (me >= tokens.size() || !sameClause(tokens, me, i) || tokens.at(me).word != "me"_L1
                || tokens.at(me - 1).word != "to"_L1 || negatedBefore(tokens, i))
                continue;
            first = segmentStart(tokens, i);
            if (first > 0 && sameClause(tokens, first - 1, i)
                && isOneOf(tokens.at(first - 1).word, {"because"_L1, "cause"_L1, "cos"_L1, "since"_L1}))
                --first;
            return spanText(text, tokens, first, me);
        } else {
            continue;
        }
        qsizetype last = first;
        for (qsizetype j = first + 1; j < tokens.size() && sameClause(tokens, first, j); ++j) {
            if (startsRequest(tokens, j) || (tokens.at(j).word == "and"_L1 && j + 1 < tokens.size()
                                             && (tokens.at(j + 1).classes & (Speaker | Shared | Auxiliary))))
                break;
            last = j;
        }
        return spanText(text, tokens, first, last);
    }
    return {};
}

bool CoachPartsFinder::startsRequest(const CoachTokens &tokens, qsizetype at) const
{
    if (!m_requests.longestAt(tokens, at))
        return false;
    if (at == 0 || !sameClause(tokens, at - 1, at))
        return true;
    return opensRequest(tokens.at(at - 1).word);
}

QString CoachPartsFinder::request(const QString &text, const CoachTokens &tokens) const
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!startsRequest(tokens, i))
            continue;
        QString asked = spanText(text, tokens, i, sentenceEnd(tokens, i) - 1);
        const qsizetype after = tokens.at(sentenceEnd(tokens, i) - 1).end;
        if (after < text.size() && text.at(after) == u'?')
            asked += u'?'; // a request is a question; keep its mark
        return asked;
    }
    return {};
}
