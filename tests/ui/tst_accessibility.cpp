// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the real window (AppState in its demo, Main.qml, as the app
// composes them), and the dialogs and panels a conversation opens, as a
// screen reader and a keyboard meet them:
// - every control the keyboard can reach has a role and a name, and the name
//   says more than the role ("Button" is no name);
// - a custom control (an item with Keys, a MouseArea or TapHandler that can
//   take the focus) says what it is;
// - Tab walks each page in reading order, round and back, never stuck and
//   never on something a person cannot see.
//
// The accessibility tree offscreen, as seen on Qt 6.4.2: the offscreen (and
// minimal) platform has no QPlatformAccessibility, so QAccessible::setActive(true)
// does nothing and isActive() stays false (under Xvfb with xcb too, without
// an AT-SPI bus); installing an update handler, as Qt's QTestAccessibility
// does, does not change that. Qt's own Quick Controls tests skip there. What
// works regardless: QAccessible::queryAccessibleInterface() on the window and
// on any item gives the tree Qt Quick builds (QAccessibleQuickWindow /
// QAccessibleQuickItem), with the role and name of every item that sets an
// Accessible property, and the role Controls give themselves. A Control
// copies its text into its name only once a screen reader activates
// accessibility, so here a control must name itself (Accessible.name), as
// Hearth's do: the check is stricter than a screen reader, never laxer.
// A11Y_DUMP=1 prints each control checked and each Tab stop.
#include "appstate.h"
#include "support/a11ycheck.h"
#include "support/layoutcheck.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QKeySequence>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlError>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true); // where a platform can (not offscreen; see above)
        m_app = std::make_unique<AppState>(AppState::Demo{});
        AppState::setInstance(m_app.get());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/"_s);
        // Hearth's QML must not warn here either, as in the Quick Test runner.
        connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                if (warning.url().toString().startsWith(u"qrc:/Hearth/"_s))
                    m_warnings.append(warning.toString());
            }
        });
        m_engine->load(QUrl(u"qrc:/Hearth/Main.qml"_s));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = m_window->findChild<QQuickItem *>(u"appShell"_s);
        QVERIFY(m_shell);
        m_window->resize(1024, 640);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QAccessible::queryAccessibleInterface(m_window));
    }

    // The check itself finds each kind of problem it is for, and says where.
    void checkFindsWhatItIsFor()
    {
        const std::unique_ptr<QObject> object = probeWindow("  Button { objectName: \"nameless\" }\n"
                                                            "  Button { objectName: \"onlyRole\"; Accessible.name: \"Button\" }\n"
                                                            "  MouseArea { objectName: \"tappable\"; width: 20; height: 20; activeFocusOnTab: true }\n"
                                                            "  Item { objectName: \"keyed\"; width: 20; height: 20; focus: true; Keys.onPressed: {} }\n"
                                                            "  Button { text: \"Fine\"; Accessible.name: \"Save the page\" }\n");
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        const QString problems = A11yCheck::problems(window).join(u'\n');
        for (const char *name : {"nameless", "onlyRole", "tappable", "keyed"})
            QVERIFY2(problems.contains(QString::fromLatin1(name)), qPrintable(problems));
        QVERIFY2(!problems.contains(u"Fine"_s), qPrintable(problems));
    }

    void tabCheckFindsWhatItIsFor()
    {
        const std::unique_ptr<QObject> object =
            probeWindow("  Button { id: top; objectName: \"top\"; text: \"Top\"; focus: true; KeyNavigation.tab: bottom }\n"
                        "  Button { id: middle; objectName: \"middle\"; text: \"Middle\" }\n"
                        "  Button { objectName: \"unseen\"; text: \"Unseen\"; opacity: 0 }\n"
                        "  Button { id: bottom; objectName: \"bottom\"; text: \"Bottom\"; KeyNavigation.tab: middle }\n");
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        window->requestActivate();
        QTRY_VERIFY(window->activeFocusItem());
        const QString problems = A11yCheck::tabProblems(window).join(u'\n');
        QVERIFY2(problems.contains(u"goes back up"_s) && problems.contains(u"\"middle\""_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"\"unseen\", text \"Unseen\" at 0,48 80x24, which cannot be seen"_s),
                 qPrintable(problems));
    }

    void everyControlIsNamed_data() { pageRows(); }

    void everyControlIsNamed()
    {
        QFETCH(QString, page);
        showPage(page);
        const QStringList problems = A11yCheck::problems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(page + u":\n  "_s + problems.join(u"\n  "_s)));
    }

    void tabFollowsReadingOrder_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        const QStringList pages = m_window->property("pageNames").toStringList();
        // The smallest window and full HD: the pages lay out in more columns there.
        for (const QSize size : {QSize(1024, 640), QSize(1920, 1080)}) {
            for (const QString &page : pages)
                QTest::addRow("%s, %dx%d", qPrintable(page), size.width(), size.height()) << page << size;
        }
    }

    void tabFollowsReadingOrder()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        m_window->resize(size);
        QTRY_COMPARE(m_window->contentItem()->size(), QSizeF(size));
        showPage(page);
        const QStringList problems = A11yCheck::tabProblems(m_window);
        m_window->resize(1024, 640);
        QTRY_COMPARE(m_window->contentItem()->size(), QSizeF(1024, 640));
        QVERIFY2(problems.isEmpty(), qPrintable(page + u":\n  "_s + problems.join(u"\n  "_s)));
    }

    void everyDialogAndMenuIsNamed_data() { pageRows(); }

    // Each dialog and menu a page holds (GentleDialog, HearthMenu, the
    // keyboard help...), opened in turn over the page: named controls, and Tab
    // going round inside it, never stuck.
    void everyDialogAndMenuIsNamed()
    {
        QFETCH(QString, page);
        showPage(page);
        // The keyboard help is made when first asked for: ask, so it is among them.
        QVERIFY(QMetaObject::invokeMethod(m_shell, "showKeyboardHelp"));
        auto *help = m_shell->property("keyboardHelp").value<QObject *>();
        QVERIFY(help);
        QTRY_VERIFY(help->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(help, "close"));
        QTRY_VERIFY(!help->property("visible").toBool());
        const QList<QObject *> popups = objectsShown("QQuickPopup");
        int opened = 0;
        for (QObject *popup : popups) {
            const QString name = popup->objectName().isEmpty() ? QString::fromLatin1(popup->metaObject()->className())
                                                                 : popup->objectName();
            QVERIFY(QMetaObject::invokeMethod(popup, "open"));
            QTRY_VERIFY2(popup->property("opened").toBool(), qPrintable(name));
            settle();
            QStringList problems = A11yCheck::problems(m_window);
            QVERIFY2(problems.isEmpty(), qPrintable(page + u", "_s + name + u":\n  "_s + problems.join(u"\n  "_s)));
            ++opened;
            if (popup->property("modal").toBool()) {
                auto *content = popup->property("contentItem").value<QQuickItem *>();
                QVERIFY(content && content->parentItem());
                QQuickItem *popupItem = content->parentItem();
                for (int press = 0; press < 8; ++press) {
                    QQuickItem *before = m_window->activeFocusItem();
                    QTest::keyClick(m_window, Qt::Key_Tab);
                    QQuickItem *after = m_window->activeFocusItem();
                    QVERIFY2(after && popupItem->isAncestorOf(after),
                             qPrintable(page + u", "_s + name + u": Tab leaves the dialog"_s));
                    if (after == before) {
                        // Only one stop (a Close button) is no trap: Esc and the button still work.
                        QVERIFY2(takesOnlyOneStop(popupItem), qPrintable(page + u", "_s + name + u": Tab is stuck"_s));
                        break;
                    }
                }
            }
            QVERIFY(QMetaObject::invokeMethod(popup, "close"));
            QTRY_VERIFY2(!popup->property("visible").toBool(), qPrintable(name));
            settle();
        }
        // Every page has the keyboard help at least (AppShell holds it).
        QVERIFY(opened >= 1);
        qInfo("%s: %d dialogs and menus", qPrintable(page), opened);
    }

    void keyListMatchesShortcuts_data() { pageRows(); }

    // ? and F1 list the page's keys and the global ones: every Shortcut that
    // works here is in the list, and every Ctrl key listed is a Shortcut here
    // (keys a page handles itself, such as S or Delete, are listed beside
    // their handler by hand).
    void keyListMatchesShortcuts()
    {
        QFETCH(QString, page);
        showPage(page);
        QVERIFY(QMetaObject::invokeMethod(m_shell, "showKeyboardHelp"));
        auto *help = m_shell->property("keyboardHelp").value<QObject *>();
        QVERIFY(help);
        QTRY_VERIFY(help->property("opened").toBool());
        QSet<QString> listed;
        for (const char *list : {"pageKeys", "globalKeys"}) {
            const QVariantList entries = help->property(list).toList();
            for (const QVariant &entry : entries) {
                const QVariantMap map = entry.toMap();
                QVERIFY2(!map.value(u"action"_s).toString().isEmpty(), list);
                const QStringList keys = map.value(u"keys"_s).toStringList();
                QVERIFY2(!keys.isEmpty(), list);
                for (const QString &key : keys)
                    listed.insert(QKeySequence(key).toString(QKeySequence::PortableText));
            }
        }
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!help->property("visible").toBool());

        QSet<QString> existing;
        for (QObject *shortcut : shortcutsShown()) {
            QVariantList sequences = shortcut->property("sequences").toList();
            if (sequences.isEmpty())
                sequences.append(shortcut->property("sequence"));
            for (const QVariant &sequence : sequences) {
                const QString key = QKeySequence(sequence.toString()).toString(QKeySequence::PortableText);
                existing.insert(key);
                if (shortcut->property("enabled").toBool())
                    QVERIFY2(listed.contains(key), qPrintable(page + u": "_s + key + u" works here but is not listed"_s));
            }
        }
        for (const QString &key : std::as_const(listed)) {
            if (key.contains(u"Ctrl+"_s))
                QVERIFY2(existing.contains(key), qPrintable(page + u": "_s + key + u" is listed but no Shortcut has it"_s));
        }
    }

    // What a conversation opens over its card: the help (a GentleDialog), the
    // menu to go deeper, the listener's panel, and the pause.
    void conversationExtrasAreNamed()
    {
        showPage(u"together"_s);
        QObject *session = m_app->together();
        QVERIFY(session->property("listener").toInt() >= 0 || session->property("answeredBy") == u"both"_s);
        QQuickItem *listener = findItem(u"listenerPanel"_s);
        QVERIFY(listener);

        QTest::keyClick(m_window, Qt::Key_Question, Qt::ShiftModifier);
        settle();
        QObject *help = findItem(u"togetherPage"_s)->property("helpDialog").value<QObject *>();
        QVERIFY(help);
        QTRY_VERIFY(help->property("opened").toBool());
        QStringList problems = A11yCheck::problems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(u"help:\n  "_s + problems.join(u"\n  "_s)));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!help->property("visible").toBool());

        QQuickItem *view = findItem(u"conversationView"_s);
        QVERIFY(view);
        if (session->property("canGoDeeper").toBool()) {
            QVERIFY(QMetaObject::invokeMethod(view, "openDeeperMenu"));
            settle();
            problems = A11yCheck::problems(m_window);
            QVERIFY2(problems.isEmpty(), qPrintable(u"deeper menu:\n  "_s + problems.join(u"\n  "_s)));
            QTest::keyClick(m_window, Qt::Key_Escape);
            settle();
        }

        QVERIFY(QMetaObject::invokeMethod(session, "pause"));
        settle();
        problems = A11yCheck::problems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(u"pause:\n  "_s + problems.join(u"\n  "_s)));
        problems = A11yCheck::tabProblems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(u"pause, tabbing:\n  "_s + problems.join(u"\n  "_s)));
        QVERIFY(QMetaObject::invokeMethod(session, "resume"));
        settle();
    }

    void cleanup()
    {
        const QStringList warnings = std::exchange(m_warnings, {});
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_window = nullptr;
        m_shell = nullptr;
        m_engine.reset();
        AppState::setInstance(nullptr);
        m_app.reset();
    }

