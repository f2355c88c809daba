// SPDX-License-Identifier: GPL-3.0-or-later
// The language the built hearth speaks (app/cli/language.h): --language and
// HEARTH_LANGUAGE choose it over the desktop's; English otherwise, with its
// plural forms. What a page shows is read from hearth.shown (app/cli/showntext.h).
#include "support/hearthprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Shown
{
    int exitCode = -1;
    QStringList texts;
    QString errors; // what it said on standard error, without the shown texts
};

Shown showHome(const QStringList &extra, const QProcessEnvironment &environment)
{
    QProcessEnvironment env = environment;
    env.insert(u"QT_LOGGING_RULES"_s, u"hearth.shown.debug=true"_s);
    QTemporaryDir folder;
    const auto result = HearthProcess::run(
        QStringList{u"--demo"_s, u"--screenshot"_s, folder.filePath(u"home.png"_s), u"--page"_s, u"home"_s} + extra,
        {.environment = env});
    Shown shown{result.exitCode, {}, {}};
    for (const QString &line : QString::fromUtf8(result.err).split(u'\n')) {
        if (line.startsWith(u"hearth.shown: "_s))
            shown.texts.append(line.mid(14));
        else
            shown.errors += line + u'\n';
    }
    return shown;
}

bool anyWrapped(const QStringList &texts)
{
    return std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.contains(u"⟦"_s); });
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void englishByDefault()
    {
        const Shown shown = showHome({}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.texts.contains(u"Home"_s), qPrintable(shown.texts.join(u'\n')));
        QVERIFY(!anyWrapped(shown.texts));
    }

    void languageOptionChoosesThePseudoLanguage()
    {
        const Shown shown = showHome({u"--language"_s, u"pseudo"_s}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(anyWrapped(shown.texts), qPrintable(shown.texts.join(u'\n')));
        QVERIFY2(!shown.texts.contains(u"Home"_s), qPrintable(shown.texts.join(u'\n')));
    }

    void environmentChoosesItToo()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_LANGUAGE"_s, u"pseudo"_s);
        const Shown shown = showHome({}, env);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(anyWrapped(shown.texts), qPrintable(shown.texts.join(u'\n')));
    }

    // A language with no translation yet: English words, and no complaint
    // (its content may be translated already); an unknown code is named.
    void untranslatedLanguageSpeaksEnglish()
    {
        const Shown german = showHome({u"--language"_s, u"de"_s}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.texts.contains(u"Home"_s), qPrintable(german.texts.join(u'\n')));
        QVERIFY2(!german.errors.contains(u"language"_s), qPrintable(german.errors));

        const Shown unknown = showHome({u"--language"_s, u"zz-nothing"_s}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY2(unknown.errors.contains(u"'zz-nothing' is not a language"_s), qPrintable(unknown.errors));
        QVERIFY2(unknown.texts.contains(u"Home"_s), qPrintable(unknown.texts.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)

#include "tst_language.moc"
