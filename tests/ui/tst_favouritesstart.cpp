// SPDX-License-Identifier: GPL-3.0-or-later
// Favourites at start, through AppState over a data folder holding many:
// only the count is read before the first frame, which prompts are starred
// when first asked, the rest when first shown. Whatever is done before that
// (starring, unstarring, undo, notes, export) must leave the model exactly as
// reading everything afterwards finds it, and say every change at the row
// where that read puts it.
#include "appstate.h"
#include "session/sessioncontroller.h"
#include "storage/favouritesstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int stored = 1500;

// Every favourite as the model shows it, row by row.
QList<Favourite> shown(FavouritesModel &model)
{
    QList<Favourite> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex at = model.index(row);
        rows.append({at.data(FavouritesModel::FavouriteIdRole).toLongLong(),
                     at.data(FavouritesModel::PromptKindRole).toString(),
                     at.data(FavouritesModel::ContentIdRole).toString(), at.data(FavouritesModel::TextRole).toString(),
                     at.data(FavouritesModel::SectionIdRole).toString(), at.data(FavouritesModel::NoteRole).toString(),
                     at.data(FavouritesModel::CreatedAtRole).toDateTime()});
    }
    return rows;
}

qsizetype rowOfId(const QList<Favourite> &rows, qint64 id)
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace

