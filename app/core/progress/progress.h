// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Coach;
class ContentRepository;
class Database;

// What the couple can see of the time they have given each other and of what
// they practised: figures read from the database and the content, for a
// given "today". Nothing here is per partner, and nothing is a score: every
// figure counts something that happened, never something missed. Journal
// entries are never read (a locked journal is private, and a journal is not
// a measure of anything).

// One ISO week (Monday to Sunday, in local time).
struct WeekTogether
{
    QDate monday;
    int conversations = 0; // conversations in which at least one card was talked about
    int ritualsKept = 0;   // ritual ticks

    [[nodiscard]] bool together() const { return conversations > 0 || ritualsKept > 0; }
    friend bool operator==(const WeekTogether &, const WeekTogether &) = default;
};

// One of the guide's sections and how far the couple's conversations went in it.
struct SectionReach
{
    QString sectionId;
    QString title;
    int cardsDiscussed = 0; // different cards of the section talked about
    int deepestDepth = 0;   // 1 light, 2 deeper, 3 deepest; 0 before the first card
    int deepestOffered = 0; // the deepest depth the section's cards go to

    friend bool operator==(const SectionReach &, const SectionReach &) = default;
};

// How often one kind of coach finding appeared in one month's saved writing.
struct FindingCount
{
    QString kind;
    int inDrafts = 0;
    int inDrills = 0;

    [[nodiscard]] int total() const { return inDrafts + inDrills; }
    friend bool operator==(const FindingCount &, const FindingCount &) = default;
};

// One month of practising alone: what was saved, and what the coach finds in it now.
struct PracticeMonth
{
    QDate month; // its first day
    int drafts = 0; // statements saved from the builder
    int drills = 0; // rewrite drills completed
    QList<FindingCount> findings; // one per Progress::findingKinds(), in that order

    friend bool operator==(const PracticeMonth &, const PracticeMonth &) = default;
};

namespace Progress {

// Half a year of weeks, and of months: enough to see a rhythm return after a
// busy spell, few enough that one picture shows them all without scrolling.
inline constexpr int weeksShown = 26;
inline constexpr int monthsShown = 6;

// The weeks up to the one holding `today`: the last weeksShown, or fewer when
// the first conversation or ritual is more recent. A couple who began last
// month sees their own weeks, not half a year of blanks before they started.
// Empty when there is nothing yet.
[[nodiscard]] QList<WeekTogether> weeksTogether(const Database &database, QDate today);

// Every section of the guide, in the guide's order, with the cards of it the
// couple talked about (cards no longer in the content are left out).
[[nodiscard]] QList<SectionReach> sectionsExplored(const Database &database, const ContentRepository &content);

// The months up to the one holding `today`: the last monthsShown, or fewer
// when the first saved draft or drill is more recent. Each saved text is read
// by the coach again, so the figures follow the coach as it is today. Empty
// when nothing was saved yet.
[[nodiscard]] QList<PracticeMonth> practiceByMonth(const Database &database, const Coach &coach, QDate today);

// The kinds of finding the coach reports (coach/coachfinding.h), in the order
// the coach page names them.
[[nodiscard]] QStringList findingKinds();

} // namespace Progress
