// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types for the guide's content, as described in content/README.md.
// They carry no behaviour: the parser fills them, the repository validates them.

#include <QList>
#include <QString>
#include <QStringList>

struct PracticeTarget
{
    QString kind; // deck, escalating, listening, builder, coach, drills, journal, rituals
    QString id;   // only for kind "deck"
};

struct Practice
{
    QString id;
    QString title;
    QString text;
    PracticeTarget target;
};

struct SelfCheckItem
{
    QString id;
    QString title;
    QString question;
    QString suggestion;
};

struct SelfCheck
{
    QString intro;
    QList<SelfCheckItem> items;
};

struct GuideSection
{
    QString id;
    QString title;
    QString summary;
    QStringList ideas;
    QList<Practice> practices;
    SelfCheck selfCheck; // empty intro when the section has none
    QString seekHelp;
};

struct CareNote
{
    QString title;
    QString text;
};

struct Card
{
    QString id;
    QString deckId;
    QString section;
    int depth = 1; // 1 light, 2 deeper, 3 deepest
    QString kind;  // question, activity, reflection, appreciation
    QString answeredBy; // each, both, one
    QString text;
    QStringList followUps;
    QString listenerHint;
    bool arrival = false; // a check-in for the start of an evening ("How are you arriving?")
};

// Where a deck comes from: Hearth's own content, the couple's own writing, or a pack file.
enum class DeckOrigin { BuiltIn, Ours, Pack };

struct Deck
{
    QString id;
    QString title;
    QString description;
    QString mood;
    QStringList cardIds;
    DeckOrigin origin = DeckOrigin::BuiltIn;
};

struct EscalatingQuestion
{
    QString id;
    QString text;
};

struct EscalatingRound
{
    QString id;
    QString title;
    QString intro;
    QList<EscalatingQuestion> questions;
};

struct EscalatingConversation
{
    QString title;
    QString intro;
    QList<EscalatingRound> rounds;
};

struct ListeningStep
{
    QString id; // mirror, validate, empathise
    QString title;
    QString explanation;
    QStringList starters;
};

struct ListeningGuide
{
    QList<ListeningStep> steps;
    QStringList checkBacks;
};

struct FeelingFamily
{
    QString id;
    QString title;
    QString description;
};

struct Feeling
{
    QString word;
    QString family;
    bool pleasant = false;
    int intensity = 1; // 1 mild, 2 moderate, 3 strong
};

struct NeedGroup
{
    QString id;
    QString title;
};

struct Need
{
    QString word;
    QString group;
};

struct FauxFeeling
{
    QString word;
    QStringList feelings;
    QStringList needs;
    QString note;
};

struct CoachPattern
{
    QString id;
    QString kind; // absolute, you-blame, thought-as-feeling, label, demand, contempt, defensiveness, stonewalling
    QStringList phrases;
    QString explanation;
    QString alternative;
    QString replacement;
};

struct Drill
{
    QString id;
    QString section;
    QString statement;
    QStringList rewrites;
    QString tip;
};

struct JournalPrompt
{
    QString id;
    QString section;
    QString practice; // journaling, mindfulness, reflection
    QString text;
};

struct Ritual
{
    QString id;
    QString section;
    QString rhythm; // daily, weekly, occasional
    QString title;
    QString text;
    int minutes = 0; // 0 when the content gives no estimate
};

struct PauseStep
{
    QString id;
    QString text;
};

// One kind of mindful pause (content/pause.json): its words, and a breathing
// rhythm when it has one (both seconds 0 when it has none, as a body check).
struct PauseKind
{
    QString id;
    QString title;
    QString description;
    int breathInSeconds = 0;
    int breathOutSeconds = 0;
    QList<PauseStep> steps;
    QStringList journalPromptIds; // mindfulness prompts to offer afterwards
};
