// SPDX-License-Identifier: GPL-3.0-or-later
// English is Hearth's source language, but a source text cannot hold both of
// English's plural forms: tr("%n prompt(s)", nullptr, n) needs a translation
// to read "1 prompt" and "2 prompts". translations/hearth_en.ts holds them
// (Qt's way); every program with the QML module installs it as it starts, so
// the app, the command line and the tests read English the same way. A
// chosen language (app/cli/language.cpp) is installed later, so it is asked
// first, and English is what remains for anything it lacks.
#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishPlurals()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/hearth_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english; // without it, plurals read "1 prompt(s)", and nothing breaks
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
