// SPDX-License-Identifier: GPL-3.0-or-later
// The deck editor as the app composes it (AppState over a data folder):
// correct as models (QAbstractItemModelTester), saying what the loader says,
// and the decks it writes shown everywhere decks are, after a restart too.
#include "appstate.h"
#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVariantMap cardFields(const QString &text, const QVariantMap &changes = {})
{
    QVariantMap fields{{u"section"_s, u"closeness"_s}, {u"depth"_s, 1},     {u"kind"_s, u"question"_s},
                       {u"answeredBy"_s, u"each"_s},   {u"text"_s, text}, {u"followUps"_s, QStringList{}},
                       {u"listenerHint"_s, QString()}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

// What the loader says about the field `key` of a deck file's only card when it holds `value`.
QString loaderMessage(const QString &key, const QVariant &value)
{
    QJsonObject card{{u"id"_s, u"c"_s},        {u"section"_s, u"closeness"_s}, {u"depth"_s, 1},
                     {u"kind"_s, u"question"_s}, {u"answeredBy"_s, u"each"_s},   {u"text"_s, u"A question of our own?"_s}};
    card.insert(key, QJsonValue::fromVariant(value));
    const QJsonObject deck{{u"format"_s, u"hearth-deck"_s}, {u"version"_s, 1},         {u"id"_s, u"t"_s},
                           {u"title"_s, u"T"_s},            {u"description"_s, u"A deck."_s}, {u"mood"_s, u"warm"_s},
                           {u"cards"_s, QJsonArray{card}}};
    ContentRepository reference;
    reference.loadDirectory(ContentRepository::builtInRoot());
    ContentRepository loaded;
    loaded.loadSources({{u"decks/t.json"_s, QJsonDocument(deck).toJson()}}, &reference);
    for (const ContentError &error : loaded.errors()) {
        if (error.where == u"cards[0]."_s + key)
            return error.message;
    }
    return {};
}

} // namespace

class TestDeckEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_deckTester;
    std::unique_ptr<QAbstractItemModelTester> m_cardTester;

    DeckEditor *editor() { return m_app->deckEditor(); }

    void start()
    {
        m_cardTester.reset();
        m_deckTester.reset();
        m_app.reset();
        m_app = std::make_unique<AppState>(m_dir->path());
        m_deckTester = std::make_unique<QAbstractItemModelTester>(editor()->decks(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_cardTester = std::make_unique<QAbstractItemModelTester>(editor()->cards(),
                                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    QStringList cardTexts()
    {
        QStringList texts;
        for (int row = 0; row < editor()->cards()->rowCount(); ++row)
            texts.append(editor()->cards()->index(row).data(DeckCardsModel::TextRole).toString());
        return texts;
    }

    QModelIndex libraryRow(const QString &text)
    {
        const auto found = m_app->library()->match(m_app->library()->index(0), LibraryModel::TextRole, text, 1,
                                                   Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.constFirst();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        start();
        QVERIFY(m_app->saving());
    }

    void cleanup()
    {
        m_cardTester.reset();
        m_deckTester.reset();
        m_app.reset();
        m_dir.reset();
    }

    void aDeckWrittenHereIsShownEverywhere()
    {
        QSignalSpy decksChanged(m_app.get(), &AppState::decksChanged);
        const ActionResult made = editor()->createDeck(u"Sunday questions"_s, u"For slow mornings."_s, u"warm"_s);
        QVERIFY2(made.ok, qPrintable(made.message));
        QCOMPARE(editor()->decks()->rowCount(), 1);
        QCOMPARE(editor()->title(), u"Sunday questions"_s);
        const QString deckId = editor()->deckId();
        QVERIFY(deckId.startsWith(u"ours."_s));
        // A deck without cards is nothing to choose in Together yet.
        const auto choiceOf = [&] {
            for (const QVariant &choice : m_app->deckChoices()) {
                if (choice.toMap().value(u"value"_s) == deckId)
                    return choice.toMap();
            }
            return QVariantMap();
        };
        QVERIFY(choiceOf().isEmpty());

        QVERIFY(editor()->addCard(cardFields(u"What made you smile this week?"_s)).ok);
        QVERIFY(editor()->addCard(cardFields(u"What would {partner} love to hear more often?"_s,
                                             {{u"followUps"_s, QStringList{u"Why that?"_s}}})).ok);
        QVERIFY(decksChanged.size() >= 3);
        QCOMPARE(cardTexts(), (QStringList{u"What made you smile this week?"_s,
                                           u"What would {partner} love to hear more often?"_s}));
        QCOMPARE(choiceOf().value(u"origin"_s).toString(), u"ours"_s);
        QCOMPARE(choiceOf().value(u"text"_s).toString(), u"Sunday questions"_s);

        const Deck *deck = m_app->content().deck(deckId);
        QVERIFY(deck);
        QCOMPARE(deck->origin, DeckOrigin::Ours);
        QCOMPARE(deck->cardIds.size(), 2);
        const QModelIndex row = libraryRow(u"What would your partner love to hear more often?"_s);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(LibraryModel::DeckOriginRole).toString(), u"ours"_s);
        QCOMPARE(row.data(LibraryModel::DeckTitleRole).toString(), u"Sunday questions"_s);
        QCOMPARE(libraryRow(u"What made you smile this week?"_s).data(LibraryModel::DeckOriginRole).toString(),
                 u"ours"_s);

        // Kept on disk: the next start shows them the same way.
        start();
        QCOMPARE(editor()->decks()->rowCount(), 1);
        QVERIFY(libraryRow(u"What made you smile this week?"_s).isValid());
        QVERIFY(m_app->content().deck(deckId));
        QCOMPARE(m_app->content().deck(deckId)->cardIds.size(), 2);
        editor()->openDeck(deckId);
        QCOMPARE(cardTexts().size(), 2);
    }

    void theSpeakerSeesTheListenersName()
    {
        QVERIFY(m_app->together()->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        QVERIFY(editor()->addCard(cardFields(u"What did {partner} do that you were glad of?"_s,
                                             {{u"listenerHint"_s, u"Let {partner} finish."_s}})).ok);
        SessionController *together = m_app->together();
        QVERIFY(together->start(u"decks"_s, {editor()->deckId()}, 1, 1, 0, true));
        const QString listener = together->names().at(together->listener());
        const QString speaker = together->names().at(together->speaker());
        QCOMPARE(together->cardText(), u"What did %1 do that you were glad of?"_s.arg(listener));
        QCOMPARE(together->listenerHint(), u"Let %1 finish."_s.arg(speaker));
    }

    void validationSaysWhatTheLoaderSays_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("depth") << u"depth"_s << QVariant(4);
        QTest::newRow("kind") << u"kind"_s << QVariant(u"chat"_s);
        QTest::newRow("answeredBy") << u"answeredBy"_s << QVariant(u"all"_s);
        QTest::newRow("section") << u"section"_s << QVariant(u"nowhere"_s);
        QTest::newRow("text") << u"text"_s << QVariant(u"   "_s);
        QTest::newRow("placeholder") << u"text"_s << QVariant(u"Ask {name} about it?"_s);
    }

    void validationSaysWhatTheLoaderSays()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        const QString expected = loaderMessage(field, value);
        QVERIFY2(!expected.isEmpty(), "the loader has a message for it");
        const QVariantMap problems = editor()->checkCard(cardFields(u"A question of our own?"_s, {{field, value}}));
        QVERIFY2(problems.value(field).toString().contains(expected) || expected.contains(problems.value(field).toString()),
                 qPrintable(problems.value(field).toString() + u" / "_s + expected));
        QVERIFY(!problems.value(field).toString().isEmpty());
        // Nothing with a problem is saved.
        QVERIFY(!editor()->addCard(cardFields(u"A question of our own?"_s, {{field, value}})).ok);
        QCOMPARE(editor()->cards()->rowCount(), 0);
        QVERIFY(editor()->checkCard(cardFields(u"A question of our own?"_s)).isEmpty());
    }

    void aFollowUpsMessageLandsBesideItsBox()
    {
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        const QVariantMap problems = editor()->checkCard(
            cardFields(u"A question of our own?"_s, {{u"followUps"_s, QStringList{QString(), u"Ask {name}?"_s, QString()}}}));
        QVERIFY2(problems.contains(u"followUps[1]"_s), qPrintable(problems.keys().join(u", "_s)));
        QCOMPARE(problems.size(), 1);
    }

    void cardsMoveAndADeleteCanBeUndone()
    {
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        for (const QString &text : {u"First question?"_s, u"Second question?"_s, u"Third question?"_s})
            QVERIFY(editor()->addCard(cardFields(text)).ok);
        const QString deckId = editor()->deckId();

        QCOMPARE(editor()->moveCard(0, 1), 1);
        QCOMPARE(cardTexts(), (QStringList{u"Second question?"_s, u"First question?"_s, u"Third question?"_s}));
        QCOMPARE(editor()->moveCard(0, -1), -1); // already first
        QCOMPARE(editor()->moveCard(2, 1), -1);  // already last
        QCOMPARE(m_app->content().card(m_app->content().deck(deckId)->cardIds.constFirst())->text, u"Second question?"_s);

        const QString starred = editor()->cardAt(1).value(u"cardId"_s).toString();
        QVERIFY(m_app->favourites()->toggleStar(u"card"_s, starred));
        QSignalSpy undoChanged(editor(), &DeckEditor::undoChanged);
        QVERIFY(editor()->removeCard(1));
        QVERIFY(editor()->canUndo());
        QVERIFY2(editor()->undoText().contains(u"First question?"_s), qPrintable(editor()->undoText()));
        QCOMPARE(cardTexts(), (QStringList{u"Second question?"_s, u"Third question?"_s}));
        QVERIFY(!m_app->content().card(starred));
        QVERIFY(m_app->favourites()->isStarred(u"card"_s, starred)); // the star stays, with its words

        QVERIFY(editor()->undo());
        QVERIFY(!editor()->canUndo());
        QCOMPARE(undoChanged.size(), 2);
        QCOMPARE(cardTexts(), (QStringList{u"Second question?"_s, u"First question?"_s, u"Third question?"_s}));
        QCOMPARE(editor()->cardAt(1).value(u"cardId"_s).toString(), starred);
        QVERIFY(m_app->content().card(starred));

        start(); // the order is kept on disk
        editor()->openDeck(deckId);
        QCOMPARE(cardTexts(), (QStringList{u"Second question?"_s, u"First question?"_s, u"Third question?"_s}));
    }

    void aStarSurvivesAnEditAndShowsTheNewWords()
    {
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        QVERIFY(editor()->addCard(cardFields(u"What did {partner} cook that you loved?"_s)).ok);
        const QString cardId = editor()->cardAt(0).value(u"cardId"_s).toString();
        QVERIFY(m_app->favourites()->toggleStar(u"card"_s, cardId));
        const auto favouriteText = [&] {
            return m_app->favourites()->index(0).data(FavouritesModel::TextRole).toString();
        };
        QCOMPARE(favouriteText(), u"What did your partner cook that you loved?"_s);

        QVERIFY(editor()->updateCard(0, cardFields(u"What did {partner} bake that you loved?"_s)).ok);
        QVERIFY(m_app->favourites()->isStarred(u"card"_s, cardId));
        QCOMPARE(favouriteText(), u"What did your partner bake that you loved?"_s);
        QVERIFY(m_app->favourites()->index(0).data(FavouritesModel::ContentExistsRole).toBool());
        start();
        QCOMPARE(favouriteText(), u"What did your partner bake that you loved?"_s);
    }

    void deletingADeckLeavesTheBuiltInContentAlone()
    {
        const qsizetype builtInDecks = m_app->content().decks().size();
        const int libraryRows = m_app->library()->rowCount();
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        QVERIFY(editor()->addCard(cardFields(u"A question to let go of?"_s)).ok);
        QCOMPARE(m_app->library()->rowCount(), libraryRows + 1);
        QVERIFY(editor()->removeCard(0));
        QVERIFY(editor()->canUndo());
        const ActionResult removed = editor()->removeDeck(editor()->deckId());
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QVERIFY(!editor()->canUndo()); // its card has nowhere to go back to
        QVERIFY(editor()->deckId().isEmpty());
        QCOMPARE(editor()->decks()->rowCount(), 0);
        QCOMPARE(m_app->content().decks().size(), builtInDecks);
        QCOMPARE(m_app->library()->rowCount(), libraryRows);
    }

    void aPackWithProblemsIsShownWithItsPlacesAndNothingIsSaved()
    {
        const QString broken = QStringLiteral(HEARTH_TEST_DATA) + u"/packs/broken/bad-depth.json"_s;
        QSignalSpy decksChanged(m_app.get(), &AppState::decksChanged);
        const QVariantMap result = editor()->packs()->importFile(QUrl::fromLocalFile(broken)).toMap();
        QVERIFY(!result.value(u"ok"_s).toBool());
        const QStringList problems = result.value(u"problems"_s).toStringList();
        QVERIFY2(problems.contains(u"bad-depth.json: cards[3].depth: must be 1, 2 or 3"_s), qPrintable(problems.join(u'\n')));
        QVERIFY2(result.value(u"message"_s).toString().contains(u"nothing was saved"_s),
                 qPrintable(result.value(u"message"_s).toString()));
        QCOMPARE(editor()->decks()->rowCount(), 0);
        QCOMPARE(decksChanged.size(), 0);
        QVERIFY(!editor()->packs()->importFile(QUrl()).toMap().value(u"ok"_s).toBool());
    }

    void aDeckExportedAndImportedComesBackAsAPack()
    {
        QVERIFY(editor()->createDeck(u"Sunday walks"_s, u"For slow Sundays."_s, u"warm"_s).ok);
        QVERIFY(editor()->addCard(cardFields(u"Where would you walk with {partner} next?"_s)).ok);
        QVERIFY(editor()->addCard(cardFields(u"What did the last walk give you?"_s, {{u"depth"_s, 2}})).ok);
        const QString ours = editor()->deckId();
        QCOMPARE(editor()->packs()->suggestedStem(ours), u"sunday-walks"_s);
        const QString file = QDir(m_dir->path()).filePath(u"sunday-walks.json"_s);
        const ActionResult saved = editor()->packs()->exportDeck(ours, QUrl::fromLocalFile(file));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(QFile::exists(file));

        const QVariantMap loaded = editor()->packs()->importFile(QUrl::fromLocalFile(file)).toMap();
        QVERIFY2(loaded.value(u"ok"_s).toBool(), qPrintable(loaded.value(u"message"_s).toString()));
        const QString packDeck = loaded.value(u"deckId"_s).toString();
        QVERIFY(packDeck.startsWith(u"pack."_s));
        QCOMPARE(editor()->decks()->rowCount(), 2);
        QCOMPARE(editor()->deckId(), packDeck); // opened, to see what came in
        QCOMPARE(editor()->decks()->index(1).data(DeckListModel::SourceRole).toString(), u"pack"_s);
        QCOMPARE(cardTexts(), (QStringList{u"Where would you walk with {partner} next?"_s,
                                           u"What did the last walk give you?"_s}));
        const Deck *deck = m_app->content().deck(packDeck);
        QVERIFY(deck);
        QCOMPARE(deck->origin, DeckOrigin::Pack);
        QStringList origins;
        for (const QModelIndex &row : m_app->library()->match(m_app->library()->index(0), LibraryModel::TextRole,
                                                               u"What did the last walk give you?"_s, -1,
                                                               Qt::MatchExactly))
            origins.append(row.data(LibraryModel::DeckOriginRole).toString());
        origins.sort();
        QCOMPARE(origins, (QStringList{u"ours"_s, u"pack"_s})); // theirs, and the pack made of it

        // The same pack again updates that deck rather than adding a second.
        const QVariantMap again = editor()->packs()->importFile(QUrl::fromLocalFile(file)).toMap();
        QVERIFY(again.value(u"ok"_s).toBool());
        QCOMPARE(editor()->decks()->rowCount(), 2);
        QVERIFY2(again.value(u"message"_s).toString().contains(u"nothing changed"_s),
                 qPrintable(again.value(u"message"_s).toString()));
    }

    void deckFieldsAreCheckedToo()
    {
        QVERIFY(!editor()->checkDeck(QString(), QString(), u"warm"_s).value(u"title"_s).toString().isEmpty());
        QVERIFY(!editor()->checkDeck(u"Ours"_s, QString(), u"gloomy"_s).value(u"mood"_s).toString().isEmpty());
        QVERIFY(!editor()->createDeck(QString(), QString(), u"warm"_s).ok);
        QCOMPARE(editor()->decks()->rowCount(), 0);
        QVERIFY(editor()->createDeck(u"Ours"_s, QString(), u"warm"_s).ok);
        QVERIFY(editor()->updateDeck(u"Still ours"_s, u"Now with words."_s, u"playful"_s).ok);
        QCOMPARE(editor()->title(), u"Still ours"_s);
        QCOMPARE(editor()->mood(), u"playful"_s);
        QCOMPARE(editor()->decks()->index(0).data(DeckListModel::TitleRole).toString(), u"Still ours"_s);
    }
};

QTEST_MAIN(TestDeckEditor)
#include "tst_deckeditor.moc"
