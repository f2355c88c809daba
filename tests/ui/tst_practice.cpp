// SPDX-License-Identifier: GPL-3.0-or-later
// The C++ half of the Practice page, without a window: the coach as QML sees
// it, the underlines the highlighter puts on a document, the vocabulary
// pickers, drafts with their stars, the builder, and the drills' progress.
#include "coach/coachcontroller.h"
#include "coach/coachhighlighter.h"
#include "content/contentrepository.h"
#include "models/draftsmodel.h"
#include "models/drillsmodel.h"
#include "models/favouritesmodel.h"
#include "models/journalmodel.h"
#include "models/vocabularyfiltermodel.h"
#include "models/vocabularymodel.h"
#include "practice/buildercontroller.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/drillprogressstore.h"
#include "storage/workinprogressstore.h"
#include "storage/favouritesstore.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

// The underlined spans of one paragraph: {start, length, kind}.
struct Underline
{
    int start = 0;
    int length = 0;
    QString kind;
    QColor colour;
};

QList<Underline> underlines(const QTextBlock &block)
{
    QList<Underline> found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            found.append({range.start, range.length, range.format.property(CoachHighlighter::KindProperty).toString(),
                          range.format.underlineColor()});
    }
    return found;
}

QVariantList findingsOf(const QVariant &analysis)
{
    return analysis.toMap().value(u"findings"_s).toList();
}

} // namespace