private:
    // A small window made for the self-tests, its column holding `items`;
    // null when the QML does not build (the error is printed).
    std::unique_ptr<QObject> probeWindow(const char *items)
    {
        QQmlComponent component(m_engine.get());
        component.setData(QByteArray("import QtQuick\nimport QtQuick.Controls\nWindow {\n width: 400; height: 300; "
                                     "visible: true\n Column {\n")
                              + items + " }\n}",
                          QUrl(u"qrc:/probe/Probe.qml"_s));
        std::unique_ptr<QObject> object(component.create());
        if (!object)
            qWarning("%s", qPrintable(component.errorString()));
        return object;
    }

    // By objectName, through the items as shown (a Loader's page is not its QObject child).
    QQuickItem *findItem(const QString &name, QQuickItem *from = nullptr)
    {
        if (!from)
            from = m_window->contentItem();
        if (from->objectName() == name)
            return from;
        const QList<QQuickItem *> children = from->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = findItem(name, child))
                return found;
        }
        return nullptr;
    }

    static bool takesOnlyOneStop(QQuickItem *root)
    {
        int stops = 0;
        QList<QQuickItem *> items{root};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            if (!item->isVisible() || !item->isEnabled())
                continue;
            const QVariant policy = item->property("focusPolicy");
            if (item->activeFocusOnTab() || (policy.isValid() && (policy.toInt() & Qt::TabFocus)))
                ++stops;
            items.append(item->childItems());
        }
        return stops <= 1;
    }

    QList<QObject *> shortcutsShown() { return objectsShown("QQuickShortcut"); }

    // The objects of a class held by the window or by an item on show (a
    // hidden page's Shortcut items are off: `enabled: view.visible`).
    QList<QObject *> objectsShown(const char *className)
    {
        QList<QObject *> found;
        const auto take = [&found, className](QObject *owner) {
            const QObjectList children = owner->children();
            for (QObject *child : children) {
                if (child->inherits(className) && !found.contains(child))
                    found.append(child);
            }
        };
        take(m_window);
        QList<QQuickItem *> items{m_window->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            if (!item->isVisible())
                continue;
            take(item);
            items.append(item->childItems());
        }
        return found;
    }

    void pageRows()
    {
        QTest::addColumn<QString>("page");
        const QStringList pages = m_window->property("pageNames").toStringList();
        QVERIFY(pages.contains(u"home"_s));
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << page;
    }

    void showPage(const QString &page)
    {
        bool shown = false;
        QVERIFY(QMetaObject::invokeMethod(m_shell, "showPage", Q_RETURN_ARG(bool, shown), Q_ARG(QString, page)));
        QVERIFY(shown);
        settle();
    }

    void settle() { QVERIFY(LayoutCheck::settle(m_window, m_engine.get())); }

    std::unique_ptr<AppState> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_shell = nullptr;
    QStringList m_warnings;
};

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
