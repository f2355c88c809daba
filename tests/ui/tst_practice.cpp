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
#include "appstate.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

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
    // As the app composes it, over a folder of its own for each test.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_app = std::make_unique<AppState>(m_dir->path());
        QVERIFY(m_app->content().errors().isEmpty());
        QVERIFY(m_app->saving());
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    // Closing Hearth and starting it again over the same folder.
    void restart()
    {
        m_app.reset();
        m_app = std::make_unique<AppState>(m_dir->path());
    }

    // What is written in a work-in-progress slot, read as the next start would.
    std::optional<QString> keptInDatabase(const QString &slot)
    {
        return WorkInProgressStore(m_app->database()).text(slot);
    }

    void theHighlighterUnderlinesWhatTheCoachFinds()
    {
        QTextDocument document(u"You never listen to me"_s);
        CoachHighlighter highlighter;
        highlighter.setColours({{u"absolute"_s, QColor(u"#C26A00"_s)}});
        highlighter.setCoach(m_app->coach());
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

    // Findings that overlap are told apart: each gets a lane of its own for
    // its underline, and the explanation under the mouse lists them all.
    void overlappingFindingsStayDistinguishable()
    {
        const QString text = u"You're always so selfish."_s; // "always" inside a label
        QTextDocument document(text);
        CoachHighlighter highlighter;
        highlighter.setCoach(m_app->coach());
        highlighter.setDocument(&document);
        QCoreApplication::processEvents();
        const auto *drawn = dynamic_cast<const CoachBlockUnderlines *>(document.firstBlock().userData());
        QVERIFY(drawn);
        const int at = int(text.indexOf(u"always"_s)) + 2;
        QList<int> lanesHere;
        for (const auto &line : drawn->underlines) {
            if (line.start <= at && at < line.start + line.length)
                lanesHere.append(line.lane);
        }
        QVERIFY2(lanesHere.size() >= 2, "two findings hold \"always\"");
        // Each in its own lane, so one does not hide the other.
        QCOMPARE(QSet<int>(lanesHere.cbegin(), lanesHere.cend()).size(), lanesHere.size());
        QVERIFY(lanesHere.contains(0));

        const QVariantList findings = findingsOf(m_app->coach()->analyze(text));
        const QVariantList held = m_app->coach()->findingsAt(findings, at);
        QCOMPARE(held.size(), lanesHere.size());
        QCOMPARE(m_app->coach()->findingAt(findings, at), held.constFirst().toInt());
        QCOMPARE(m_app->coach()->findingsAt(findings, int(text.indexOf(u"selfish"_s))).size(), 1);
    }

    void theFreeWriteIsSavedToAFileAsText()
    {
        const QString path = m_dir->filePath(u"words.txt"_s);
        const ActionResult saved = m_app->coach()->saveToFile(u"I feel lonely.\nI need us."_s, QUrl::fromLocalFile(path));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(saved.message.contains(u"words.txt"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"I feel lonely.\nI need us.\n"_s);
        QVERIFY(!m_app->coach()->saveToFile(u"x"_s, QUrl()).ok);
        QVERIFY(!m_app->coach()->saveToFile(u"x"_s, QUrl::fromLocalFile(m_dir->filePath(u"no/such/folder/x.txt"_s))).ok);
    }

    void eachParagraphIsReadOnItsOwnAndKeptUpToDate()
    {
        QTextDocument document(u"I feel lonely.\nYou're so selfish."_s);
        // A TextArea's document has a layout; without one, edits are not announced.
        QVERIFY(document.documentLayout());
        CoachHighlighter highlighter;
        highlighter.setCoach(m_app->coach());
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
        const QVariantList findings = findingsOf(m_app->coach()->analyze(text));
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
        QCOMPARE(m_app->coach()->findingAt(findings, never.value(u"start"_s).toInt() + 2), 0);
        QCOMPARE(m_app->coach()->findingAt(findings, 0), -1);

        const QVariantMap clean =
            m_app->coach()->analyze(u"I feel lonely when you work late, because I need connection."_s).toMap();
        QVERIFY(clean.value(u"clean"_s).toBool());
        QCOMPARE(clean.value(u"verdict"_s).toString(), u"Nothing here would put your partner on the defensive."_s);
        QCOMPARE(clean.value(u"parts"_s).toMap().value(u"feeling"_s).toString(), u"lonely"_s);
        QCOMPARE(m_app->coach()->analyze(u"  "_s).toMap().value(u"verdict"_s).toString(), u""_s);
        // Free of blame is not yet heard: the verdict says what would help.
        QVERIFY(m_app->coach()->analyze(u"You rarely listen to me."_s).toMap().value(u"verdict"_s).toString()
                    .contains(u"add how it feels for you"_s));
        QVERIFY(m_app->coach()->analyze(u"I feel lonely when you work late."_s).toMap().value(u"verdict"_s).toString()
                    .contains(u"a request they could say yes to"_s));
    }

    void theSuggestionIsTheOneAtTheCursorOrTheFirst()
    {
        const QString text = u"You never call and you always forget."_s;
        const QVariantMap atCursor = m_app->coach()->suggestionAt(text, int(text.indexOf(u"always"_s)) + 1).toMap();
        QCOMPARE(atCursor.value(u"replacement"_s).toString(), u"often"_s);
        QCOMPARE(atCursor.value(u"start"_s).toInt(), int(text.indexOf(u"always"_s)));
        QCOMPARE(atCursor.value(u"index"_s).toInt(), 1);
        const QVariantMap first = m_app->coach()->suggestionAt(text, int(text.size())).toMap();
        QCOMPARE(first.value(u"replacement"_s).toString(), u"rarely"_s);
        // A label has no mechanical replacement: nothing to apply.
        QVERIFY(m_app->coach()->suggestionAt(u"You're so selfish."_s, 3).toMap().isEmpty());
    }

    void aThoughtDressedAsAFeelingShowsWhatIsUnder()
    {
        const QVariantMap ignored = m_app->coach()->fauxFeeling(u"Ignored"_s).toMap();
        QCOMPARE(ignored.value(u"word"_s).toString(), u"ignored"_s);
        QVERIFY(!ignored.value(u"note"_s).toString().isEmpty());
        QVERIFY(ignored.value(u"feelings"_s).toStringList().contains(u"lonely"_s));
        QVERIFY(!ignored.value(u"needs"_s).toStringList().isEmpty());
        QVERIFY(m_app->coach()->fauxFeeling(u"lonely"_s).toMap().isEmpty());
    }

    void theExampleShowsSeveralKindsAndTheFreeWriteIsKept()
    {
        const QString example = m_app->coach()->example();
        QVERIFY(!example.isEmpty());
        QSet<QString> kinds;
        for (const QVariant &finding : findingsOf(m_app->coach()->analyze(example)))
            kinds.insert(finding.toMap().value(u"kind"_s).toString());
        QVERIFY2(kinds.size() >= 2, qPrintable(example));

        QVERIFY(!m_app->coach()->hasFreeWrite());
        QSignalSpy changed(m_app->coach(), &CoachController::freeWriteChanged);
        m_app->coach()->keepFreeWrite(u"I miss our walks."_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_app->coach()->hasFreeWrite());
        QCOMPARE(m_app->coach()->freeWrite(), u"I miss our walks."_s); // read back before the autosaver wrote
        QVERIFY(!keptInDatabase(WorkInProgressStore::freeWriteSlot())); // it waits for a pause in typing...
        QTRY_COMPARE(keptInDatabase(WorkInProgressStore::freeWriteSlot()), u"I miss our walks."_s); // ...then writes
        m_app->coach()->keepFreeWrite(u"I miss our walks."_s);
        QCOMPARE(changed.count(), 1); // nothing new
        QVERIFY(!m_app->autosaver().hasPending());
        QCOMPARE(m_app->drafts()->count(), 0); // the free-write is not a draft

        m_app->coach()->copyToClipboard(u"Would you walk with me tonight?"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Would you walk with me tonight?"_s);
    }

    void theVocabulariesAreGroupedAndSearchable()
    {
        VocabularyModel feelings(VocabularyModel::Kind::Feelings, m_app->content());
        VocabularyModel needs(VocabularyModel::Kind::Needs, m_app->content());
        QAbstractItemModelTester feelingsTester(&feelings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(feelings.rowCount(), int(m_app->content().feelings().size() + m_app->content().fauxFeelings().size()));
        QCOMPARE(needs.rowCount(), int(m_app->content().needs().size()));

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
        QCOMPARE(headed.size(), int(m_app->content().feelingFamilies().size()) + 1);
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
        const int fearFamily = int(std::count_if(m_app->content().feelings().cbegin(), m_app->content().feelings().cend(),
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
        QVERIFY(m_app->builder()->empty());
        QSignalSpy textChanged(m_app->builder(), &BuilderController::textChanged);
        m_app->builder()->setFeeling(u"lonely"_s);
        m_app->builder()->setSituation(u"you looked at your phone at dinner"_s);
        m_app->builder()->setNeed(u"connection"_s);
        m_app->builder()->setRequest(u"put our phones away while we eat"_s);
        QCOMPARE(textChanged.count(), 4);
        const QString built = u"I feel lonely when you looked at your phone at dinner because I need connection. "
                              "Would you be willing to put our phones away while we eat?"_s;
        QCOMPARE(m_app->builder()->text(), built);
        QVERIFY(!m_app->builder()->handEdited());
        QVERIFY(m_app->builder()->fauxFeeling().toMap().isEmpty());

        // Editing by hand keeps the words through changes to the steps, until rebuilt.
        m_app->builder()->setText(u"I feel lonely at dinner. Could we put our phones away?"_s);
        QVERIFY(m_app->builder()->handEdited());
        m_app->builder()->setNeed(u"closeness"_s);
        QCOMPARE(m_app->builder()->text(), u"I feel lonely at dinner. Could we put our phones away?"_s);
        m_app->builder()->rebuild();
        QVERIFY(!m_app->builder()->handEdited());
        QVERIFY(m_app->builder()->text().contains(u"because I need closeness."_s));

        m_app->builder()->setFeeling(u"ignored"_s);
        QCOMPARE(m_app->builder()->fauxFeeling().toMap().value(u"word"_s).toString(), u"ignored"_s);
    }

    void aSavedStatementIsListedStarredReopenedAndDeleted()
    {
        QAbstractItemModelTester tester(m_app->drafts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_app->builder()->save().ok);
        QCOMPARE(m_app->builder()->save().message, u"Fill in at least one step first."_s);
        m_app->builder()->setFeeling(u"hurt"_s);
        m_app->builder()->setSituation(u"you said you were too busy to talk"_s);
        QCOMPARE(m_app->builder()->save().message, u"Saved to your drafts."_s);
        QCOMPARE(m_app->drafts()->count(), 1);
        QVERIFY(m_app->builder()->saved());
        const qint64 id = m_app->builder()->draftId();
        QVERIFY(id > 0);
        const QModelIndex row = m_app->drafts()->index(0);
        QCOMPARE(row.data(DraftsModel::TextRole).toString(), m_app->builder()->text());
        QCOMPARE(row.data(DraftsModel::FeelingRole).toString(), u"hurt"_s);

        // Starred, it is a favourite of the person's own words.
        QVERIFY(m_app->builder()->toggleStar().message.contains(u"starred"_s));
        QVERIFY(m_app->builder()->starred());
        QVERIFY(row.data(DraftsModel::StarredRole).toBool());
        QCOMPARE(m_app->favourites()->rowCount(), 1);
        const QModelIndex favourite = m_app->favourites()->index(0);
        QCOMPARE(favourite.data(FavouritesModel::PromptKindRole).toString(), u"statement"_s);
        QCOMPARE(favourite.data(FavouritesModel::ContentIdRole).toString(), DraftStore::favouriteId(id));
        QCOMPARE(favourite.data(FavouritesModel::KindLabelRole).toString(), u"Your own words"_s);
        QVERIFY(favourite.data(FavouritesModel::ContentExistsRole).toBool());
        QCOMPARE(m_app->drafts()->rowOfFavourite(DraftStore::favouriteId(id)), 0);

        // Saving new words keeps the favourite in step, and the draft first in the list.
        m_app->builder()->setNeed(u"to matter"_s);
        QVERIFY(!m_app->builder()->saved());
        QCOMPARE(m_app->builder()->save().message, u"Your draft is saved."_s);
        QCOMPARE(m_app->drafts()->count(), 1);
        QCOMPARE(m_app->favourites()->index(0).data(FavouritesModel::TextRole).toString(), m_app->builder()->text());

        // A second statement, then the first opened again.
        m_app->builder()->startNew();
        QVERIFY(m_app->builder()->empty());
        QCOMPARE(m_app->builder()->draftId(), 0);
        m_app->builder()->setFeeling(u"glad"_s);
        m_app->builder()->save();
        QCOMPARE(m_app->drafts()->count(), 2);
        QCOMPARE(m_app->drafts()->index(0).data(DraftsModel::FeelingRole).toString(), u"glad"_s);
        QVERIFY(m_app->builder()->openFavourite(DraftStore::favouriteId(id)));
        QCOMPARE(m_app->builder()->feeling(), u"hurt"_s);
        QCOMPARE(m_app->builder()->need(), u"to matter"_s);
        QVERIFY(m_app->builder()->saved());
        QVERIFY(m_app->builder()->starred());

        // Deleting leaves the words on the page, unsaved, and the favourite in place.
        QVERIFY(m_app->drafts()->remove(id));
        QCOMPARE(m_app->drafts()->count(), 1);
        QCOMPARE(m_app->builder()->draftId(), 0);
        QCOMPARE(m_app->builder()->feeling(), u"hurt"_s);
        QCOMPARE(m_app->favourites()->rowCount(), 1);
        QVERIFY(m_app->favourites()->index(0).data(FavouritesModel::ContentExistsRole).toBool());
        QCOMPARE(m_app->drafts()->rowOfFavourite(DraftStore::favouriteId(id)), -1);

        // Unstarring from Favourites shows in the drafts list too.
        const qint64 glad = m_app->drafts()->index(0).data(DraftsModel::DraftIdRole).toLongLong();
        QVERIFY(m_app->drafts()->toggleStar(glad));
        QVERIFY(m_app->drafts()->index(0).data(DraftsModel::StarredRole).toBool());
        QSignalSpy starChanged(m_app->drafts(), &DraftsModel::starChanged);
        QVERIFY(m_app->favourites()->toggleStar(u"statement"_s, DraftStore::favouriteId(glad)));
        QCOMPARE(starChanged.count(), 1);
        QVERIFY(!m_app->drafts()->index(0).data(DraftsModel::StarredRole).toBool());
    }

    // Words on the builder's page that were never saved are there after a
    // restart (a new controller over the same database), with the tick.
    void unsavedBuilderWordsSurviveARestart()
    {
        m_app->builder()->setFeeling(u"anxious"_s);
        m_app->builder()->setSituation(u"plans change on the day"_s);
        m_app->builder()->setRequestCanBeRefused(true);
        m_app->builder()->setText(u"I feel anxious when plans change on the day — ünïcödé."_s);
        restart(); // closing the window: what waited for a pause in typing is kept now
        QCOMPARE(m_app->builder()->feeling(), u"anxious"_s);
        QCOMPARE(m_app->builder()->situation(), u"plans change on the day"_s);
        QVERIFY(m_app->builder()->requestCanBeRefused());
        QVERIFY(m_app->builder()->handEdited());
        QCOMPARE(m_app->builder()->text(), u"I feel anxious when plans change on the day — ünïcödé."_s);
        QCOMPARE(m_app->builder()->draftId(), 0);

        // Once saved as a draft, the words are the draft's, tick and all.
        QCOMPARE(m_app->builder()->save().message, u"Saved to your drafts."_s);
        QVERIFY(!keptInDatabase(WorkInProgressStore::builderSlot()));
        const qint64 id = m_app->builder()->draftId();
        QVERIFY(m_app->drafts()->find(id)->requestCanBeRefused);
        m_app->builder()->setNeed(u"steadiness"_s);
        restart();
        QCOMPARE(m_app->builder()->draftId(), id);
        QCOMPARE(m_app->builder()->need(), u"steadiness"_s);
        QVERIFY(!m_app->builder()->saved()); // the change since is still to save

        // A clean page keeps nothing aside.
        m_app->builder()->startNew();
        QVERIFY(!keptInDatabase(WorkInProgressStore::builderSlot()));
        restart();
        QVERIFY(m_app->builder()->empty());
    }

    void anUnsavedDrillRewriteIsKeptUntilSaved()
    {
        QVERIFY(!m_app->drills()->unsavedRewrite(3).isValid());
        m_app->drills()->keepUnsavedRewrite(3, u"I feel tired when"_s);
        m_app->drills()->keepUnsavedRewrite(4, u"Could we"_s);
        QCOMPARE(m_app->drills()->unsavedRewrite(3).toString(), u"I feel tired when"_s);
        QVERIFY(m_app->drills()->saveRewrite(3, u"I feel tired when the dishes wait for me."_s));
        QVERIFY(!m_app->drills()->unsavedRewrite(3).isValid());
        // Going back to the saved words is nothing new to keep.
        m_app->drills()->keepUnsavedRewrite(3, u"I feel tired when the dishes wait for me. "_s);
        QVERIFY(!m_app->drills()->unsavedRewrite(3).isValid());
        QVERIFY(m_app->drills()->resetProgress());
        QVERIFY(!m_app->drills()->unsavedRewrite(4).isValid());
    }

    void theJournalKeepsPagesAndThePageBeingWritten()
    {
        JournalModel &journal = *m_app->journal();
        QAbstractItemModelTester tester(&journal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(journal.promptCount(), int(m_app->content().journalPrompts().size()));
        const QVariantMap first = journal.promptAt(0);
        QCOMPARE(first.value(u"id"_s).toString(), m_app->content().journalPrompts().constFirst().id);
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
        QAbstractItemModelTester tester(m_app->drills(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_app->drills()->rowCount(), int(m_app->content().drills().size()));
        QCOMPARE(m_app->drills()->doneCount(), 0);
        const QModelIndex first = m_app->drills()->index(0);
        QCOMPARE(first.data(DrillsModel::StatementRole).toString(), m_app->content().drills().constFirst().statement);
        QCOMPARE(first.data(DrillsModel::RewritesRole).toStringList(), m_app->content().drills().constFirst().rewrites);
        QVERIFY(!first.data(DrillsModel::DoneRole).toBool());
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), -1);

        QVERIFY(!m_app->drills()->saveRewrite(0, u"  "_s));
        QSignalSpy progress(m_app->drills(), &DrillsModel::progressChanged);
        QVERIFY(m_app->drills()->saveRewrite(0, u"You never listen. I feel like you don't care."_s));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(m_app->drills()->doneCount(), 1);
        QVERIFY(first.data(DrillsModel::DoneRole).toBool());
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), 2);
        QVERIFY(m_app->drills()->saveRewrite(0, u"I miss talking with you. Could we sit together after dinner?"_s));
        QCOMPARE(first.data(DrillsModel::FindingsRole).toInt(), 0);
        QCOMPARE(DrillProgressStore(m_app->database()).all().value(first.data(DrillsModel::DrillIdRole).toString()).findings, 0);

        // A link from a part of the guide opens its first drill not done yet.
        const QString section = first.data(DrillsModel::SectionIdRole).toString();
        const int next = m_app->drills()->firstOfSection(section);
        QVERIFY(next > 0);
        QCOMPARE(m_app->drills()->index(next).data(DrillsModel::SectionIdRole).toString(), section);
        QCOMPARE(m_app->drills()->firstOfSection(u"no-such-part"_s), -1);

        QVERIFY(m_app->drills()->resetProgress());
        QCOMPARE(m_app->drills()->doneCount(), 0);
        QVERIFY(!first.data(DrillsModel::DoneRole).toBool());
        QVERIFY(DrillProgressStore(m_app->database()).all().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppState> m_app;
};

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