class TestFavouritesStart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    QString m_unstarredCard;

    [[nodiscard]] FavouritesModel &favourites() { return *m_app->favourites(); }
    [[nodiscard]] QList<Favourite> inStore() { return FavouritesStore(m_app->database()).all(); }

    // A long-used folder: a favourite for built-in prompts of every kind and
    // the rest as the couple's own statements, several starred in the same
    // millisecond (the newer id then comes first), written through the store
    // on a real database file before Hearth starts.
    void fill()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        Database database;
        database.open(m_dir->path());
        QVERIFY(database.isPersistent());
        // Only while filling: waiting for the disk at every star would make the fixture the slow part.
        QSqlQuery(database.connection()).exec(u"PRAGMA synchronous = OFF"_s);
        QList<Favourite> prompts;
        for (const Card &card : content.cards())
            prompts.append({0, u"card"_s, card.id, card.text, card.section, {}, {}});
        for (const JournalPrompt &prompt : content.journalPrompts())
            prompts.append({0, u"journal"_s, prompt.id, prompt.text, prompt.section, {}, {}});
        for (const Ritual &ritual : content.rituals())
            prompts.append({0, u"ritual"_s, ritual.id, ritual.text, ritual.section, {}, {}});
        m_unstarredCard = prompts.takeFirst().contentId;
        FavouritesStore store(database);
        const QDateTime first(QDate(2025, 6, 1), QTime(19, 30), Qt::UTC);
        for (int i = 0; i < stored; ++i) {
            Favourite f = i < prompts.size() ? prompts.at(i)
                                             : Favourite{0, u"statement"_s, u"draft-%1"_s.arg(i), u"Words of ours %1"_s.arg(i),
                                                         {}, {}, {}};
            // Not in the order written, and three at a time in one moment.
            f.createdAt = first.addSecs(qint64((i * 7919) % stored / 3) * 3600);
            if (i % 10 == 0)
                f.note = u"Note %1"_s.arg(i);
            QVERIFY(store.add(f));
        }
    }

    // What the model said at each change, against the store read right then.
    void checkInsertedWhereTheStoreHasIt(const QSignalSpy &inserted, qint64 id)
    {
        QCOMPARE(inserted.size(), 1);
        const int row = inserted.constFirst().at(1).toInt();
        QCOMPARE(inserted.constFirst().at(2).toInt(), row);
        QCOMPARE(rowOfId(inStore(), id), qsizetype(row));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        fill();
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->saving());
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    void startsWithTheCountAndStarsOnly()
    {
        QCOMPARE(favourites().count(), stored);
        QCOMPARE(favourites().rowCount(), stored);
        QVERIFY(!favourites().rowsRead());
        const QList<Favourite> all = inStore();
        for (const Favourite &f : {all.constFirst(), all.at(stored / 2), all.constLast()})
            QVERIFY2(favourites().isStarred(f.kind, f.contentId), qPrintable(f.contentId));
        QVERIFY(!favourites().isStarred(u"card"_s, m_unstarredCard));
        QVERIFY(!favourites().isStarred(u"statement"_s, u"draft-0"_s));
        // The Library's stars come from the same keys.
        const auto oldestCard = std::find_if(all.crbegin(), all.crend(), [](const Favourite &f) { return f.kind == "card"_L1; });
        QVERIFY(oldestCard != all.crend());
        LibraryModel *library = m_app->library();
        const QModelIndexList card = library->match(library->index(0), LibraryModel::ContentIdRole, oldestCard->contentId,
                                                    1, Qt::MatchExactly);
        QCOMPARE(card.size(), 1);
        QVERIFY(card.constFirst().data(LibraryModel::StarredRole).toBool());
        QVERIFY(!favourites().rowsRead());
    }

    // Together shows the card's star and its note; looking at them reads that one favourite only.
    void aConversationCardsStarAndNoteReadOneFavourite()
    {
        const QList<Favourite> all = inStore();
        const auto noted = std::find_if(all.cbegin(), all.cend(), [](const Favourite &f) {
            return f.kind == "card"_L1 && !f.note.isEmpty();
        });
        QVERIFY(noted != all.cend());
        SessionController *together = m_app->together();
        QVERIFY(together->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
        QVERIFY(together->startWithCard(noted->contentId));
        QCOMPARE(together->cardId(), noted->contentId);
        QVERIFY(together->cardStarred());
        QCOMPARE(together->cardStarNote(), noted->note);
        QVERIFY(together->setStarNote(u"Our Sunday walk"_s));
        QCOMPARE(together->cardStarNote(), u"Our Sunday walk"_s);
        QVERIFY(!favourites().rowsRead());
        // And the note is the favourite's, as the Favourites page will show it.
        const qsizetype row = rowOfId(inStore(), noted->id);
        QCOMPARE(favourites().index(int(row)).data(FavouritesModel::NoteRole).toString(), u"Our Sunday walk"_s);
    }

    void firstUseReadsTheRest()
    {
        QSignalSpy reset(&favourites(), &QAbstractItemModel::modelReset);
        QCOMPARE(favourites().index(0).data(FavouritesModel::FavouriteIdRole).toLongLong(), inStore().constFirst().id);
        QVERIFY(favourites().rowsRead());
        QCOMPARE(shown(favourites()), inStore());
        QCOMPARE(favourites().count(), stored);
        // Nothing appeared: the rows were there all along.
        QCoreApplication::processEvents();
        QCOMPARE(reset.size(), 0);
    }

    // Each change made before the rows are read, and (readFirst) after;
    // peek: something looks at the neighbours while the change is under way,
    // as a view does (and so reads the rows in the middle of it).
    void changesLandWhereReadingPutsThem_data()
    {
        QTest::addColumn<bool>("readFirst");
        QTest::addColumn<bool>("peek");
        QTest::newRow("before the read") << false << false;
        QTest::newRow("read during the change") << false << true;
        QTest::newRow("after the read") << true << false;
    }

    void changesLandWhereReadingPutsThem()
    {
        QFETCH(bool, readFirst);
        QFETCH(bool, peek);
        std::unique_ptr<QAbstractItemModelTester> tester;
        if (readFirst) {
            tester = std::make_unique<QAbstractItemModelTester>(&favourites(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(favourites().rowsRead());
        }
        if (peek) {
            const auto look = [this](const QModelIndex &, int first, int last) {
                for (int row : {first - 1, first, last + 1})
                    (void)favourites().index(row).data(FavouritesModel::TextRole);
            };
            connect(&favourites(), &QAbstractItemModel::rowsAboutToBeInserted, this, look);
            connect(&favourites(), &QAbstractItemModel::rowsAboutToBeRemoved, this, look);
        }
        const auto countsAgree = [this] {
            return favourites().count() == favourites().rowCount()
                   && favourites().count() == FavouritesStore(m_app->database()).count();
        };

        // Starring a card from the Library.
        QSignalSpy inserted(&favourites(), &QAbstractItemModel::rowsInserted);
        QSignalSpy starChanged(&favourites(), &FavouritesModel::starChanged);
        QVERIFY(favourites().toggleStar(u"card"_s, m_unstarredCard));
        QCOMPARE(starChanged.size(), 1);
        QCOMPARE(starChanged.constFirst(), (QVariantList{u"card"_s, m_unstarredCard}));
        QVERIFY(favourites().isStarred(u"card"_s, m_unstarredCard));
        checkInsertedWhereTheStoreHasIt(inserted, FavouritesStore(m_app->database()).find(u"card"_s, m_unstarredCard)->id);
        QVERIFY(countsAgree());
        QCOMPARE(favourites().rowsRead(), readFirst || peek);

        // Unstarring one from the middle, and undoing it.
        const Favourite middle = inStore().at(stored / 2);
        QSignalSpy removed(&favourites(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(favourites().toggleStar(middle.kind, middle.contentId));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), stored / 2);
        QVERIFY(!favourites().isStarred(middle.kind, middle.contentId));
        QVERIFY(countsAgree());
        inserted.clear();
        QCOMPARE(favourites().undoText(), u"Removed from favourites."_s);
        QVERIFY(favourites().undo());
        checkInsertedWhereTheStoreHasIt(inserted, middle.id);
        QCOMPARE(inserted.constFirst().at(1).toInt(), stored / 2);
        QCOMPARE(FavouritesStore(m_app->database()).find(middle.id), std::optional<Favourite>(middle));

        // A note, and a removal by id (as the Favourites page does) undone.
        const Favourite older = inStore().at(stored - 3);
        QVERIFY(favourites().setNote(older.id, u"Ask on a slow Sunday"_s));
        QVERIFY(!favourites().setNote(987654321, u"nobody's"_s));
        removed.clear();
        QVERIFY(favourites().remove(older.id));
        QCOMPARE(removed.constFirst().at(1).toInt(), stored - 3);
        QVERIFY(!favourites().remove(older.id));
        inserted.clear();
        QVERIFY(favourites().undo());
        checkInsertedWhereTheStoreHasIt(inserted, older.id);

        // Undoing a star takes away what was just added.
        QVERIFY(favourites().toggleStar(u"card"_s, m_unstarredCard)); // off
        QVERIFY(favourites().toggleStar(u"card"_s, m_unstarredCard)); // on
        QVERIFY(favourites().undo());
        QVERIFY(!favourites().isStarred(u"card"_s, m_unstarredCard));
        QVERIFY(countsAgree());
        QCOMPARE(favourites().count(), stored);

        // Whenever the rows are read, they are the store's, in its order, with the note.
        const QList<Favourite> rows = shown(favourites());
        QCOMPARE(rows, inStore());
        QCOMPARE(rows.at(rowOfId(rows, older.id)).note, u"Ask on a slow Sunday"_s);
    }

    void exportBeforeTheReadHoldsEveryFavourite()
    {
        const QString path = QDir(m_dir->path()).filePath(u"favourites.json"_s);
        const ActionResult saved = favourites().exportJson(QUrl::fromLocalFile(path));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY2(saved.message.startsWith(u"Saved 1500 favourites"_s), qPrintable(saved.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"favourites"_s).toArray().size(), stored);
        QCOMPARE(favourites().count(), stored);
    }

    void anOwnCardsNewWordsAreKeptBeforeTheRead()
    {
        DeckEditor *editor = m_app->deckEditor();
        QVERIFY(editor->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        const auto fields = [](const QString &text) {
            return QVariantMap{{u"section"_s, u"closeness"_s}, {u"depth"_s, 1}, {u"kind"_s, u"question"_s},
                               {u"answeredBy"_s, u"each"_s}, {u"text"_s, text}};
        };
        QVERIFY(editor->addCard(fields(u"What did {partner} cook that you loved?"_s)).ok);
        const QString cardId = editor->cardAt(0).value(u"cardId"_s).toString();
        QVERIFY(favourites().toggleStar(u"card"_s, cardId));
        QVERIFY(editor->updateCard(0, fields(u"What did {partner} bake that you loved?"_s)).ok);
        QVERIFY(!favourites().rowsRead());
        const Favourite starred = *FavouritesStore(m_app->database()).find(u"card"_s, cardId);
        QCOMPARE(starred.savedText, u"What did your partner bake that you loved?"_s);
        const QList<Favourite> rows = shown(favourites());
        QCOMPARE(rows.at(rowOfId(rows, starred.id)).savedText, starred.savedText);
    }

    // Only a failed read or another writer could make the count and the rows
    // differ; the model then says so with a reset, never with rows appearing
    // unannounced.
    void rowsThatDifferFromTheCountComeWithAReset()
    {
        Favourite behindItsBack{0, u"statement"_s, u"draft-elsewhere"_s, u"Written elsewhere"_s, {}, {}, {}};
        QVERIFY(FavouritesStore(m_app->database()).add(behindItsBack));
        QCOMPARE(favourites().count(), stored);
        QSignalSpy reset(&favourites(), &QAbstractItemModel::modelReset);
        QAbstractItemModelTester tester(&favourites(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(favourites().rowsRead());
        QTRY_COMPARE(reset.size(), 1);
        QCOMPARE(favourites().count(), stored + 1);
        QCOMPARE(shown(favourites()), inStore());
        QVERIFY(favourites().isStarred(u"statement"_s, u"draft-elsewhere"_s));
    }

    void deleteAllAndARestoreStartAfresh()
    {
        QAbstractItemModelTester tester(&favourites(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString backup = QDir(m_dir->path()).filePath(u"backup.json"_s);
        QVERIFY(m_app->exportBackup(QUrl::fromLocalFile(backup)).ok);

        const QList<Favourite> all = inStore();
        QSignalSpy reset(&favourites(), &QAbstractItemModel::modelReset);
        QSignalSpy counted(&favourites(), &FavouritesModel::countChanged);
        QVERIFY(m_app->deleteAllData().ok);
        QCOMPARE(reset.size(), 1);
        QVERIFY(counted.size() >= 1);
        QCOMPARE(favourites().count(), 0);
        QCOMPARE(favourites().rowCount(), 0);
        QVERIFY(!favourites().isStarred(all.constFirst().kind, all.constFirst().contentId));

        QVERIFY(m_app->importBackup(QUrl::fromLocalFile(backup)).ok);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(favourites().count(), stored);
        QVERIFY(favourites().isStarred(all.constLast().kind, all.constLast().contentId));
        QCOMPARE(shown(favourites()), all);
        QCOMPARE(inStore(), all);
    }
};

QTEST_MAIN(TestFavouritesStart)
#include "tst_favouritesstart.moc"
