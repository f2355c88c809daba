// SPDX-License-Identifier: GPL-3.0-or-later
// The fonts a start opens while its QML is compiled (FontWarmup) are the ones
// the first page draws with. Composed as `hearth` composes a start, the home
// page then opens no font of its own: Qt says each font it opens under the
// logging category qt.text.font.match, and none may be said while the window
// is made and drawn. (A page that drew with a size or weight the warm-up does
// not know would open it then, and fail here.)
#include "appearance/fontwarmup.h"
#include "appstate.h"
#include "cli/applicationfont.h"
#include "cli/fontscale.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList fontsOpened;
QtMessageHandler previousHandler = nullptr;

void noteFontsOpened(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "qt.text.font.match") == 0) {
        if (message.startsWith("QFontDatabasePrivate::match"_L1))
            fontsOpened.append(message.simplified());
        return;
    }
    previousHandler(type, context, message);
}

} // namespace

class TestFontWarmup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_desktopFont = QGuiApplication::font();
    }

    void homePageOpensNoFontOfItsOwn_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::newRow("desktop text") << 1.0;
        QTest::newRow("larger desktop text") << 1.5;
    }

    void homePageOpensNoFontOfItsOwn()
    {
        QFETCH(double, fontScale);
        // As main() and WindowCommand do, in their order.
        QGuiApplication::setFont(m_desktopFont);
        FontScale::apply(fontScale);
        ApplicationFont::useBodyFamily();
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        AppState app(dataDir.path());
        AppState::setInstance(&app);
        const auto forgetApp = qScopeGuard([] { AppState::setInstance(nullptr); });
        FontWarmup firstPageFonts(*app.appearance()->type());
        int opened = 0;
        while (firstPageFonts.openNext())
            ++opened;
        QCOMPARE_GT(opened, 0);

        fontsOpened.clear();
        {
            QLoggingCategory::setFilterRules(u"qt.text.font.match.debug=true"_s);
            previousHandler = qInstallMessageHandler(noteFontsOpened);
            // Undone however this row ends, after the window is gone.
            const auto listenNoMore = qScopeGuard([] {
                qInstallMessageHandler(previousHandler);
                QLoggingCategory::setFilterRules(QString());
            });
            QQmlApplicationEngine engine;
            engine.addImportPath(u"qrc:/"_s);
            engine.load(QUrl(u"qrc:/Hearth/Main.qml"_s));
            QVERIFY(!engine.rootObjects().isEmpty());
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
            QVERIFY(window);
            QSignalSpy drawn(window, &QQuickWindow::frameSwapped);
            QVERIFY(drawn.wait());
            QCOMPARE(window->property("initialPage").toString(), u"home"_s);
        }
        QVERIFY2(fontsOpened.isEmpty(), qPrintable(u"opened while the home page was made and drawn:\n  "_s
                                                   + fontsOpened.join(u"\n  "_s)));
    }

private:
    QFont m_desktopFont;
};

QTEST_MAIN(TestFontWarmup)
#include "tst_fontwarmup.moc"
