// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// An item together with where it was read, so that checks made later, across
// files, can still name the file and the place.
template<typename T>
struct Sourced
{
    T value;
    QString file;
    QString path;
};

// What one or more content files held, checked field by field but not yet
// against each other (references, duplicates): ContentRepository does that.
struct ParsedContent
{
    QList<Sourced<CareNote>> careNotes;
    QList<Sourced<GuideSection>> sections;
    QList<Sourced<Deck>> decks;
    QList<Sourced<Card>> cards;
    QList<Sourced<EscalatingConversation>> escalating;
    QList<Sourced<ListeningGuide>> listening;
    QList<Sourced<FeelingFamily>> feelingFamilies;
    QList<Sourced<Feeling>> feelings;
    QList<Sourced<NeedGroup>> needGroups;
    QList<Sourced<Need>> needs;
    QList<Sourced<FauxFeeling>> fauxFeelings;
    QList<Sourced<CoachPattern>> coachPatterns;
    QList<Sourced<QString>> labelFrames;
    QList<Sourced<QString>> negativeWords; // coach/valence.json
    QList<Sourced<QString>> notLabelWords;
    QList<Sourced<Drill>> drills;
    QList<Sourced<JournalPrompt>> journalPrompts;
    QList<Sourced<Ritual>> rituals;
    QList<Sourced<PauseKind>> pauseKinds;
    // Translations are kept whole: ContentTranslator reads them against the English.
    QList<Sourced<QJsonObject>> translations;
};

namespace ContentParser {

inline constexpr int formatVersion = 1;
// A translation's format: kept whole in ParsedContent::translations.
inline constexpr QLatin1StringView translationFormat{"hearth-translation"};

// Parses one file's bytes into `out`. `file` is the name used in errors.
// Items with errors are reported in `errors` and left out; the rest are kept.
// Returns the file's format, or an empty string when it could not be read.
QString parse(const QString &file, const QByteArray &data, ParsedContent &out, ContentErrors &errors);

} // namespace ContentParser
