// SPDX-License-Identifier: GPL-3.0-or-later
// How Hearth looks, through AppState as the app composes it: a choice shows at
// once and is kept in QSettings for next time (not in the demo, not from
// --theme); following the system reads the desktop's palette, and says when
// the desktop does not tell; less motion is kept too.
#include "appstate.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        QGuiApplication::setPalette(m_qtDefault);
    }

    // Nothing chosen yet: as the desktop is, and offscreen it does not say, so light.
    void firstStartFollowsTheSystem()
    {
        AppState app(m_dataDir.path());
        QCOMPARE(app.appearance()->choice(), Appearance::FollowSystem);
        QVERIFY(!app.appearance()->systemKnown());
        QCOMPARE(app.appearance()->scheme(), u"light"_s);
    }

    void aChoiceShowsAtOnceAndIsKept()
    {
        {
            AppState app(m_dataDir.path());
            Appearance *appearance = app.appearance();
            QSignalSpy schemeChanged(appearance, &Appearance::schemeChanged);
            appearance->setChoice(Appearance::Evening);
            QCOMPARE(schemeChanged.size(), 1);
            QCOMPARE(appearance->scheme(), u"evening"_s);
            QCOMPARE(appearance->colours().value(u"background"_s).value<QColor>(),
                     Palette::colour(Palette::Scheme::Evening, u"background"_s));
            QCOMPARE(appearance->findingColours(), Palette::findingColours(Palette::Scheme::Evening));
            appearance->setReduceMotion(true);
        }
        QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"evening"_s);
        AppState again(m_dataDir.path());
        QCOMPARE(again.appearance()->choice(), Appearance::Evening);
        QCOMPARE(again.appearance()->scheme(), u"evening"_s);
        QVERIFY(again.appearance()->reduceMotion());
    }

    // The demo keeps nothing, and --theme is for one run.
    void theDemoAndTheCommandLineKeepNothing()
    {
        {
            AppState demo{AppState::Demo{}};
            demo.appearance()->setChoice(Appearance::Dark);
            demo.appearance()->setReduceMotion(true);
            QCOMPARE(demo.appearance()->scheme(), u"dark"_s);
        }
        {
            AppState app(m_dataDir.path());
            app.appearance()->useForThisRun(Appearance::Evening);
            QCOMPARE(app.appearance()->scheme(), u"evening"_s);
        }
        QVERIFY(!QSettings().contains(u"appearance/theme"_s));
        QVERIFY(!QSettings().contains(u"appearance/reduceMotion"_s));
        AppState app(m_dataDir.path());
        QCOMPARE(app.appearance()->choice(), Appearance::FollowSystem);
        QVERIFY(!app.appearance()->reduceMotion());
    }

    // A desktop whose palette is dark or light is followed, also when it changes while Hearth is open.
    void followingTheSystemReadsTheDesktopsPalette()
    {
        AppState app(m_dataDir.path());
        Appearance *appearance = app.appearance();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2A, 0x2A, 0x2E));
        dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        QGuiApplication::setPalette(dark);
        QTRY_VERIFY(appearance->systemKnown());
        QVERIFY(appearance->systemDark());
        QCOMPARE(appearance->scheme(), u"dark"_s);

        QPalette light;
        light.setColor(QPalette::Window, QColor(0xF6, 0xF5, 0xF4));
        light.setColor(QPalette::WindowText, QColor(0x24, 0x1F, 0x31));
        QGuiApplication::setPalette(light);
        QTRY_COMPARE(appearance->scheme(), u"light"_s);
        QVERIFY(appearance->systemKnown());

        // A choice of its own wins over the desktop.
        QGuiApplication::setPalette(dark);
        QTRY_VERIFY(appearance->systemDark());
        appearance->setChoice(Appearance::Light);
        QCOMPARE(appearance->scheme(), u"light"_s);
    }

    void themeNamesAreTheCommandLines()
    {
        for (const auto choice : {Appearance::Light, Appearance::Dark, Appearance::Evening, Appearance::FollowSystem})
            QCOMPARE(Appearance::choiceFromName(Appearance::nameOf(choice)), choice);
        QCOMPARE(Appearance::nameOf(Appearance::FollowSystem), u"system"_s);
        QVERIFY(!Appearance::choiceFromName(u"purple"_s));
    }

    // The type follows the desktop's text in proportion, never below the
    // design (drawn for 10 pt), whether the desktop gives points or pixels,
    // and follows a change while Hearth is open.
    void typeFollowsTheDesktopsText()
    {
        QFont desktop = QGuiApplication::font();
        const QFont before = desktop;
        desktop.setPointSizeF(10);
        QCOMPARE(TypeScale::scaleFor(desktop), 1.0);
        desktop.setPointSizeF(15);
        QCOMPARE(TypeScale::scaleFor(desktop), 1.5);
        desktop.setPointSizeF(7);
        QCOMPARE(TypeScale::scaleFor(desktop), 1.0);
        desktop.setPixelSize(20);
        QCOMPARE(TypeScale::scaleFor(desktop), 1.5);

        desktop.setPointSizeF(10);
        QGuiApplication::setFont(desktop);
        AppState app(m_dataDir.path());
        TypeScale *type = app.appearance()->type();
        QCOMPARE(type->textBody(), 16);
        QCOMPARE(type->textSmall(), 14);
        QSignalSpy changed(type, &TypeScale::changed);
        desktop.setPointSizeF(15);
        QGuiApplication::setFont(desktop);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(type->textBody(), 24);
        QCOMPARE(type->textLead(), 29); // 28.5: a half rounds up, as QML's Math.round does
        QCOMPARE(type->scaled(300), 450);
        QGuiApplication::setFont(before);
    }

private:
    QTemporaryDir m_dataDir;
    const QPalette m_qtDefault = QGuiApplication::palette();
};

int main(int argc, char *argv[])
{
    // Settings in a folder of the test's own, never the person's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HearthTest"_s);
    QCoreApplication::setApplicationName(u"tst_appearance"_s);
    TestAppearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appearance.moc"
