// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The language Hearth speaks: the desktop's (QLocale::system().uiLanguages()),
// or one asked for with --language CODE or HEARTH_LANGUAGE=CODE (such as "de"
// or "pt_BR"; "pseudo" is the test language of docs/translating.md). Installs
// Hearth's translation from the resources (:/i18n/hearth_<code>.qm) when
// there is one, and Qt's own (qtbase, qtdeclarative) when installed, and makes
// the language QLocale's default, so whatever follows QLocale().uiLanguages()
// (dates, the content) follows it too. English is the fallback.
namespace Language {

inline constexpr const char *environmentVariable = "HEARTH_LANGUAGE";
inline constexpr const char *pseudo = "pseudo";

// `code` from the command line; empty: the variable, else the desktop's.
// Needs the QCoreApplication; call before any window or AppState. Says on
// standard error when a language asked for is not one Qt knows.
void apply(const QString &code);

} // namespace Language
