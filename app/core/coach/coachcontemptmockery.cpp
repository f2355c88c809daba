// SPDX-License-Identifier: GPL-3.0-or-later
// Contempt said as mockery of the partner: mock titles ("Mr Perfect"), a
// sarcastic "sure" and the pat on the head ("Aw bless, you tried"); part of
// CoachHorsemen. The other shapes are in coachcontemptshapes.cpp and
// coachcontemptscorn.cpp.
#include "coachhorsemen.h"

#include "coachcontemptwords.h"
#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;
using namespace CoachGrammar;
using namespace ContemptWords;

namespace {

// A word written in capitals inside a text that is not all capitals: "you're
// SO busy", "you read ONE article" stress a word to mock it.
bool stressed(const QString &text, const CoachToken &token, bool textShouts)
{
    if (textShouts || token.end - token.start < 2)
        return false;
    for (qsizetype k = token.start; k < token.end; ++k) {
        if (text.at(k).isLetter() && !text.at(k).isUpper())
            return false;
    }
    return true;
}

bool shouts(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLower())
            return false;
    }
    return true;
}

// "Mr. Perfect": only a full stop or a space between the title and the name.
bool nextToTitle(const QString &text, const CoachTokens &tokens, qsizetype title)
{
    const QStringView between = QStringView(text).mid(tokens.at(title).end, tokens.at(title + 1).start - tokens.at(title).end);
    return between == u" " || between == u". " || between == u".";
}

// "Is that your idea of romance? Adorable.", "You actually believe that? Wow.":
// a one-word verdict after an incredulous question about the partner (not
// "You got the job? Wow!", with no "really" or "actually" in it).
bool ironicVerdict(const QString &text, const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    if (end != first + 1 || !isOneOf(tokens.at(first).word, {"adorable"_L1, "cute"_L1, "tragic"_L1, "wow"_L1}))
        return false;
    const qsizetype asked = sentenceStart(tokens, first - 1);
    return asksQuestion(text, tokens, asked) && partnerInSentence(tokens, asked)
           && anyWordIn(tokens, asked, first, {"really"_L1, "seriously"_L1, "actually"_L1, "idea"_L1});
}

// "makes me sick", "makes my skin crawl" between `from` and `to`.
bool sickens(const CoachTokens &tokens, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k + 2 < to; ++k) {
        if (isOneOf(tokens.at(k).word, {"makes"_L1, "make"_L1})
            && ((tokens.at(k + 1).word == "me"_L1 && isOneOf(tokens.at(k + 2).word, {"sick"_L1, "gag"_L1, "heave"_L1}))
                || (tokens.at(k + 1).word == "my"_L1 && tokens.at(k + 2).word == "skin"_L1)))
            return true;
    }
    return false;
}

// A sound of disgust opening the statement at the partner: "Ew, don't touch me.", "Eww,
// you're chewing with your mouth open again.", or with nothing else to say: "Ew. Just ew.",
// "Gross. You're gross." (Not "Ew, the milk's off.", nor "Ugh, Mondays.": "ugh" is weariness.)
bool disgusted(const CoachTokens &tokens)
{
    if (tokens.isEmpty() || !isOneOf(tokens.at(0).word, disgustSounds))
        return false;
    // Disgust at a thing: "Eww, a spider! Can you get it?", "Ew, this milk".
    if (tokens.size() > 1 && ((tokens.at(1).classes & (Article | Determiner))
                              || isOneOf(tokens.at(1).word, {"it"_L1, "it's"_L1, "that's"_L1})))
        return false;
    for (qsizetype k = 1; k < tokens.size(); ++k) {
        const QString &word = tokens.at(k).word;
        if ((tokens.at(k).classes & Partner) || (word == "me"_L1 && wordAt(tokens, k - 1) == "touch"_L1))
            return true;
    }
    for (qsizetype k = 1; k < tokens.size(); ++k) {
        if (!isOneOf(tokens.at(k).word, disgustSounds) && !isOneOf(tokens.at(k).word, {"just"_L1, "so"_L1, "oh"_L1}))
            return false;
    }
    return tokens.size() > 1;
}

