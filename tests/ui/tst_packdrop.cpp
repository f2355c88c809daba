// SPDX-License-Identifier: GPL-3.0-or-later
// A pack dropped on the real window (AppState over a new data folder and
// Main.qml, as the app composes them), the way the platform delivers a drag:
// enter, move, drop. A sound pack is offered, and once the person says yes
// it is in the Library with its cards; dropped again it updates the deck
// rather than adding a second one. A pack with mistakes shows each problem
// with its place and saves nothing. Anything that is not one pack file is
// not taken at all: the drag is refused and nothing opens.
#include "appstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString packDeckId = u"pack.slow-evenings"_s;

// What the window said to each step of a drag.
struct DragOutcome
{
    bool enterAccepted = false;
    bool moveAccepted = false;
    bool dropAccepted = false;
};

} // namespace

class TestPackDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QQuickStyle::setStyle(u"Basic"_s); }

    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_dropFolder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid() && m_dropFolder->isValid());
        m_app = std::make_unique<AppState>(m_dataDir->path());
        QVERIFY(m_app->saving());
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
        m_window->resize(1280, 800);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    // A sound pack: offered by name, loaded once the person says yes (by
    // keyboard), in the Library and the deck list with every card; dropped
    // again after a change, the same deck is updated and its stars are kept.
    void aSoundPackIsOfferedAndLoaded()
    {
        const QString file = copyPack(u"evenings.json"_s, u"evenings.json"_s);
        QVERIFY(!file.isEmpty());
        const QUrl url = QUrl::fromLocalFile(file);

        const DragOutcome first = dragAndDrop({url});
        QVERIFY2(first.enterAccepted, "the window takes a drag of one .json file");
        QVERIFY(first.moveAccepted);
        QVERIFY(first.dropAccepted);
        QCOMPARE(m_shell->property("currentPage").toString(), u"deck-editor"_s);

        QObject *offer = dialog("packOfferDialog");
        QVERIFY(offer);
        QTRY_VERIFY(offer->property("opened").toBool());
        QCOMPARE(offer->property("file").toUrl(), url);
        QVERIFY2(offer->property("title").toString().contains(u"evenings.json"_s),
                 qPrintable(offer->property("title").toString()));
        // Nothing is kept before the person says yes.
        QVERIFY(m_app->deckStore().decks().isEmpty());

        acceptByKeyboard(offer);
        QObject *problems = dialog("packProblemsDialog");
        QVERIFY(problems);
        QVERIFY(!problems->property("visible").toBool());
        QTRY_VERIFY(textShown(u"Loaded \u201CSlow evenings\u201D with 4 cards"_s));

        const auto stored = m_app->deckStore().deck(packDeckId);
        QVERIFY(stored);
        QCOMPARE(stored->cards.size(), 4);
        QCOMPARE(stored->source, DeckStore::pack);
        QVERIFY(m_app->content().deck(packDeckId));
        QCOMPARE(libraryCardsOf(packDeckId).size(), 4);
        QVERIFY(libraryCardsOf(packDeckId).contains(
            u"What is one thing from today you would like to leave at the door?"_s));
        QVERIFY(m_app->deckEditor()->decks()->rowOf(packDeckId) >= 0);
        QCOMPARE(m_app->deckEditor()->decks()->rowCount(), 1);

        // A star on one of its cards, then the same file again, with one card reworded.
        const QString starredCard = packDeckId + u".arrive"_s;
        m_app->favourites()->toggleStar(u"card"_s, starredCard);
        QVERIFY(m_app->favourites()->isStarred(u"card"_s, starredCard));
        QVERIFY(rewrite(file, "leave at the door?", "set down at the door?"));

        const DragOutcome second = dragAndDrop({url});
        QVERIFY(second.enterAccepted && second.moveAccepted && second.dropAccepted);
        QTRY_VERIFY(offer->property("opened").toBool());
        acceptByKeyboard(offer);
        QTRY_VERIFY(textShown(u"Updated"_s));

        QCOMPARE(m_app->deckStore().decks().size(), 1);
        QCOMPARE(m_app->deckStore().deck(packDeckId)->cards.size(), 4);
        QCOMPARE(m_app->deckEditor()->decks()->rowCount(), 1);
        const QStringList cards = libraryCardsOf(packDeckId);
        QCOMPARE(cards.size(), 4);
        QVERIFY(cards.contains(u"What is one thing from today you would like to set down at the door?"_s));
        QVERIFY(!cards.contains(u"What is one thing from today you would like to leave at the door?"_s));
        QVERIFY(m_app->favourites()->isStarred(u"card"_s, starredCard));
    }

    void aPackWithMistakesShowsThemAndSavesNothing_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("problem");
        // As tests/data/packs/broken/messages.txt gives them.
        QTest::newRow("depth") << u"bad-depth.json"_s << u"cards[3].depth: must be 1, 2 or 3"_s;
        QTest::newRow("placeholder") << u"unknown-placeholder.json"_s
                                     << u"cards[1].text: \"{name}\" is not a placeholder Hearth knows "
                                        "(the only one is {partner})"_s;
        QTest::newRow("cut short") << u"truncated.json"_s
                                   << u"line 28, column 10: is not valid JSON (unterminated string; is the file "
                                      "cut short?)"_s;
    }

    void aPackWithMistakesShowsThemAndSavesNothing()
    {
        QFETCH(QString, pack);
        QFETCH(QString, problem);
        const QString file = copyPack(u"broken/"_s + pack, pack);
        QVERIFY(!file.isEmpty());
        const int libraryRows = m_app->library()->rowCount();
        const qsizetype contentDecks = m_app->content().decks().size();

        const DragOutcome outcome = dragAndDrop({QUrl::fromLocalFile(file)});
        QVERIFY(outcome.enterAccepted && outcome.moveAccepted && outcome.dropAccepted);
        QObject *offer = dialog("packOfferDialog");
        QVERIFY(offer);
        QTRY_VERIFY(offer->property("opened").toBool());
        acceptByKeyboard(offer);

        QObject *problems = dialog("packProblemsDialog");
        QVERIFY(problems);
        QTRY_VERIFY(problems->property("opened").toBool());
        const QString expected = pack + u": "_s + problem;
        QVERIFY2(problems->property("problems").toStringList().contains(expected),
                 qPrintable(problems->property("problems").toStringList().join(u'\n')));
        // Shown to the person, a line each, with its place.
        const QStringList shown = problemLinesShown();
        QVERIFY2(shown.contains(expected), qPrintable(shown.join(u'\n')));
        QVERIFY2(problems->property("message").toString().contains(pack),
                 qPrintable(problems->property("message").toString()));

        QVERIFY(m_app->deckStore().decks().isEmpty());
        QCOMPARE(m_app->content().decks().size(), contentDecks);
        QCOMPARE(m_app->library()->rowCount(), libraryRows);
        QCOMPARE(m_app->deckEditor()->decks()->rowCount(), 0);

        // Closed by keyboard too, and the window takes the next drop.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!problems->property("visible").toBool());
    }

    void anythingButOnePackIsRefused_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        // Each local file is made in the test, as a copy of a sound pack: only its name or number differs.
        const QString folder = u"/anywhere"_s;
        QTest::newRow("text file") << QList<QUrl>{QUrl::fromLocalFile(folder + u"/notes.txt"_s)};
        QTest::newRow("two packs") << QList<QUrl>{QUrl::fromLocalFile(folder + u"/one.json"_s),
                                                  QUrl::fromLocalFile(folder + u"/two.json"_s)};
        QTest::newRow("web address") << QList<QUrl>{QUrl(u"https://example.org/evenings.json"_s)};
    }

    void anythingButOnePackIsRefused()
    {
        QFETCH(QList<QUrl>, urls);
        QList<QUrl> dropped;
        for (const QUrl &url : std::as_const(urls)) {
            if (!url.isLocalFile()) {
                dropped.append(url);
                continue;
            }
            const QString name = url.fileName();
            const QString file = copyPack(u"evenings.json"_s, name);
            QVERIFY(!file.isEmpty());
            dropped.append(QUrl::fromLocalFile(file));
        }

        const DragOutcome outcome = dragAndDrop(dropped);
        QVERIFY2(!outcome.enterAccepted, "the drag is refused as it enters");
        QVERIFY2(!outcome.moveAccepted, "and as it moves");
        QCOMPARE(m_shell->property("currentPage").toString(), u"home"_s);
        // The deck editor (which holds the offer) was never even made.
        QVERIFY(!m_shell->property("deckEditorPage").value<QQuickItem *>());
        QVERIFY(m_app->deckStore().decks().isEmpty());
    }

    void cleanup()
    {
        m_window = nullptr;
        m_shell = nullptr;
        m_engine.reset();
        AppState::setInstance(nullptr);
        m_app.reset();
        m_dataDir.reset();
        m_dropFolder.reset();
        const QStringList warnings = std::exchange(m_warnings, {});
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private:
    // Enter, move a little, then drop where it was taken (or leave where it
    // was not), as the platform delivers a drag from a file manager.
    DragOutcome dragAndDrop(const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        const QPoint next = at + QPoint(8, 8);
        DragOutcome outcome;

        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &enter);
        outcome.enterAccepted = enter.isAccepted();
        QDragMoveEvent move(next, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &move);
        outcome.moveAccepted = move.isAccepted();
        if (!outcome.moveAccepted) {
            QDragLeaveEvent leave;
            QCoreApplication::sendEvent(m_window, &leave);
            return outcome;
        }
        QDropEvent drop(QPointF(next), Qt::CopyAction | Qt::LinkAction, &mime, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &drop);
        outcome.dropAccepted = drop.isAccepted();
        return outcome;
    }

    // Space on the button that has the focus when the offer opens ("Load it").
    // (Space, not Return: on Qt 6.4 a Quick Controls button presses on Space
    // only, and GentleDialog's buttons add nothing for Return.)
    // Return the first time, Space the next: a focused dialog button answers both.
    void acceptByKeyboard(QObject *offer)
    {
        QQuickItem *focused = m_window->activeFocusItem();
        QVERIFY(focused);
        QCOMPARE(focused->property("text").toString(), u"Load it"_s);
        QTest::keyClick(m_window, m_accepted++ % 2 == 0 ? Qt::Key_Return : Qt::Key_Space);
        QTRY_VERIFY(!offer->property("visible").toBool());
    }

    // A dialog of the deck editor, by objectName (the page is made when the drop arrives).
    QObject *dialog(const char *name)
    {
        auto *page = m_shell->property("deckEditorPage").value<QQuickItem *>();
        return page ? page->findChild<QObject *>(QString::fromLatin1(name)) : nullptr;
    }

    // Whether a visible item (the message bar, a dialog) says `needle`.
    bool textShown(const QString &needle)
    {
        const QList<QQuickItem *> items = visibleItems();
        return std::any_of(items.cbegin(), items.cend(), [&needle](const QQuickItem *item) {
            return item->property("text").toString().contains(needle);
        });
    }

    // The lines the problems dialog shows, as the person reads them (without the bullet).
    QStringList problemLinesShown()
    {
        QStringList lines;
        for (const QQuickItem *item : visibleItems()) {
            if (item->objectName() == u"packProblem"_s)
                lines.append(item->property("text").toString().remove(u"\u2022 "_s));
        }
        return lines;
    }

    QList<QQuickItem *> visibleItems()
    {
        QList<QQuickItem *> shown;
        QList<QQuickItem *> items{m_window->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            if (!item->isVisible())
                continue;
            shown.append(item);
            items.append(item->childItems());
        }
        return shown;
    }

    // The texts of the cards of `deckId` in the Library.
    QStringList libraryCardsOf(const QString &deckId) const
    {
        QStringList texts;
        const LibraryModel *library = m_app->library();
        for (int row = 0; row < library->rowCount(); ++row) {
            const QModelIndex index = library->index(row, 0);
            if (index.data(LibraryModel::DeckIdRole).toString() == deckId)
                texts.append(index.data(LibraryModel::TextRole).toString());
        }
        return texts;
    }

    // A pack of tests/data/packs copied into a folder of the test's own (not the data folder).
    QString copyPack(const QString &fromData, const QString &name)
    {
        const QString target = m_dropFolder->filePath(name);
        if (!QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/packs/") + fromData, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    static bool rewrite(const QString &file, const QByteArray &from, const QByteArray &to)
    {
        QFile pack(file);
        if (!pack.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = pack.readAll();
        pack.close();
        if (!text.contains(from))
            return false;
        text.replace(from, to);
        return pack.open(QIODevice::WriteOnly | QIODevice::Truncate) && pack.write(text) == text.size();
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dropFolder;
    std::unique_ptr<AppState> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_shell = nullptr;
    QStringList m_warnings;
    int m_accepted = 0; // dialogs accepted by keyboard so far
};

QTEST_MAIN(TestPackDrop)

#include "tst_packdrop.moc"
