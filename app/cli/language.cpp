// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Owned by the application, which outlives every window.
bool install(const QString &file, const QString &folder = QString())
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

void Language::apply(const QString &code)
{
    const QString asked = code.isEmpty() ? qEnvironmentVariable(environmentVariable).trimmed() : code;
    if (asked == QLatin1StringView(pseudo)) {
        // English underneath (dates, content); every word of the app's own wrapped.
        QLocale::setDefault(QLocale(QLocale::English));
        if (!install(u":/i18n/hearth_pseudo.qm"_s))
            std::fputs("hearth: the pseudo-language is not built into this Hearth\n", stderr);
        return;
    }
    QLocale locale = QLocale::system();
    if (!asked.isEmpty()) {
        locale = QLocale(asked);
        if (locale.language() == QLocale::C && asked != "C"_L1) {
            std::fprintf(stderr, "hearth: '%s' is not a language Hearth knows (try a code such as de or pt_BR); "
                                 "Hearth speaks English\n",
                         qPrintable(asked));
            locale = QLocale(QLocale::English);
        }
        QLocale::setDefault(locale);
    }
    // Qt's words first (dialog buttons), then Hearth's, which are then asked first.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(locale, u"qtbase"_s, qtFolder);
    install(locale, u"qtdeclarative"_s, qtFolder);
    install(locale, u"hearth"_s, u":/i18n"_s);
}