// "I'm amazed you can dress yourself", "I'm surprised you can tie your own shoes": wonder
// that the partner manages what anyone can, told by the reflexive or "own" or "even" (not
// "I'm amazed you can run that fast"). And "I'm not surprised you didn't understand it",
// "I didn't expect you to get it": the partner expected not to follow, the statement ending
// there. The end of the clause from the speaker's word at `i`, or -1.
qsizetype wonderAtTheBasics(const CoachTokens &tokens, qsizetype i, qsizetype end)
{
    if (!(tokens.at(i).classes & Speaker) || !isOneOf(tokens.at(i).word, {"i'm"_L1, "i"_L1}))
        return -1;
    for (qsizetype k = i + 1; k < end && k <= i + 3 && sameClause(tokens, i, k); ++k) {
        const QString &word = tokens.at(k).word;
        if (!isOneOf(word, {"amazed"_L1, "surprised"_L1, "astonished"_L1, "stunned"_L1, "expect"_L1, "expected"_L1}))
            continue;
        const bool denied = anyIn(tokens, i + 1, k, Negator);
        qsizetype you = k + 1 + (wordAt(tokens, k + 1) == "that"_L1);
        if (you >= end || tokens.at(you).word != "you"_L1 || !sameClause(tokens, k, you))
            return -1;
        const qsizetype stop = clauseEnd(tokens, you);
        if (!denied && !word.startsWith(u"expect"_s)
            && isOneOf(wordAt(tokens, you + 1), {"can"_L1, "could"_L1, "managed"_L1, "manage"_L1, "even"_L1})
            && anyWordIn(tokens, you + 1, stop, {"yourself"_L1, "own"_L1, "even"_L1}))
            return stop;
        if (denied && stop == tokens.size()
            && (anyWordIn(tokens, you + 1, stop, {"understand"_L1, "understood"_L1, "follow"_L1, "grasp"_L1})
                || (anyWordIn(tokens, you + 1, stop, {"get"_L1, "got"_L1}) && tokens.at(stop - 1).word == "it"_L1)))
            return stop;
        return -1;
    }
    return -1;
}

// "Husband of the year", "partner of the year" in the sentence [first, end), said of no one
// but the partner: one past "year", or -1.
qsizetype roleOfTheYearAt(const CoachTokens &tokens, qsizetype first, qsizetype end)
{
    for (qsizetype k = first; k + 3 < end; ++k) {
        if (tokens.at(k + 3).word == "year"_L1 && tokens.at(k + 1).word == "of"_L1 && tokens.at(k + 2).word == "the"_L1
            && isOneOf(tokens.at(k).word, {"husband"_L1, "wife"_L1, "partner"_L1, "boyfriend"_L1, "girlfriend"_L1,
                                           "dad"_L1, "father"_L1, "mum"_L1, "mother"_L1, "parent"_L1, "spouse"_L1}))
            return anyIn(tokens, first, end, Speaker) ? -1 : k + 4;
    }
    return -1;
}

} // namespace

