// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachtokenizer.h"

#include <QHash>
#include <QList>
#include <QString>

// Grammatical classes of words. These are the coach's grammar, closed classes
// of English (pronouns, negations, joining words); every content word it looks
// for comes from content/.
namespace CoachWordClass {
enum : quint32 {
    Speaker = 1u << 0,       // i, me, my: the one talking
    Partner = 1u << 1,       // you, your: the one spoken to
    Shared = 1u << 2,        // we, us, our
    Other = 1u << 3,         // he, she, they: someone else
    Thing = 1u << 4,         // it, this, there: no one in particular
    Negator = 1u << 5,       // not, never, don't
    Hedge = 1u << 6,         // just, really, so: may sit inside a phrase
    Frequency = 1u << 7,     // always, sometimes: may sit inside a blaming phrase
    Joiner = 1u << 8,        // and, when, that, like: a new clause, so a new subject
    Preposition = 1u << 9,   // of, for, with: "for you" is not who acts
    Auxiliary = 1u << 10,    // do, can, is: "do you have to" asks, it does not order
    Article = 1u << 11,      // a, an, the
    FeelVerb = 1u << 12,     // feel, felt, feeling
    StateVerb = 1u << 13,    // am, was, been, get: "I'm tired" says how the speaker is
    Warm = 1u << 14,         // thank, love, laugh: appreciation (pleasant feelings join in)
    Everyone = 1u << 15,     // nothing, everyone, no one: sweeping pronouns
    Reporting = 1u << 16,    // think, say, mean: "I don't think you're X" keeps the negation
    Determiner = 1u << 17,   // a, the, some, my: "you made me a cup of tea"
    Subordinator = 1u << 18, // if, when, whatever: "when you need to recharge" is no order
    NeedVerb = 1u << 19,     // need, value, miss
    Causative = 1u << 20,    // make, made: "it makes me happy"
    Negative = 1u << 21,     // a word the valence lexicon (content/coach/valence.json) rates negative
    NotLabel = 1u << 22,     // negative, but a feeling or state, not a verdict on a person: "sad", "sick"
    Cue = 1u << 23,          // a word that may start a shape of contempt: every other word is passed at a glance
    Return = 1u << 24,       // "later", "tomorrow", "once": a break that promises to come back
    DefensiveCue = 1u << 25, // likewise for defensiveness ("my", "but", "sorry")
    StonewallingCue = 1u << 26, // likewise for stonewalling ("over", "mood")
    MeetAgainCue = 1u << 27, // "see (you)", "talk (soon)", "at (six)": may start a time to meet again
    CondescensionCue = 1u << 28, // "how", "your", "since", "forgot": may start condescension (coachcontemptcondescension.cpp)

    Person = Speaker | Partner | Shared | Other | Thing,
};
}

class CoachLexicon
{
public:
    CoachLexicon();

    // The id of a word, adding it when new. Content phrases are interned once,
    // so matching compares integers.
    int intern(const QString &word);
    // The ids of a phrase from the content, split and spelt as statements are.
    [[nodiscard]] QList<int> internPhrase(const QString &phrase);
    // Adds classes to a word (pleasant feelings become Warm, for instance).
    void addClasses(const QString &word, quint32 classes);
    // The classes a word has before annotation (0 for a word no list mentions).
    [[nodiscard]] quint32 classesOf(const QString &word) const;

    // One spelling for words written two ways: apostrophes left out ("youre"),
    // -ize and -ise ("criticized"), "judgment" and "judgement". Patterns and
    // statements both pass through it, so either spelling matches either.
    [[nodiscard]] QString canonical(const QString &word) const;

    // Fills in each token's id and classes, including those that depend on the
    // neighbours ("kind of" is a hedge, "no one" is sweeping) and common
    // spellings without the apostrophe ("youre", "dont").
    void annotate(CoachTokens &tokens) const;

private:
    struct Entry
    {
        int id = -1;
        quint32 classes = 0;
    };
    QHash<QString, Entry> m_words;
    QHash<QString, QString> m_spellings; // "youre" -> "you're"
    int m_nextId = 0;
};
