// SPDX-License-Identifier: GPL-3.0-or-later
// hearth --theme, as screenshots.sh uses it: the window is drawn in the palette
// asked for, the person's remembered choice is left as it was, and a theme
// Hearth does not have is refused with the ones it has.
#include "support/hearthprocess.h"

#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestThemeOption : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Hearth's settings in a folder of the test's own, never the person's.
        m_environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    }

    // A page's margin is the palette's background: light, dark and evening differ.
    void theWindowIsDrawnInTheThemeAskedFor()
    {
        QColor light;
        for (const QString &theme : {u"light"_s, u"dark"_s, u"evening"_s}) {
            const QString png = m_folder.filePath(theme + u".png"_s);
            const auto result = HearthProcess::run({u"--demo"_s, u"--theme"_s, theme, u"--screenshot"_s, png,
                                                    u"--page"_s, u"settings"_s, u"--size"_s, u"1024x640"_s},
                                                   {.environment = m_environment});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QImage image(png);
            QVERIFY(!image.isNull());
            // The far right of the page, beside the reading column.
            const QColor margin = image.pixelColor(image.width() - 4, image.height() / 2);
            if (theme == "light"_L1) {
                light = margin;
                QVERIFY2(margin.lightnessF() > 0.8, qPrintable(margin.name()));
            } else {
                QVERIFY2(margin.lightnessF() < 0.2, qPrintable(theme + u' ' + margin.name()));
            }
        }
        QVERIFY(!QFile::exists(m_config.filePath(u"Hearth/hearth.conf"_s))
                || !QSettings(m_config.filePath(u"Hearth/hearth.conf"_s), QSettings::IniFormat)
                        .contains(u"appearance/theme"_s));
    }

    void anUnknownThemeIsRefused()
    {
        const auto result = HearthProcess::run({u"--theme"_s, u"purple"_s, u"--screenshot"_s,
                                                m_folder.filePath(u"x.png"_s)},
                                               {.environment = m_environment});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("light, dark, evening or system"));
        QVERIFY(!QFile::exists(m_folder.filePath(u"x.png"_s)));
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_folder;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

QTEST_GUILESS_MAIN(TestThemeOption)

#include "tst_themeoption.moc"
