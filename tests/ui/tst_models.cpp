// SPDX-License-Identifier: GPL-3.0-or-later
// The list models behind the Library and Favourites pages: correct as models
// (QAbstractItemModelTester), and doing what a person expects of them.
#include "content/contentrepository.h"
#include "friendlydate.h"
#include "models/favouritesfiltermodel.h"
#include "models/favouritesmodel.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"
#include "storage/database.h"
#include "storage/favouritesstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
    }

    void init()
    {
        m_database = std::make_unique<Database>();
        m_database->open({});
        m_store = std::make_unique<FavouritesStore>(*m_database);
        m_favourites = std::make_unique<FavouritesModel>(*m_store, m_content, *m_database);
        m_library = std::make_unique<LibraryModel>(m_content, m_favourites.get());
        m_favouritesTester = std::make_unique<QAbstractItemModelTester>(m_favourites.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_libraryTester = std::make_unique<QAbstractItemModelTester>(m_library.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_libraryTester.reset();
        m_favouritesTester.reset();
        m_library.reset();
        m_favourites.reset();
        m_store.reset();
        m_database.reset();
    }

    void daysAreSaidAsAPersonWould()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QDate today(2026, 11, 26); // a Thursday
        QCOMPARE(FriendlyDate::day(today, today, english), u"today"_s);
        QCOMPARE(FriendlyDate::day(today.addDays(-1), today, english), u"yesterday"_s);
        QCOMPARE(FriendlyDate::day(today.addDays(-3), today, english), u"on Monday"_s);
        QCOMPARE(FriendlyDate::day(QDate(2026, 3, 3), today, english), u"on 3 March"_s);
        QCOMPARE(FriendlyDate::day(QDate(2025, 11, 25), today, english), u"on 25 November 2025"_s);
        QCOMPARE(FriendlyDate::day(QDate(), today, english), QString());
        // On its own, as a heading starts: its own whole words, not a capital added in QML.
        const auto alone = FriendlyDate::Use::OnItsOwn;
        QCOMPARE(FriendlyDate::day(today, today, english, alone), u"Today"_s);
        QCOMPARE(FriendlyDate::day(today.addDays(-1), today, english, alone), u"Yesterday"_s);
        QCOMPARE(FriendlyDate::day(today.addDays(-3), today, english, alone), u"On Monday"_s);
        QCOMPARE(FriendlyDate::day(QDate(2025, 11, 25), today, english, alone), u"On 25 November 2025"_s);
    }

    void theLibraryHoldsEveryPrompt()
    {
        const qsizetype expected = m_content.cards().size() + m_content.journalPrompts().size()
                                   + m_content.drills().size() + m_content.rituals().size();
        QCOMPARE(m_library->rowCount(), expected);
        // Cards come first, in the guide's order: the first belongs to its first part.
        const QModelIndex first = m_library->index(0);
        QCOMPARE(first.data(LibraryModel::PromptKindRole).toString(), u"card"_s);
        QCOMPARE(first.data(LibraryModel::SectionIdRole).toString(), m_content.sections().constFirst().id);
    }

    void starringIsOneCallAndUndoable()
    {
        const Card &card = m_content.cards().constFirst();
        QSignalSpy inserted(m_favourites.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy starChanged(m_favourites.get(), &FavouritesModel::starChanged);
        QSignalSpy libraryChanged(m_library.get(), &QAbstractItemModel::dataChanged);

        QVERIFY(m_favourites->toggleStar(u"card"_s, card.id));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(starChanged.count(), 1);
        QCOMPARE(starChanged.constFirst().at(1).toString(), card.id);
        QVERIFY(m_favourites->isStarred(u"card"_s, card.id));
        QCOMPARE(libraryChanged.count(), 1);
        const QModelIndex changed = libraryChanged.constFirst().at(0).toModelIndex();
        QCOMPARE(changed.data(LibraryModel::ContentIdRole).toString(), card.id);
        QVERIFY(changed.data(LibraryModel::StarredRole).toBool());

        // What was starred is what the card says, and it is on disk.
        QCOMPARE(m_favourites->index(0).data(FavouritesModel::TextRole).toString(), card.text);
        QVERIFY(m_store->find(u"card"_s, card.id));

        QVERIFY(m_favourites->canUndo());
        QVERIFY(m_favourites->undo());
        QVERIFY(!m_favourites->isStarred(u"card"_s, card.id));
        QCOMPARE(m_favourites->rowCount(), 0);
        QVERIFY(!m_favourites->canUndo());
    }

    void removingCanBeUndoneWithTheNoteIntact()
    {
        const JournalPrompt &prompt = m_content.journalPrompts().constFirst();
        QVERIFY(m_favourites->toggleStar(u"journal"_s, prompt.id));
        const qint64 id = m_favourites->index(0).data(FavouritesModel::FavouriteIdRole).toLongLong();
        QSignalSpy noteChanged(m_favourites.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_favourites->setNote(id, u"Sunday mornings"_s));
        QCOMPARE(noteChanged.count(), 1);
        QCOMPARE(m_store->find(u"journal"_s, prompt.id)->note, u"Sunday mornings"_s);

        QSignalSpy removed(m_favourites.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_favourites->remove(id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_favourites->undoText(), u"Removed from favourites."_s);
        QVERIFY(m_favourites->undo());
        QCOMPARE(m_favourites->rowCount(), 1);
        QCOMPARE(m_favourites->index(0).data(FavouritesModel::FavouriteIdRole).toLongLong(), id);
        QCOMPARE(m_favourites->index(0).data(FavouritesModel::NoteRole).toString(), u"Sunday mornings"_s);
    }

    void aFavouriteWhoseContentIsGoneIsKept()
    {
        Favourite orphan;
        orphan.kind = u"card"_s;
        orphan.contentId = u"retired-99"_s;
        orphan.savedText = u"A card Hearth no longer has"_s;
        orphan.section = u"roadblocks"_s;
        QVERIFY(m_store->add(orphan));
        m_favourites->reload();
        QCOMPARE(m_favourites->rowCount(), 1);
        const QModelIndex row = m_favourites->index(0);
        QCOMPARE(row.data(FavouritesModel::TextRole).toString(), orphan.savedText);
        QVERIFY(!row.data(FavouritesModel::ContentExistsRole).toBool());
        QVERIFY(!row.data(FavouritesModel::SectionTitleRole).toString().isEmpty());
    }

    void libraryFiltersCombine()
    {
        LibraryFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_library.get());
        QCOMPARE(filter.count(), m_library->rowCount());

        filter.setPromptKind(u"card"_s);
        QCOMPARE(filter.count(), m_content.cards().size());
        filter.setSectionId(u"listening"_s);
        filter.setDepth(3);
        QVERIFY(filter.count() > 0);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex idx = filter.index(row, 0);
            QCOMPARE(idx.data(LibraryModel::SectionIdRole).toString(), u"listening"_s);
            QCOMPARE(idx.data(LibraryModel::DepthRole).toInt(), 3);
        }
        filter.setPromptKind({});
        filter.setSectionId({});
        filter.setDepth(0);
        filter.setDeckId(m_content.decks().constFirst().id);
        QCOMPARE(filter.count(), m_content.decks().constFirst().cardIds.size());
    }

    void librarySearchMatchesEveryWordAnywhere()
    {
        LibraryFilterModel filter;
        filter.setSourceModel(m_library.get());
        const Card &card = m_content.cards().at(10);
        // Two words from the card, out of order and in capitals, find it.
        const QStringList words = card.text.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(words.size() >= 3);
        filter.setSearchText(words.at(2).toUpper() + u"  "_s + words.at(0));
        QVERIFY(filter.count() >= 1);
        bool found = false;
        for (int row = 0; row < filter.rowCount(); ++row)
            found |= filter.index(row, 0).data(LibraryModel::ContentIdRole).toString() == card.id;
        QVERIFY(found);
        filter.setSearchText(u"zzzz-no-such-words"_s);
        QCOMPARE(filter.count(), 0);
    }

    void searchFoldsAccentsAndQuotes()
    {
        QCOMPARE(LibraryModel::foldForSearch(u"Zoë’s CAFÉ"_s), u"zoe's cafe"_s);
    }

    // Search words are marked in results as the search matched them: any case,
    // any accents, every word; the rest is escaped, never read as markup.
    void searchWordsAreHighlighted()
    {
        const QColor tint(u"#9C4626"_s);
        const QString open = u"<b><font color=\"#9c4626\">"_s;
        const QString close = u"</font></b>"_s;
        QCOMPARE(SearchFilterModel::highlightedText(u"Zoë’s café <b>&</b> you"_s, u"CAFE zoe's"_s, tint),
                 open + u"Zoë’s"_s + close + u" "_s + open + u"café"_s + close + u" &lt;b&gt;&amp;&lt;/b&gt; you"_s);
        // Overlapping and repeated words make one mark each run.
        QCOMPARE(SearchFilterModel::highlightedText(u"always, always"_s, u"alw ways"_s, tint),
                 open + u"always"_s + close + u", "_s + open + u"always"_s + close);
        QCOMPARE(SearchFilterModel::highlightedText(u"a < b"_s, u""_s, tint), u"a &lt; b"_s);
        QCOMPARE(SearchFilterModel::highlightedText(u"nothing here"_s, u"zzz"_s, tint), u"nothing here"_s);
        // The same through the filter model, as QML calls it.
        LibraryFilterModel filter;
        QCOMPARE(filter.highlighted(u"Listen"_s, u"list"_s, tint), open + u"List"_s + close + u"en"_s);
    }

    void favouritesSearchNotesFilterAndSort()
    {
        QVERIFY(m_favourites->toggleStar(u"card"_s, m_content.cards().constLast().id));
        QVERIFY(m_favourites->toggleStar(u"journal"_s, m_content.journalPrompts().constFirst().id));
        QVERIFY(m_favourites->toggleStar(u"ritual"_s, m_content.rituals().constFirst().id));
        const qint64 journalId = m_store->find(u"journal"_s, m_content.journalPrompts().constFirst().id)->id;
        QVERIFY(m_favourites->setNote(journalId, u"Try this one by the sea"_s));

        FavouritesFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_favourites.get());
        QCOMPARE(filter.count(), 3);
        filter.setSearchText(u"SEA"_s);
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.index(0, 0).data(FavouritesModel::PromptKindRole).toString(), u"journal"_s);
        filter.setSearchText({});
        filter.setPromptKind(u"ritual"_s);
        QCOMPARE(filter.count(), 1);
        filter.setPromptKind({});

        filter.setSortBy(FavouritesFilterModel::BySection);
        int previous = -1;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const int order = filter.index(row, 0).data(FavouritesModel::SectionOrderRole).toInt();
            QVERIFY(order >= previous);
            previous = order;
        }
    }

    void exportAndImportThroughTheModel()
    {
        QVERIFY(m_favourites->toggleStar(u"card"_s, m_content.cards().constFirst().id));
        QVERIFY(m_favourites->toggleStar(u"drill"_s, m_content.drills().constFirst().id));
        QTemporaryDir dir;
        const QUrl json = QUrl::fromLocalFile(dir.filePath(u"favourites.json"_s));
        const QUrl markdown = QUrl::fromLocalFile(dir.filePath(u"favourites.md"_s));
        QVERIFY(m_favourites->exportJson(json).message.startsWith(u"Saved 2 favourites"_s));
        QVERIFY(m_favourites->exportMarkdown(markdown).message.startsWith(u"Saved 2 favourites"_s));
        QCOMPARE(QFile::permissions(json.toLocalFile()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        QVERIFY(m_favourites->remove(m_favourites->index(0).data(FavouritesModel::FavouriteIdRole).toLongLong()));
        QCOMPARE(m_favourites->rowCount(), 1);
        QSignalSpy reset(m_favourites.get(), &QAbstractItemModel::modelReset);
        const QString message = m_favourites->importJson(json).message;
        QCOMPARE(message, u"Added 1 favourite. 1 was already here."_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_favourites->rowCount(), 2);
        const ActionResult missing = m_favourites->importJson(QUrl::fromLocalFile(dir.filePath(u"missing.json"_s)));
        QVERIFY(!missing.ok);
        QVERIFY2(missing.message.contains(u"missing.json"_s), qPrintable(missing.message));
    }

private:
    ContentRepository m_content;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FavouritesStore> m_store;
    std::unique_ptr<FavouritesModel> m_favourites;
    std::unique_ptr<LibraryModel> m_library;
    std::unique_ptr<QAbstractItemModelTester> m_favouritesTester;
    std::unique_ptr<QAbstractItemModelTester> m_libraryTester;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
