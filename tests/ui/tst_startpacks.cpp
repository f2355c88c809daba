// SPDX-License-Identifier: GPL-3.0-or-later
// Packs placed in DIR/decks load when the app starts, as composed (AppState
// over a real data folder): the good ones are in the database, every problem
// of a bad one is a notice for the deck editor, and nothing stops the start.
#include "appstate.h"
#include "decks/deckstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStartPacks : public QObject
{
    Q_OBJECT

private slots:
    void packsInTheDecksFolderLoadAtStart()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"decks"_s));
        const QString data = QStringLiteral(HEARTH_TEST_DATA "/packs");
        QVERIFY(QFile::copy(data + u"/evenings.json"_s, dir.filePath(u"decks/evenings.json"_s)));
        QVERIFY(QFile::copy(data + u"/broken/unknown-placeholder.json"_s, dir.filePath(u"decks/mistake.json"_s)));
        QFile binary(dir.filePath(u"decks/zz-binary.json"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly) && binary.write(QByteArray("\x7f" "ELF\0\0\x01", 7)) == 7);
        binary.close();

        {
            AppState app(dir.path());
            QVERIFY(app.saving());
            QCOMPARE(app.packNotices(),
                     (QStringList{u"decks/mistake.json: cards[1].text: \"{name}\" is not a placeholder Hearth knows "
                                  "(the only one is {partner})"_s,
                                  u"decks/zz-binary.json: holds binary data, not text"_s}));
            QCOMPARE(app.property("packNotices").toStringList(), app.packNotices());
            DeckStore decks(app.database());
            const auto deck = decks.deck(u"pack.slow-evenings"_s);
            QVERIFY(deck);
            QCOMPARE(deck->cards.size(), 4);
        }
        // The next start reads the folder again and finds the same, once.
        AppState again(dir.path());
        QCOMPARE(again.packNotices().size(), 2);
        QCOMPARE(DeckStore(again.database()).decks().size(), 1);
    }

    // A pack already imported and unchanged is not read again at the next
    // start (words changed behind Hearth's back stay), until Delete all.
    void anUnchangedPackIsNotReadAgainUntilDeleteAll()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"decks"_s));
        QVERIFY(QFile::copy(QStringLiteral(HEARTH_TEST_DATA "/packs/evenings.json"), dir.filePath(u"decks/evenings.json"_s)));
        const auto firstText = [](AppState &app) {
            const auto deck = DeckStore(app.database()).deck(u"pack.slow-evenings"_s);
            return deck ? deck->cards.constFirst().text : QString();
        };
        const QString original = u"What is one thing from today you would like to leave at the door?"_s;
        {
            AppState app(dir.path());
            QVERIFY(app.packNotices().isEmpty());
            QCOMPARE(firstText(app), original);
            QSqlQuery query(app.database().connection());
            QVERIFY(query.exec(u"UPDATE deck_cards SET text = 'Altered' WHERE id = 'pack.slow-evenings.arrive'"_s));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        {
            AppState app(dir.path());
            QVERIFY(app.packNotices().isEmpty());
            QCOMPARE(firstText(app), u"Altered"_s);
            QVERIFY(app.deleteAllData().ok);
        }
        AppState again(dir.path());
        QVERIFY(again.packNotices().isEmpty());
        QCOMPARE(firstText(again), original);
    }

    void theDemoReadsNoFolder()
    {
        AppState demo{AppState::Demo{}};
        QVERIFY(demo.packNotices().isEmpty());
    }
};

QTEST_MAIN(TestStartPacks)
#include "tst_startpacks.moc"
