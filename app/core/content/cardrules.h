// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

class JsonObjectReader;

// The rules of one card and of a deck's own fields, with their messages, for
// every place a card comes from: the built-in content, a pack file, the deck
// editor. One set of rules, so a card the editor accepts loads from a pack and
// a pack's messages read like the loader's ("cards[3].depth: must be 1, 2 or 3").
//
// Each *Problem() function takes a value already read as its type and returns
// the words that follow the field's place, or an empty string when it is fine.
namespace CardRules {

// Bounds far above what Hearth's own cards use (text up to ~250 characters,
// hints ~300), low enough that a card still fits on the screen.
inline constexpr qsizetype minTextLength = 3;
inline constexpr qsizetype maxTextLength = 500;
inline constexpr qsizetype maxFollowUps = 3;
inline constexpr qsizetype maxFollowUpLength = 300;
inline constexpr qsizetype maxHintLength = 600;
inline constexpr qsizetype maxTitleLength = 80;
inline constexpr qsizetype maxDescriptionLength = 400;

// The one placeholder a card may hold: the listener's name in Together,
// "your partner" elsewhere.
inline constexpr QLatin1StringView partnerPlaceholder{"{partner}"};

[[nodiscard]] const QStringList &kinds();      // question, activity, reflection, appreciation
[[nodiscard]] const QStringList &answerers();  // each, both, one
[[nodiscard]] const QStringList &moods();      // light, warm, deep, playful, repair

[[nodiscard]] QString sectionProblem(const QString &section, const QSet<QString> &knownSections);
[[nodiscard]] QString depthProblem(int depth);
[[nodiscard]] QString kindProblem(const QString &kind);
[[nodiscard]] QString answeredByProblem(const QString &answeredBy);
[[nodiscard]] QString textProblem(const QString &text);
[[nodiscard]] QString followUpsCountProblem(qsizetype count);
[[nodiscard]] QString followUpProblem(const QString &followUp);
[[nodiscard]] QString listenerHintProblem(const QString &hint); // empty is fine: a hint is optional
[[nodiscard]] QString arrivalProblem(bool arrival, int depth);

[[nodiscard]] QString titleProblem(const QString &title);
[[nodiscard]] QString descriptionProblem(const QString &description); // empty is fine
[[nodiscard]] QString moodProblem(const QString &mood);

// What two texts share when they are "the same text" for a couple: spacing
// and case aside (text.simplified().toCaseFolded()).
[[nodiscard]] QString sameTextKey(const QString &text);

// Every problem of `card`, placed below `path` in `file` ("cards[3]" gives
// "cards[3].depth"; an empty path gives "depth"). With `knownSections` null
// the section is not checked (a store that does not know the guide).
[[nodiscard]] ContentErrors check(const Card &card, const QSet<QString> *knownSections,
                                  const QString &file = {}, const QString &path = {});
// Every problem of a deck's own fields (title, description, mood).
[[nodiscard]] ContentErrors checkDeck(const Deck &deck, const QString &file = {}, const QString &path = {});

// Reads one card object of a deck or pack file: each field's type as
// JsonObjectReader checks it, then the rules above, all reported through
// `item`. The section is read but not resolved (that needs the guide, which
// may come from another file): resolve it with sectionProblem().
[[nodiscard]] Card read(JsonObjectReader &item, const QString &deckId);
// Reads a deck's title, description and mood from a deck or pack file's
// top-level object. `descriptionRequired`: Hearth's own decks always have one.
void readDeckFields(JsonObjectReader &root, Deck &deck, bool descriptionRequired);

} // namespace CardRules