void CoachHorsemen::findContemptMockery(const QString &text, const CoachTokens &tokens, bool warm,
                                        QList<CoachFinding> &findings) const
{
    // (Its "amazed" is warm, so the wonder is read before warmth elsewhere is asked: praise
    // around it, "well done!", makes it admiration.)
    for (qsizetype k = 0; k + 3 < tokens.size(); ++k) {
        if (!(tokens.at(k).classes & Speaker))
            continue; // (the speaker's word first: most words are passed at a glance)
        const qsizetype wonder = wonderAtTheBasics(tokens, k, sentenceEndWithin(tokens, k, 24));
        if (wonder > k) {
            if (!warmBetween(tokens, 0, k) && !warmBetween(tokens, wonder, tokens.size())
                && !anyWordIn(tokens, 0, tokens.size(), {"done"_L1, "proud"_L1}) && !text.contains(u'!'))
                add(m_mockeryPattern, text, tokens, k, wonder, findings);
            break;
        }
    }
    if (warm)
        return; // "You're my Mr Perfect and I love you"
    const bool textShouts = shouts(text);
    if (disgusted(tokens))
        add(m_mockeryPattern, text, tokens, 0, 1, findings);
    for (qsizetype first = 0; first < tokens.size();) {
        const qsizetype end = sentenceEnd(tokens, first);
        const qsizetype head = sentenceHead(tokens, first, end);
        // A sarcastic "sure": "Sure, blame the dog", "Sure, because you're SUCH an expert",
        // "Sure, you're SO busy". (Not "Sure, I'll drive", "sure, whatever you'd like", nor "sure,
        // blame me", which defends.)
        const bool sureOpens = head > first && head < end && tokens.at(head - 1).word == "sure"_L1
                               && !sameClause(tokens, head - 1, head);
        if (sureOpens) {
            const QString &word = tokens.at(head).word;
            const QString &next = inClause(tokens, head, head + 1);
            bool mocks = (isOneOf(word, {"blame"_L1, "blaming"_L1}) && next != "me"_L1)
                         || (word == "because"_L1 && isOneOf(next, {"you"_L1, "you're"_L1}));
            for (qsizetype k = head; k < end && !mocks; ++k) // (stressed of the partner, not "but NOT Saturday")
                mocks = stressed(text, tokens.at(k), textShouts) && partnerInClause(tokens, k);
            if (mocks)
                add(m_sarcasmPattern, text, tokens, head - 1, end, findings);
        }
        // The pat on the head: "Aw bless, you tried.", "Bless. You tried.", "Aww, did the big
        // grown-up have a hard day?", "did someone get their wittle feelings hurt?"
        if (isOneOf(tokens.at(first).word, pats)
            || (tokens.at(first).word == "oh"_L1 && isOneOf(wordAt(tokens, first + 1), pats) && first + 1 < end)) {
            const qsizetype reach = end < tokens.size() ? sentenceEnd(tokens, end) : end;
            bool patted = false;
            // ("Oh bless, he tried.", "Aww, look, he thinks he's being helpful.", "Aww, look at you,
            // trying so hard.": the partner talked of as a child who tries.)
            for (qsizetype k = first + 1; k + 1 < reach && !patted; ++k) {
                patted = (isOneOf(tokens.at(k).word, {"you"_L1, "u"_L1, "he"_L1, "she"_L1})
                          && isOneOf(tokens.at(k + 1).word, {"tried"_L1, "try"_L1, "thought"_L1}))
                       || (isOneOf(tokens.at(k).word, {"thinks"_L1, "think"_L1})
                           && isOneOf(wordAt(tokens, k + 1), {"he's"_L1, "she's"_L1, "you're"_L1})
                           && isOneOf(wordAt(tokens, k + 2), {"being"_L1, "so"_L1})) // (not "she thinks she's a puppy")
                       || (tokens.at(k).word == "trying"_L1 && wordAt(tokens, k + 1) == "so"_L1 && wordAt(tokens, k + 2) == "hard"_L1)
                       || isOneOf(tokens.at(k).word, babyTalk)
                       || (tokens.at(k).word == "big"_L1 && isOneOf(tokens.at(k + 1).word, bigPeople));
            }
            if (patted)
                add(m_mockeryPattern, text, tokens, first, reach, findings);
        }
        for (qsizetype k = first; k + 3 < end; ++k) {
            // "The way you chew is disgusting": disgust at how the partner does a thing.
            // "... makes me sick", "... makes my skin crawl" say the same.
            if (tokens.at(k).word == "the"_L1 && tokens.at(k + 1).word == "way"_L1 && isOneOf(tokens.at(k + 2).word, {"you"_L1, "u"_L1})
                && (anyWordIn(tokens, k + 3, end, disgustWords) || sickens(tokens, k + 3, end))) {
                add(m_mockeryPattern, text, tokens, k, end, findings);
                break;
            }
            // "I married a child, apparently.", "I'm apparently dating a toddler": the partner as a
            // child the speaker is stuck with (not "I'm dating a guy with a toddler").
            if (isOneOf(tokens.at(k).word, {"i"_L1, "i'm"_L1}) && sameClause(tokens, k, k + 3)) {
                qsizetype verb = k + 1;
                if (isOneOf(tokens.at(verb).word, {"apparently"_L1, "clearly"_L1, "basically"_L1}))
                    ++verb;
                if (verb + 2 < end && isOneOf(tokens.at(verb).word, {"married"_L1, "dating"_L1})
                    && isOneOf(tokens.at(verb + 1).word, {"a"_L1, "an"_L1})
                    && isOneOf(tokens.at(verb + 2).word, {"child"_L1, "toddler"_L1, "baby"_L1, "teenager"_L1, "manchild"_L1})
                    && !sameClause(tokens, verb + 2, verb + 3)) {
                    add(m_mockeryPattern, text, tokens, k, verb + 3, findings);
                    break;
                }
            }
            // "I've met houseplants with more ambition", "I've seen toddlers handle a budget better".
            if (isOneOf(tokens.at(k).word, {"i've"_L1, "i"_L1}) && isOneOf(tokens.at(k + 1).word, {"met"_L1, "seen"_L1, "known"_L1})
                && isOneOf(tokens.at(k + 2).word, lesserBeings) && anyWordIn(tokens, k + 3, end, {"more"_L1, "better"_L1})
                && !anyWordIn(tokens, k + 3, end, {"me"_L1, "i"_L1, "than"_L1})) {
                add(m_mockeryPattern, text, tokens, k, end, findings);
                break;
            }
        }
        // "Oh no, did the big bad spreadsheet scare you?", "did the big scary washing machine frighten
        // you?": a thing made a monster to the partner, as to a child (not "the big bad wolf" read
        // in a story, with no one frightened).
        for (qsizetype k = first; k + 2 < end; ++k) {
            if (tokens.at(k).word == "big"_L1 && isOneOf(tokens.at(k + 1).word, {"bad"_L1, "scary"_L1})
                && anyWordIn(tokens, k + 2, end, {"scare"_L1, "scaring"_L1, "frighten"_L1, "frightening"_L1, "scared"_L1,
                                                  "frightened"_L1, "hurt"_L1})
                && anyWordIn(tokens, k + 2, end, {"you"_L1, "your"_L1, "u"_L1})) {
                add(m_mockeryPattern, text, tokens, k, end, findings);
                break;
            }
        }
        // "Wow, a whole text message.", "two whole minutes of listening": a trifle magnified.
        for (qsizetype k = first + 1; k + 1 < end; ++k) {
            if (tokens.at(k).word == "whole"_L1
                && isOneOf(
                    tokens.at(k - 1).word, {"a"_L1, "one"_L1, "two"_L1, "three"_L1, "five"_L1, "ten"_L1})
                && anyWordIn(tokens, k + 1, std::min(k + 3, end), magnifiedTrifles)) {
                add(m_sarcasmPattern, text, tokens, k - 1, std::min(k + 3, end), findings);
                break;
            }
        }
        // "Look at you, pretending to be a grown-up.", "Look at you, thinking you're ...": the
        // partner watched acting a part (not "Look at you, all dressed up!").
        if (first + 4 < end && tokens.at(first).word == "look"_L1 && tokens.at(first + 1).word == "at"_L1
            && tokens.at(first + 2).word == "you"_L1 && !sameClause(tokens, first + 2, first + 3)
            && isOneOf(tokens.at(first + 3).word, {"pretending"_L1, "thinking"_L1, "acting"_L1}))
            add(m_mockeryPattern, text, tokens, first, first + 4, findings);
        // "Oh, you're tired? From what, scrolling?", "Tired from what?": the partner's weariness
        // doubted (not "You're shattered? From what, the night shift? Sit down, I'll make you a tea.").
        if (first + 1 < end && ((tokens.at(first).word == "from"_L1 && tokens.at(first + 1).word == "what"_L1)
                                || (tokens.at(end - 1).word == "what"_L1 && tokens.at(end - 2).word == "from"_L1))
            && anyWordIn(tokens, 0, end, {"tired"_L1, "exhausted"_L1, "stressed"_L1, "knackered"_L1, "shattered"_L1})
            && !anyWordIn(tokens, 0, tokens.size(), {"i'll"_L1, "poor"_L1, "let"_L1}))
            add(m_mockeryPattern, text, tokens, first, end, findings);
        // "I'd explain it to you, but I'd need crayons.": the partner as a child.
        if (anyWordIn(tokens, first, end, {"explain"_L1}) && anyWordIn(tokens, first, end, {"crayons"_L1}))
            add(m_mockeryPattern, text, tokens, first, end, findings);
        // "Mmhm. Right. Sure you were.", "\"I'm just being honest.\" Sure you are.", "\"I didn't
        // see the text.\" Course you didn't.": disbelief of the partner's word, the sentence
        // nothing else. (Not leave given, "Sure you can.", nor an answer to a question:
        // "Am I still invited? Course you are.")
        if (end - first >= 3 && head >= end - 3 && isOneOf(tokens.at(end - 3).word, {"sure"_L1, "course"_L1})
            && tokens.at(end - 2).word == "you"_L1 && (tokens.at(end - 1).classes & Auxiliary)
            && !isOneOf(tokens.at(end - 1).word, {"can"_L1, "could"_L1, "may"_L1, "might"_L1})
            && (first == 0 || !asksQuestion(text, tokens, first - 1)))
            add(m_sarcasmPattern, text, tokens, end - 3, end, findings);
        // "Mm-hmm. Sure. Totally believe you.": belief claimed with no one to claim it, after
        // something else was said (not "I totally believe you.").
        if (first > 0 && head == first && end == head + 3 && isOneOf(tokens.at(head).word, {"totally"_L1, "completely"_L1})
            && tokens.at(head + 1).word == "believe"_L1 && tokens.at(head + 2).word == "you"_L1)
            add(m_sarcasmPattern, text, tokens, head, end, findings);
        // "Mm, fascinating.", "Oh, how fascinating.", "Riveting.": interest feigned, the sentence
        // nothing else and said flat (not "Fascinating! Tell me everything.", nor "Riveting match
        // last night, wasn't it?").
        const qsizetype bored = end - 1;
        bool onlyMurmurs = true;
        for (qsizetype k = first; k < bored && onlyMurmurs; ++k)
            onlyMurmurs = isInterjection(tokens.at(k).word)
                || isOneOf(tokens.at(k).word, {"mm"_L1, "mmm"_L1, "hmm"_L1, "mhm"_L1, "mm-hm"_L1, "how"_L1});
        if (onlyMurmurs && isOneOf(tokens.at(bored).word, {"fascinating"_L1, "riveting"_L1, "thrilling"_L1, "gripping"_L1})
            && (tokens.at(bored).end >= text.size() || text.at(tokens.at(bored).end) != u'!'))
            add(m_sarcasmPattern, text, tokens, bored, end, findings);
        // "Husband of the year, ladies and gentlemen.", "lol ok, Partner of the Year": an award
        // for the partner's part, in mockery (not "Chef of the year, me.", the speaker's own).
        if (const qsizetype year = roleOfTheYearAt(tokens, first, end); year > 0)
            add(m_sarcasmPattern, text, tokens, year - 4, year, findings);
        // "Oh, it speaks.", "Oh, he speaks!": the partner as a thing, or a stranger, that has
        // found its voice (not "Oh, he speaks French!").
        if (head + 2 == end && head > first && isOneOf(tokens.at(head).word, {"it"_L1, "he"_L1, "she"_L1})
            && tokens.at(head + 1).word == "speaks"_L1)
            add(m_sarcasmPattern, text, tokens, head, end, findings);
        // "Brilliant plan. Truly.", "I'm stunned. Truly.": a lone word of emphasis after the
        // point, in irony (not "I'm sorry. Truly.", "I mean it. Really.").
        if (first > 0 && end == first + 1 && isOneOf(tokens.at(first).word, {"truly"_L1, "really"_L1})
            && !anyWordIn(tokens, 0, first, {"sorry"_L1, "mean"_L1, "meant"_L1, "promise"_L1})
            && !asksQuestion(text, tokens, first))
            add(m_sarcasmPattern, text, tokens, first, end, findings);
        if (first > 0 && ironicVerdict(text, tokens, first, end))
            add(m_sarcasmPattern, text, tokens, first, end, findings);
        first = end;
    }
    // "Mr Perfect", "Miss Know-it-all", "Mr. Big Shot": a title made of the partner's self-regard.
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (isOneOf(tokens.at(i).word, {"mr"_L1, "miss"_L1, "mrs"_L1, "ms"_L1}) && isOneOf(tokens.at(i + 1).word, mockTitles)
            && nextToTitle(text, tokens, i))
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
        // "Saint You", "forgive me, Saint Whoever", "Saint Perfect": a halo put on the partner in
        // mockery (not "Saint Mary's", a name).
        if (isOneOf(tokens.at(i).word, {"saint"_L1, "st"_L1}) && nextToTitle(text, tokens, i)
            && (tokens.at(i + 1).word == "you"_L1 || tokens.at(i + 1).word == "whoever"_L1
                || isOneOf(tokens.at(i + 1).word, mockTitles)))
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
        // "Oh look, the expert has spoken", "here comes the martyr" (not "look, the expert said ...").
        const bool titled = tokens.at(i).word == "the"_L1 && sameClause(tokens, i, i + 1)
            && (isOneOf(tokens.at(i + 1).word, mockTitles) || tokens.at(i + 1).word == "great"_L1);
        if (titled
            && (wordAt(tokens, i - 1) == "comes"_L1
                || (wordAt(tokens, i - 1) == "look"_L1 && wordAt(tokens, i - 2) == "oh"_L1)))
            add(m_sarcasmPattern, text, tokens, i, i + 2, findings);
        // "Oh, the martyr is back.", "the great chef has spoken.": the entrance announced (not
        // "the great wall is back open").
        const qsizetype verb = titled ? i + (tokens.at(i + 1).word == "great"_L1 ? 3 : 2) : -1;
        if (verb > 0 && isOneOf(wordAt(tokens, verb), {"has"_L1, "is"_L1})
            && isOneOf(wordAt(tokens, verb + 1), entrances) && clauseEndWithin(tokens, verb, 4) == verb + 2
            && sameClause(tokens, i, verb + 1))
            add(m_sarcasmPattern, text, tokens, i, verb + 2, findings);
        // "Oh, the martyr speaks.", "here we go, the great philosopher speaks": announced with no
        // "has", ending the sentence after an interjection (not "the expert speaks at nine").
        else if (verb > 0 && isOneOf(wordAt(tokens, verb), {"speaks"_L1, "returns"_L1}) && sameClause(tokens, i, verb)
                 && sentenceEnd(tokens, i) == verb + 1 && i > sentenceStart(tokens, i))
            add(m_sarcasmPattern, text, tokens, i, verb + 1, findings);
    }
}
