// SPDX-License-Identifier: GPL-3.0-or-later
// The Library's search as a person types, over the Library as the app
// composes it (AppState over a data folder): the filter remembers what each
// search found and narrows from it while words grow, so here every keystroke,
// erasure, filter change, reload and star is checked against the rows a
// plain test of every row gives, and the models stay correct
// (QAbstractItemModelTester).
#include "appstate.h"
#include "decks/deckeditor.h"
#include "models/favouritesmodel.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Filters
{
    QString promptKind;
    QString sectionId;
    QString deckId;
    int depth = 0;
    QString cardKind;
};

// The rows the Library shows for `search` and `filters`, each row tested on
// its own as the search was defined before it remembered anything.
QStringList expectedRows(const LibraryModel &library, const QString &search, const Filters &filters = {})
{
    const QStringList words = LibraryModel::foldForSearch(search).split(u' ', Qt::SkipEmptyParts);
    QStringList rows;
    for (int row = 0; row < library.rowCount(); ++row) {
        const QModelIndex index = library.index(row);
        const auto is = [&](const QString &wanted, int role) {
            return wanted.isEmpty() || index.data(role).toString() == wanted;
        };
        const QString haystack = index.data(LibraryModel::SearchTextRole).toString();
        if (is(filters.promptKind, LibraryModel::PromptKindRole) && is(filters.sectionId, LibraryModel::SectionIdRole)
            && is(filters.deckId, LibraryModel::DeckIdRole) && is(filters.cardKind, LibraryModel::CardKindRole)
            && (filters.depth == 0 || index.data(LibraryModel::DepthRole).toInt() == filters.depth)
            && std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word); }))
            rows.append(index.data(LibraryModel::PromptKindRole).toString() + u'/'
                        + index.data(LibraryModel::ContentIdRole).toString());
    }
    return rows;
}

QStringList shownRows(const LibraryFilterModel &filter)
{
    QStringList rows;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex index = filter.index(row, 0);
        rows.append(index.data(LibraryModel::PromptKindRole).toString() + u'/'
                    + index.data(LibraryModel::ContentIdRole).toString());
    }
    return rows;
}

// What typing `phrase` letter by letter from `start` passes through, then erasing it back to `start`.
QStringList typedAndErased(const QString &start, const QString &phrase)
{
    QStringList steps;
    for (qsizetype length = 1; length <= phrase.size(); ++length)
        steps.append(start + phrase.left(length));
    for (qsizetype length = phrase.size() - 1; length >= 0; --length)
        steps.append(start + phrase.left(length));
    return steps;
}

// The fold as it was before it had a fast path for plain text: the reference.
QString foldedThoroughly(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    folded.replace(u'\u2019', u'\'').replace(u'\u2018', u'\'');
    return folded.toCaseFolded();
}

} // namespace

class TestLibrarySearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    std::unique_ptr<LibraryFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    std::unique_ptr<QAbstractItemModelTester> m_libraryTester;

    LibraryModel &library() { return *m_app->library(); }

    // Types each step into the filter and checks it shows what a fresh test of every row shows.
    void typeAndCheck(const QStringList &steps, const Filters &filters = {})
    {
        for (const QString &text : steps) {
            m_filter->setSearchText(text);
            QCOMPARE(shownRows(*m_filter), expectedRows(library(), text, filters));
            QCOMPARE(m_filter->count(), m_filter->rowCount());
        }
    }

    QString addOwnDeck(const QStringList &texts)
    {
        DeckEditor *editor = m_app->deckEditor();
        if (!editor->createDeck(u"Our own words"_s, u"Written at home."_s, u"warm"_s).ok)
            return {};
        for (const QString &text : texts) {
            const QVariantMap fields{{u"section"_s, u"closeness"_s}, {u"depth"_s, 2}, {u"kind"_s, u"question"_s},
                                     {u"answeredBy"_s, u"each"_s},   {u"text"_s, text},
                                     {u"followUps"_s, QStringList{}}, {u"listenerHint"_s, QString()}};
            if (!editor->addCard(fields).ok)
                return {};
        }
        return editor->deckId();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->saving());
        m_filter = std::make_unique<LibraryFilterModel>();
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_libraryTester = std::make_unique<QAbstractItemModelTester>(
            m_app->library(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->setSourceModel(m_app->library());
        QVERIFY(library().rowCount() > 100);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_filter.reset();
        m_libraryTester.reset();
        m_app.reset();
        m_dir.reset();
    }

    void typingAndErasingShowWhatEveryRowSays()
    {
        typeAndCheck(typedAndErased({}, u"listen to each other"_s));
        typeAndCheck(typedAndErased({}, u"your partner  feel"_s));
        // Words grown at the front, or one word split in two, are not narrowing: still right.
        typeAndCheck({u"art"_s, u"part"_s, u"partner"_s, u"part ner"_s, u"partner"_s, u"ner"_s, u""_s});
    }

    void changingAFilterMidWordKeepsTheSearch()
    {
        typeAndCheck({u"t"_s, u"ti"_s, u"tim"_s});
        Filters filters;
        filters.promptKind = u"card"_s;
        m_filter->setPromptKind(filters.promptKind);
        QCOMPARE(shownRows(*m_filter), expectedRows(library(), u"tim"_s, filters));
        typeAndCheck({u"time"_s, u"time "_s, u"time t"_s}, filters);
        filters.depth = 2;
        m_filter->setDepth(filters.depth);
        typeAndCheck({u"time to"_s, u"time t"_s, u"time"_s, u"tim"_s}, filters);
        filters = {};
        filters.sectionId = m_app->content().sections().constFirst().id;
        filters.cardKind = u"question"_s;
        m_filter->setPromptKind({});
        m_filter->setDepth(0);
        m_filter->setSectionId(filters.sectionId);
        m_filter->setCardKind(filters.cardKind);
        typeAndCheck(typedAndErased(u"tim"_s, u"e together"_s), filters);
    }

    // A deck of their own written while a search is on: the Library is read
    // again (a reset) and the search, narrowed on, finds the new cards.
    void aReloadWhileSearchingFindsTheNewCards()
    {
        typeAndCheck({u"q"_s, u"qu"_s, u"qui"_s});
        const int before = m_filter->count();
        QSignalSpy reset(&library(), &QAbstractItemModel::modelReset);
        const QString deckId = addOwnDeck({u"What quiet morning would you like to share?"_s});
        QVERIFY(!deckId.isEmpty());
        QVERIFY(reset.count() >= 1);
        QCOMPARE(shownRows(*m_filter), expectedRows(library(), u"qui"_s));
        QCOMPARE(m_filter->count(), before + 1);
        typeAndCheck({u"quie"_s, u"quiet"_s, u"quiet m"_s, u"quiet mo"_s, u"quiet"_s, u"qui"_s, u""_s});
        m_filter->setSearchText(u"quiet morning"_s);
        QCOMPARE(shownRows(*m_filter), QStringList{u"card/"_s + m_app->content().deck(deckId)->cardIds.constFirst()});
    }

    // Accents and curly quotes are ignored both ways, typed or written.
    void accentsAndQuotesMatchEitherWay()
    {
        QVERIFY(!addOwnDeck({u"Which café did you love as a teenager?"_s, u"What’s a naïve wish you still keep?"_s,
                             u"Where is the cafe you would go back to?"_s})
                     .isEmpty());
        for (const QString &typed : {u"cafe"_s, u"CAFÉ"_s, u"café"_s}) {
            typeAndCheck({typed.left(3), typed});
            QCOMPARE(m_filter->count(), 2);
            typeAndCheck({typed.left(3), {}});
        }
        for (const QString &typed : {u"what's naive"_s, u"what’s naïve"_s, u"WHAT'S NAÏVE"_s}) {
            typeAndCheck(typedAndErased({}, typed));
            m_filter->setSearchText(typed);
            QCOMPARE(m_filter->count(), 1);
        }
    }

    // Starring a shown card changes its star, not what is shown.
    void starringWhileFilteredKeepsTheRows()
    {
        typeAndCheck({u"l"_s, u"li"_s, u"lis"_s, u"list"_s});
        const QStringList shown = shownRows(*m_filter);
        QVERIFY(shown.size() > 1);
        const QModelIndex first = m_filter->index(0, 0);
        const QString kind = first.data(LibraryModel::PromptKindRole).toString();
        const QString id = first.data(LibraryModel::ContentIdRole).toString();
        QSignalSpy changed(m_filter.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_app->favourites()->toggleStar(kind, id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_filter->index(0, 0).data(LibraryModel::StarredRole).toBool());
        QCOMPARE(shownRows(*m_filter), shown);
        typeAndCheck({u"liste"_s, u"listen"_s, u"list"_s, u"lis"_s});
        QVERIFY(m_app->favourites()->toggleStar(kind, id));
        QVERIFY(!m_filter->index(0, 0).data(LibraryModel::StarredRole).toBool());
        typeAndCheck({u"list"_s, u"listen"_s});
    }

    // The fast fold for plain text gives what the thorough one gives.
    void theFoldIsTheSameForEveryKindOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"What MADE you smile, this week? (42)"_s;
        QTest::newRow("curly quotes") << u"‘Who’s there?’ she asked"_s;
        QTest::newRow("accents") << u"Zoë’s CAFÉ, crème brûlée"_s;
        QTest::newRow("combining mark") << u"cafe\u0301"_s;
        QTest::newRow("sharp s") << u"Straße"_s;
        QTest::newRow("ligature") << u"ﬁne ﬂowers"_s;
        QTest::newRow("no-break space") << u"close\u00A0by"_s;
        QTest::newRow("greek") << u"ΑΓΆΠΗ"_s;
        QTest::newRow("dotted capital i") << u"İstanbul"_s;
        QTest::newRow("emoji") << u"hearts \U0001F496 here"_s;
        QTest::newRow("curly double quotes") << u"“yes”"_s;
        QTest::newRow("empty") << QString();
    }

    void theFoldIsTheSameForEveryKindOfText()
    {
        QFETCH(QString, text);
        QCOMPARE(LibraryModel::foldForSearch(text), foldedThoroughly(text));
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
