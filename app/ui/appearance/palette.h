// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// Hearth's colours, one value per palette for each role the Theme singleton
// names, and the pairs of them that text or a control is drawn in: one place
// for every colour, so the contrast test reads the same values the pages do.
namespace Palette {

enum class Scheme { Light, Dark, Evening };
inline constexpr Scheme schemes[] = {Scheme::Light, Scheme::Dark, Scheme::Evening};
[[nodiscard]] QString schemeName(Scheme scheme); // "light", "dark", "evening"

// What the pair must be readable as (WCAG 2.1): body text needs 4.5:1, large
// text (24 px, or 18.7 px bold) and what is not text but must be seen (focus
// rings, underlines, a partner's colour) 3:1.
enum class PairKind { BodyText, LargeText, NonText };
[[nodiscard]] double requiredContrast(PairKind kind);

// A foreground drawn on a background, each named as `colour()` names it.
struct ContrastPair
{
    QString foreground;
    QString background;
    PairKind kind;
};

// Every colour role and its value in `scheme`: {"ink": QColor, ...}.
[[nodiscard]] QVariantMap colours(Scheme scheme);
// The phrasing coach's colour per kind of finding: {"absolute": QColor, ...}.
[[nodiscard]] QVariantMap findingColours(Scheme scheme);
// The colours a partner can choose, by the value the couple's data keeps
// (the light palette's colour, upper case), each as `scheme` shows it.
[[nodiscard]] QVariantMap partnerColours(Scheme scheme);
[[nodiscard]] QStringList partnerIdentities();

// Any colour the palettes define: a role ("ink"), a finding ("finding:label")
// or a partner's colour ("partner:#3F6E9A"); invalid when there is no such name.
[[nodiscard]] QColor colour(Scheme scheme, const QString &name);

// Every text/background and control/background pair the pages draw.
[[nodiscard]] QList<ContrastPair> contrastPairs();

} // namespace Palette