class TestPractice : public QObject
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
        m_favouritesStore = std::make_unique<FavouritesStore>(*m_database);
        m_draftStore = std::make_unique<DraftStore>(*m_database);
        m_drillStore = std::make_unique<DrillProgressStore>(*m_database);
        m_workInProgress = std::make_unique<WorkInProgressStore>(*m_database);
        m_favourites = std::make_unique<FavouritesModel>(*m_favouritesStore, m_content, *m_database);
        m_coach = std::make_unique<CoachController>(m_content, *m_database);
        m_drafts = std::make_unique<DraftsModel>(*m_draftStore, m_favourites.get());
        m_builder = std::make_unique<BuilderController>(m_drafts.get(), m_coach.get(), m_workInProgress.get());
        m_drills = std::make_unique<DrillsModel>(m_content, *m_drillStore, m_coach.get(), m_workInProgress.get());
    }

    void cleanup()
    {
        m_drills.reset();
        m_builder.reset();
        m_drafts.reset();
        m_coach.reset();
        m_favourites.reset();
        m_workInProgress.reset();
        m_drillStore.reset();
        m_draftStore.reset();
        m_favouritesStore.reset();
        m_database.reset();
    }

    void theHighlighterUnderlinesWhatTheCoachFinds()
    {
        QTextDocument document(u"You never listen to me"_s);
        CoachHighlighter highlighter;
        highlighter.setColours({{u"absolute"_s, QColor(u"#C26A00"_s)}});
        highlighter.setCoach(m_coach.get());
        highlighter.setDocument(&document);
        QCoreApplication::processEvents(); // a new document is highlighted once the event loop runs

        // "never", and only "never": characters 4 to 9, in the colour of its kind.
        const QList<Underline> found = underlines(document.firstBlock());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).start, 4);
        QCOMPARE(found.at(0).length, 5);
        QCOMPARE(found.at(0).kind, u"absolute"_s);
        QCOMPARE(found.at(0).colour, QColor(u"#C26A00"_s));
    }

    void eachParagraphIsReadOnItsOwnAndKeptUpToDate()
    {
        QTextDocument document(u"I feel lonely.\nYou're so selfish."_s);
        // A TextArea's document has a layout; without one, edits are not announced.
        QVERIFY(document.documentLayout());
        CoachHighlighter highlighter;
        highlighter.setCoach(m_coach.get());
        highlighter.setDocument(&document);
        QCoreApplication::processEvents();
        QVERIFY(underlines(document.firstBlock()).isEmpty());
        const QList<Underline> second = underlines(document.firstBlock().next());
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).kind, u"label"_s);
        QCOMPARE(second.at(0).start, 0);
        QCOMPARE(second.at(0).length, int(QStringLiteral("You're so selfish").size()));

        // Typing changes the underlines at once, without being asked.
        QTextCursor cursor(document.firstBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u" You always forget."_s);
        const QList<Underline> first = underlines(document.firstBlock());
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).kind, u"absolute"_s);
        QCOMPARE(document.firstBlock().text().mid(first.at(0).start, first.at(0).length), u"always"_s);
        QCOMPARE(underlines(document.firstBlock().next()).size(), 1);
    }

    void theAnalysisSpansTheWholeText()
    {
        const QString text = u"I feel lonely.\nYou never call."_s;
        const QVariantList findings = findingsOf(m_coach->analyze(text));
        QCOMPARE(findings.size(), 1);
        const QVariantMap never = findings.at(0).toMap();
        QCOMPARE(never.value(u"kind"_s).toString(), u"absolute"_s);
        QCOMPARE(never.value(u"kindLabel"_s).toString(), u"Sweeping word"_s);
        QCOMPARE(never.value(u"excerpt"_s).toString(), u"never"_s);
        QCOMPARE(never.value(u"start"_s).toInt(), int(text.indexOf(u"never"_s)));
        QCOMPARE(never.value(u"end"_s).toInt(), int(text.indexOf(u"never"_s)) + 5);
        QCOMPARE(never.value(u"replacement"_s).toString(), u"rarely"_s);
        QVERIFY(!never.value(u"message"_s).toString().isEmpty());
        QVERIFY(!never.value(u"suggestion"_s).toString().isEmpty());
        QCOMPARE(m_coach->findingAt(findings, never.value(u"start"_s).toInt() + 2), 0);
        QCOMPARE(m_coach->findingAt(findings, 0), -1);

        const QVariantMap clean =
            m_coach->analyze(u"I feel lonely when you work late, because I need connection."_s).toMap();
        QVERIFY(clean.value(u"clean"_s).toBool());
        QCOMPARE(clean.value(u"verdict"_s).toString(), u"Nothing here would put your partner on the defensive."_s);
        QCOMPARE(clean.value(u"parts"_s).toMap().value(u"feeling"_s).toString(), u"lonely"_s);
        QCOMPARE(m_coach->analyze(u"  "_s).toMap().value(u"verdict"_s).toString(), u""_s);
        // Free of blame is not yet heard: the verdict says what would help.
        QVERIFY(m_coach->analyze(u"You rarely listen to me."_s).toMap().value(u"verdict"_s).toString()
                    .contains(u"add how it feels for you"_s));
        QVERIFY(m_coach->analyze(u"I feel lonely when you work late."_s).toMap().value(u"verdict"_s).toString()
                    .contains(u"a request they could say yes to"_s));
    }

    void theSuggestionIsTheOneAtTheCursorOrTheFirst()
    {
        const QString text = u"You never call and you always forget."_s;
        const QVariantMap atCursor = m_coach->suggestionAt(text, int(text.indexOf(u"always"_s)) + 1).toMap();
        QCOMPARE(atCursor.value(u"replacement"_s).toString(), u"often"_s);
        QCOMPARE(atCursor.value(u"start"_s).toInt(), int(text.indexOf(u"always"_s)));
        QCOMPARE(atCursor.value(u"index"_s).toInt(), 1);
        const QVariantMap first = m_coach->suggestionAt(text, int(text.size())).toMap();
        QCOMPARE(first.value(u"replacement"_s).toString(), u"rarely"_s);
        // A label has no mechanical replacement: nothing to apply.
        QVERIFY(m_coach->suggestionAt(u"You're so selfish."_s, 3).toMap().isEmpty());
    }

    void aThoughtDressedAsAFeelingShowsWhatIsUnder()
    {
        const QVariantMap ignored = m_coach->fauxFeeling(u"Ignored"_s).toMap();
        QCOMPARE(ignored.value(u"word"_s).toString(), u"ignored"_s);
        QVERIFY(!ignored.value(u"note"_s).toString().isEmpty());
        QVERIFY(ignored.value(u"feelings"_s).toStringList().contains(u"lonely"_s));
        QVERIFY(!ignored.value(u"needs"_s).toStringList().isEmpty());
        QVERIFY(m_coach->fauxFeeling(u"lonely"_s).toMap().isEmpty());
    }

    void theExampleShowsSeveralKindsAndTheFreeWriteIsKept()
    {
        const QString example = m_coach->example();
        QVERIFY(!example.isEmpty());
        QSet<QString> kinds;
        for (const QVariant &finding : findingsOf(m_coach->analyze(example)))
            kinds.insert(finding.toMap().value(u"kind"_s).toString());
        QVERIFY2(kinds.size() >= 2, qPrintable(example));

        QVERIFY(!m_coach->hasFreeWrite());
        QSignalSpy changed(m_coach.get(), &CoachController::freeWriteChanged);
        QVERIFY(m_coach->saveFreeWrite(u"I miss our walks."_s));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_coach->hasFreeWrite());
        QCOMPARE(*m_workInProgress->text(WorkInProgressStore::freeWriteSlot()), u"I miss our walks."_s);
        QVERIFY(m_coach->saveFreeWrite(u"I miss our walks."_s));
        QCOMPARE(changed.count(), 1); // nothing new, nothing written
        QCOMPARE(m_drafts->count(), 0); // the free-write is not a draft

        m_coach->copyToClipboard(u"Would you walk with me tonight?"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Would you walk with me tonight?"_s);
    }

    void theVocabulariesAreGroupedAndSearchable()
    {
        VocabularyModel feelings(VocabularyModel::Kind::Feelings, m_content);
        VocabularyModel needs(VocabularyModel::Kind::Needs, m_content);
        QAbstractItemModelTester feelingsTester(&feelings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(feelings.rowCount(), int(m_content.feelings().size() + m_content.fauxFeelings().size()));
        QCOMPARE(needs.rowCount(), int(m_content.needs().size()));

        // Each family together, headed once, in the vocabulary's order; the thoughts last.
        QSet<QString> headed;
        for (int row = 0; row < feelings.rowCount(); ++row) {
            const QModelIndex index = feelings.index(row);
            const QString group = index.data(VocabularyModel::GroupIdRole).toString();
            if (index.data(VocabularyModel::FirstInGroupRole).toBool()) {
                QVERIFY2(!headed.contains(group), qPrintable(group));
                headed.insert(group);
            }
        }
        QCOMPARE(headed.size(), int(m_content.feelingFamilies().size()) + 1);
        const QModelIndex last = feelings.index(feelings.rowCount() - 1);
        QVERIFY(last.data(VocabularyModel::FauxRole).toBool());
        QVERIFY(!last.data(VocabularyModel::NoteRole).toString().isEmpty());
        QCOMPARE(feelings.indexOfWord(u"LONELY"_s) >= 0, true);

        VocabularyFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&feelings);
        QCOMPARE(filter.count(), feelings.rowCount());
        QSignalSpy countChanged(&filter, &VocabularyFilterModel::countChanged);
        filter.setSearchText(u"lone"_s);
        QVERIFY(countChanged.count() >= 1);
        QVERIFY(filter.count() >= 1);
        QCOMPARE(filter.get(filter.bestMatch()).toMap().value(u"word"_s).toString(), u"lonely"_s);
        QCOMPARE(filter.get(filter.rowOfWord(u"LONELY"_s)).toMap().value(u"word"_s).toString(), u"lonely"_s);
        QCOMPARE(filter.rowOfWord(u"no such feeling"_s), -1);
        QVERIFY(filter.index(0, 0).data(VocabularyModel::FirstInGroupRole).toBool());

        // Typing a family's name shows the family; a word inside another word does not count.
        filter.setSearchText(u"fear"_s);
        const int fearFamily = int(std::count_if(m_content.feelings().cbegin(), m_content.feelings().cend(),
                                                 [](const Feeling &f) { return f.family == u"fear"_s; }));
        QVERIFY(filter.count() >= fearFamily);
        filter.setSearchText(u"onely"_s);
        QCOMPARE(filter.count(), 0);
        QCOMPARE(filter.bestMatch(), -1);
        filter.setSearchText(u"ignored"_s);
        QCOMPARE(filter.get(filter.bestMatch()).toMap().value(u"faux"_s).toBool(), true);
    }

    void theBuilderMakesOneSentenceFromTheSteps()
    {
        QVERIFY(m_builder->empty());
        QSignalSpy textChanged(m_builder.get(), &BuilderController::textChanged);
        m_builder->setFeeling(u"lonely"_s);
        m_builder->setSituation(u"you looked at your phone at dinner"_s);
        m_builder->setNeed(u"connection"_s);
        m_builder->setRequest(u"put our phones away while we eat"_s);
        QCOMPARE(textChanged.count(), 4);
        const QString built = u"I feel lonely when you looked at your phone at dinner because I need connection. "
                              "Would you be willing to put our phones away while we eat?"_s;
        QCOMPARE(m_builder->text(), built);
        QVERIFY(!m_builder->handEdited());
        QVERIFY(m_builder->fauxFeeling().toMap().isEmpty());

        // Editing by hand keeps the words through changes to the steps, until rebuilt.
        m_builder->setText(u"I feel lonely at dinner. Could we put our phones away?"_s);
        QVERIFY(m_builder->handEdited());
        m_builder->setNeed(u"closeness"_s);
        QCOMPARE(m_builder->text(), u"I feel lonely at dinner. Could we put our phones away?"_s);
        m_builder->rebuild();
        QVERIFY(!m_builder->handEdited());
        QVERIFY(m_builder->text().contains(u"because I need closeness."_s));

        m_builder->setFeeling(u"ignored"_s);
        QCOMPARE(m_builder->fauxFeeling().toMap().value(u"word"_s).toString(), u"ignored"_s);
    }

    void aSavedStatementIsListedStarredReopenedAndDeleted()
    {
        QAbstractItemModelTester tester(m_drafts.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_builder->save(), u"Fill in at least one step first."_s);
        m_builder->setFeeling(u"hurt"_s);
        m_builder->setSituation(u"you said you were too busy to talk"_s);
        QCOMPARE(m_builder->save(), u"Saved to your drafts."_s);
        QCOMPARE(m_drafts->count(), 1);
        QVERIFY(m_builder->saved());
        const qint64 id = m_builder->draftId();
        QVERIFY(id > 0);
        const QModelIndex row = m_drafts->index(0);
        QCOMPARE(row.data(DraftsModel::TextRole).toString(), m_builder->text());
        QCOMPARE(row.data(DraftsModel::FeelingRole).toString(), u"hurt"_s);

        // Starred, it is a favourite of the person's own words.
        QVERIFY(m_builder->toggleStar().contains(u"starred"_s));
        QVERIFY(m_builder->starred());
        QVERIFY(row.data(DraftsModel::StarredRole).toBool());
        QCOMPARE(m_favourites->rowCount(), 1);
        const QModelIndex favourite = m_favourites->index(0);
        QCOMPARE(favourite.data(FavouritesModel::PromptKindRole).toString(), u"statement"_s);
        QCOMPARE(favourite.data(FavouritesModel::ContentIdRole).toString(), DraftStore::favouriteId(id));
        QCOMPARE(favourite.data(FavouritesModel::KindLabelRole).toString(), u"Your own words"_s);
        QVERIFY(favourite.data(FavouritesModel::ContentExistsRole).toBool());
        QCOMPARE(m_drafts->rowOfFavourite(DraftStore::favouriteId(id)), 0);

        // Saving new words keeps the favourite in step, and the draft first in the list.
        m_builder->setNeed(u"to matter"_s);
        QVERIFY(!m_builder->saved());
        QCOMPARE(m_builder->save(), u"Your draft is saved."_s);
        QCOMPARE(m_drafts->count(), 1);
        QCOMPARE(m_favourites->index(0).data(FavouritesModel::TextRole).toString(), m_builder->text());

        // A second statement, then the first opened again.
        m_builder->startNew();
        QVERIFY(m_builder->empty());
        QCOMPARE(m_builder->draftId(), 0);
        m_builder->setFeeling(u"glad"_s);
        m_builder->save();
        QCOMPARE(m_drafts->count(), 2);
        QCOMPARE(m_drafts->index(0).data(DraftsModel::FeelingRole).toString(), u"glad"_s);
        QVERIFY(m_builder->openFavourite(DraftStore::favouriteId(id)));
        QCOMPARE(m_builder->feeling(), u"hurt"_s);
        QCOMPARE(m_builder->need(), u"to matter"_s);
        QVERIFY(m_builder->saved());
        QVERIFY(m_builder->starred());

        // Deleting leaves the words on the page, unsaved, and the favourite in place.
        QVERIFY(m_drafts->remove(id));
        QCOMPARE(m_drafts->count(), 1);
        QCOMPARE(m_builder->draftId(), 0);
        QCOMPARE(m_builder->feeling(), u"hurt"_s);
        QCOMPARE(m_favourites->rowCount(), 1);
        QVERIFY(m_favourites->index(0).data(FavouritesModel::ContentExistsRole).toBool());
        QCOMPARE(m_drafts->rowOfFavourite(DraftStore::favouriteId(id)), -1);

        // Unstarring from Favourites shows in the drafts list too.
        const qint64 glad = m_drafts->index(0).data(DraftsModel::DraftIdRole).toLongLong();
        QVERIFY(m_drafts->toggleStar(glad));
        QVERIFY(m_drafts->index(0).data(DraftsModel::StarredRole).toBool());
        QSignalSpy starChanged(m_drafts.get(), &DraftsModel::starChanged);
        QVERIFY(m_favourites->toggleStar(u"statement"_s, DraftStore::favouriteId(glad)));
        QCOMPARE(starChanged.count(), 1);
        QVERIFY(!m_drafts->index(0).data(DraftsModel::StarredRole).toBool());
    }

    // Words on the builder's page that were never saved are there after a
    // restart (a new controller over the same database), with the tick.
    void unsavedBuilderWordsSurviveARestart()
    {
        m_builder->setFeeling(u"anxious"_s);
        m_builder->setSituation(u"plans change on the day"_s);
        m_builder->setRequestCanBeRefused(true);
        m_builder->setText(u"I feel anxious when plans change on the day — ünïcödé."_s);
        m_builder.reset(); // closing the window: what waited for a pause in typing is kept now
        m_builder = std::make_unique<BuilderController>(m_drafts.get(), m_coach.get(), m_workInProgress.get());
        QCOMPARE(m_builder->feeling(), u"anxious"_s);
        QCOMPARE(m_builder->situation(), u"plans change on the day"_s);
        QVERIFY(m_builder->requestCanBeRefused());
        QVERIFY(m_builder->handEdited());
        QCOMPARE(m_builder->text(), u"I feel anxious when plans change on the day — ünïcödé."_s);
        QCOMPARE(m_builder->draftId(), 0);

        // Once saved as a draft, the words are the draft's, tick and all.
        QCOMPARE(m_builder->save(), u"Saved to your drafts."_s);
        QVERIFY(!m_workInProgress->text(WorkInProgressStore::builderSlot()));
        const qint64 id = m_builder->draftId();
        QVERIFY(m_drafts->find(id)->requestCanBeRefused);
        m_builder->setNeed(u"steadiness"_s);
        m_builder->keepNow();
        m_builder = std::make_unique<BuilderController>(m_drafts.get(), m_coach.get(), m_workInProgress.get());
        QCOMPARE(m_builder->draftId(), id);
        QCOMPARE(m_builder->need(), u"steadiness"_s);
        QVERIFY(!m_builder->saved()); // the change since is still to save

        // A clean page keeps nothing aside.
        m_builder->startNew();
        m_builder->keepNow();
        QVERIFY(!m_workInProgress->text(WorkInProgressStore::builderSlot()));
        m_builder = std::make_unique<BuilderController>(m_drafts.get(), m_coach.get(), m_workInProgress.get());
        QVERIFY(m_builder->empty());
    }

    void anUnsavedDrillRewriteIsKeptUntilSaved()
    {
        QVERIFY(!m_drills->unsavedRewrite(3).isValid());
        QVERIFY(m_drills->keepUnsavedRewrite(3, u"I feel tired when"_s));
        QVERIFY(m_drills->keepUnsavedRewrite(4, u"Could we"_s));
        QCOMPARE(m_drills->unsavedRewrite(3).toString(), u"I feel tired when"_s);
        QVERIFY(m_drills->saveRewrite(3, u"I feel tired when the dishes wait for me."_s));
        QVERIFY(!m_drills->unsavedRewrite(3).isValid());
        // Going back to the saved words is nothing new to keep.
        QVERIFY(m_drills->keepUnsavedRewrite(3, u"I feel tired when the dishes wait for me. "_s));
        QVERIFY(!m_drills->unsavedRewrite(3).isValid());
        QVERIFY(m_drills->resetProgress());
        QVERIFY(!m_drills->unsavedRewrite(4).isValid());
    }

    void theJournalKeepsPagesAndThePageBeingWritten()
    {
        JournalModel journal(m_content, *m_database, m_workInProgress.get());
        QAbstractItemModelTester tester(&journal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(journal.promptCount(), int(m_content.journalPrompts().size()));
        const QVariantMap first = journal.promptAt(0);
        QCOMPARE(first.value(u"id"_s).toString(), m_content.journalPrompts().constFirst().id);
        QVERIFY(!first.value(u"sectionTitle"_s).toString().isEmpty());
        QVERIFY(journal.promptAt(-1).isEmpty());
        QCOMPARE(journal.promptIndexOf(first.value(u"id"_s).toString()), 0);

        // The next prompt of a part of the guide, round again at the end.
        const QString section = first.value(u"sectionId"_s).toString();
        const int next = journal.nextPrompt(0, section);
        QVERIFY(next != 0);
        QCOMPARE(journal.promptAt(next).value(u"sectionId"_s).toString(), section);
        QCOMPARE(journal.nextPrompt(journal.promptCount() - 1), 0);

        // A page being written is kept aside until it is kept for good.
        QVERIFY(journal.unsaved().isEmpty());
        journal.keepUnsaved(0, first.value(u"id"_s).toString(), u"I felt most myself"_s);
        QCOMPARE(journal.unsaved().value(u"text"_s).toString(), u"I felt most myself"_s);
        QCOMPARE(journal.save(0, first.value(u"id"_s).toString(), u"  "_s), 0);
        const int id = journal.save(0, first.value(u"id"_s).toString(), u"I felt most myself by the sea."_s);
        QVERIFY(id > 0);
        QVERIFY(journal.unsaved().isEmpty());
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.get(0).toMap().value(u"promptText"_s).toString(), first.value(u"text"_s).toString());

        // Written again, the page keeps its id and stays first.
        QCOMPARE(journal.save(0, QString(), u"A free page."_s) > id, true);
        QCOMPARE(journal.save(id, first.value(u"id"_s).toString(), u"By the sea, at dawn."_s), id);
        QCOMPARE(journal.count(), 2);
        QCOMPARE(journal.get(0).toMap().value(u"text"_s).toString(), u"By the sea, at dawn."_s);
        QVERIFY(journal.get(1).toMap().value(u"promptText"_s).toString().isEmpty());
        // The same words as kept are nothing new to keep aside.
        journal.keepUnsaved(id, first.value(u"id"_s).toString(), u"By the sea, at dawn."_s);
        QVERIFY(journal.unsaved().isEmpty());

        QVERIFY(journal.remove(id));
        QVERIFY(!journal.remove(id));
        QCOMPARE(journal.count(), 1);
    }

    void drillsKeepProgressUntilReset()
    {
        QAbstractItemModelTester tester(m_drills.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_drills->rowCount(), int(m_content.drills().size()));
        QCOMPARE(m_drills->doneCount(), 0);
        const QModelIndex first = m_drills->index(0);
        QCOMPARE(first.data(DrillsModel::StatementRole).toString(), m_content.drills().constFirst().statement);
        QCOMPARE(first.data(DrillsModel::RewritesRole).toStringList(), m_content.drills().constFirst().rewrites);
        QVERIFY(!first.data(DrillsModel::DoneRole).toBool());
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), -1);

        QVERIFY(!m_drills->saveRewrite(0, u"  "_s));
        QSignalSpy progress(m_drills.get(), &DrillsModel::progressChanged);
        QVERIFY(m_drills->saveRewrite(0, u"You never listen. I feel like you don't care."_s));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(m_drills->doneCount(), 1);
        QVERIFY(first.data(DrillsModel::DoneRole).toBool());
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), 2);
        QVERIFY(m_drills->saveRewrite(0, u"I miss talking with you. Could we sit together after dinner?"_s));
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), 0);
        QCOMPARE(m_drillStore->all().value(first.data(DrillsModel::DrillIdRole).toString()).findings, 0);

        // A link from a part of the guide opens its first drill not done yet.
        const QString section = first.data(DrillsModel::SectionIdRole).toString();
        const int next = m_drills->firstOfSection(section);
        QVERIFY(next > 0);
        QCOMPARE(m_drills->index(next).data(DrillsModel::SectionIdRole).toString(), section);
        QCOMPARE(m_drills->firstOfSection(u"no-such-part"_s), -1);

        QVERIFY(m_drills->resetProgress());
        QCOMPARE(m_drills->doneCount(), 0);
        QVERIFY(!first.data(DrillsModel::DoneRole).toBool());
        QVERIFY(m_drillStore->all().isEmpty());
    }

private:
    ContentRepository m_content;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FavouritesStore> m_favouritesStore;
    std::unique_ptr<DraftStore> m_draftStore;
    std::unique_ptr<DrillProgressStore> m_drillStore;
    std::unique_ptr<WorkInProgressStore> m_workInProgress;
    std::unique_ptr<FavouritesModel> m_favourites;
    std::unique_ptr<CoachController> m_coach;
    std::unique_ptr<DraftsModel> m_drafts;
    std::unique_ptr<BuilderController> m_builder;
    std::unique_ptr<DrillsModel> m_drills;
};

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
