// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Which language the content is shown in. English is the base, in content/
// itself; a translation lives in a language folder beside it (content/de/,
// content/pt-br/), named by a lowercase language tag.
namespace ContentLanguage {

inline constexpr QLatin1StringView base {"en"};

// A folder name that is a language tag ("de", "pt-br", "sr-latn"): two or
// three letters first, so no content folder ("decks", "vocabulary") is one.
[[nodiscard]] bool isLanguageFolder(const QString &name);

// The language folders directly below `root`, sorted.
[[nodiscard]] QStringList available(const QString &root);

// The first of the person's `preferred` languages (as QLocale::uiLanguages()
// gives them: "de-CH", "de", "en-GB") that the content has: exactly, else by
// dropping subtags from the end ("de-Latn-CH" → "de-latn" → "de"). English, or
// none found, gives an empty string: the base content as it is.
[[nodiscard]] QString choose(const QStringList &preferred, const QStringList &available);

} // namespace ContentLanguage
