// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstate.h"

#include "friendlydate.h"

#include "decks/deckstore.h"
#include "demo/demodata.h"
#include "storage/backup.h"
#include "storage/datafolder.h"
#include "storage/erasure.h"
#include "storage/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "hearth.demo", QtInfoMsg)

namespace {
AppState *s_instance = nullptr;
}

AppState::AppState(const QString &dataDir, QObject *parent) : AppState(StoredData::read(dataDir), parent) {}

AppState::AppState(Demo, QObject *parent) : AppState(StoredData::readDemo(), parent) {}

AppState::AppState(StoredData data, QObject *parent)
    : QObject(parent), m_dataDir(data.dataDir), m_demo(data.demo), m_content(std::move(data.content)),
      m_database(std::move(data.database)), m_packNotices(std::move(data.packNotices)),
      m_favouritesStore(*m_database), m_draftStore(*m_database), m_workInProgressStore(*m_database),
      m_drillStore(*m_database), m_deckStore(*m_database), m_autosaver(*m_database, m_workInProgressStore)
{
    m_database->setReadFailureListener([this](const QString &problem) {
        emit this->problem(tr("Hearth could not read part of your saved data (%1), so what you see may be "
                              "incomplete. Nothing was changed.").arg(problem));
    });
    m_guide = new GuideModel(m_content, this);
    m_favouritesModel = new FavouritesModel(m_favouritesStore, m_content, *m_database, this);
    m_library = new LibraryModel(m_content, m_favouritesModel, this);
    m_together = new SessionController(m_content, *m_database, m_favouritesModel, this);
    m_coach = new CoachController(m_content, &m_autosaver, this);
    m_feelings = new VocabularyModel(VocabularyModel::Kind::Feelings, m_content, this);
    m_needs = new VocabularyModel(VocabularyModel::Kind::Needs, m_content, this);
    m_drafts = new DraftsModel(m_draftStore, m_favouritesModel, this);
    m_builder = new BuilderController(m_drafts, m_coach, &m_autosaver, this);
    m_drills = new DrillsModel(m_content, *m_database, m_drillStore, m_coach, &m_autosaver, this);
    m_conversations = new ConversationsModel(m_content, *m_database, m_together, this);
    m_journal = new JournalModel(m_content, *m_database, &m_autosaver, this);
    m_rituals = new RitualsModel(m_content, *m_database, this);
    m_progress = new ProgressOverview(m_content, *m_database, m_coach, this);
    m_appearance = new Appearance(!m_demo, this);
    m_pause = new PauseController(m_content, this);
    m_deckEditor = new DeckEditor(m_deckStore, m_content, this);
    m_deckEditor->reload();

    connect(&m_autosaver, &Autosaver::problem, this, &AppState::problem);
    // One place for QML to hear every store's problems.
    connect(m_favouritesModel, &FavouritesModel::problem, this, &AppState::problem);
    connect(m_together, &SessionController::problem, this, &AppState::problem);
    connect(m_coach, &CoachController::problem, this, &AppState::problem);
    connect(m_drafts, &DraftsModel::problem, this, &AppState::problem);
    connect(m_drills, &DrillsModel::problem, this, &AppState::problem);
    connect(m_conversations, &ConversationsModel::problem, this, &AppState::problem);
    connect(m_journal, &JournalModel::problem, this, &AppState::problem);
    connect(m_rituals, &RitualsModel::problem, this, &AppState::problem);
    connect(m_deckEditor, &DeckEditor::problem, this, &AppState::problem);
    connect(m_deckEditor, &DeckEditor::decksChanged, this, &AppState::reloadOwnDecks);

    if (m_demo)
        startDemoConversation();
}

void AppState::startDemoConversation()
{
    // A card answered in turn, so one of them speaks and the listener's panel shows.
    const QString cardId = DemoData::conversationCardId(m_content);
    if (cardId.isEmpty() || !m_together->startWithCard(cardId))
        qCWarning(lcDemo) << "The demo's conversation could not be started";
    else
        qCDebug(lcDemo) << "The demo's conversation is on" << cardId;
}

QString AppState::friendlyDay(const QDateTime &when) const
{
    return FriendlyDate::day(when.toLocalTime().date(), QDate::currentDate());
}

QString AppState::friendlyDayOnItsOwn(const QDateTime &when) const
{
    return FriendlyDate::day(when.toLocalTime().date(), QDate::currentDate(), QLocale(), FriendlyDate::Use::OnItsOwn);
}

void AppState::reloadOwnDecks()
{
    StoredData::readOwnDecks(m_deckStore, m_content);
    m_library->reload();
    m_favouritesModel->refreshOwnCardWords();
    emit decksChanged();
}

void AppState::reloadUserData()
{
    reloadOwnDecks();
    m_deckEditor->reload();
    m_together->reload();
    m_favouritesModel->reload();
    m_drafts->reload();
    m_drills->reload();
    m_conversations->reload();
    m_journal->reload();
    m_rituals->reload();
    m_progress->refresh();
    // Views answer the reloads above by keeping what they showed: words that
    // were just deleted or replaced, not typing. They must not come back.
    m_autosaver.discardPending();
    m_coach->reload();
    m_builder->reload();
    emit userDataReplaced();
}

AppState::~AppState()
{
    // The one place unsaved words are written on quit, while all they need is alive.
    flushOnQuit();
    // Models and controllers are children, which ~QObject would delete only
    // after the stores and the database below them are gone: delete them first.
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
    m_database->setReadFailureListener({});
    if (s_instance == this)
        s_instance = nullptr;
}

void AppState::flushOnQuit()
{
    m_together->keepHeldClosingWords();
    m_autosaver.flush();
}

void AppState::setInstance(AppState *instance)
{
    s_instance = instance;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppState::create", "main() must call AppState::setInstance() before loading QML");
    // main() owns the instance; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppState::version() const
{
    return QStringLiteral(HEARTH_VERSION);
}

QStringList AppState::contentProblems() const
{
    QStringList problems;
    for (const ContentError &error : m_content.errors())
        problems.append(error.toString());
    return problems;
}

QString AppState::careNoteTitle() const
{
    return m_content.careNote() ? m_content.careNote()->title : QString();
}

QString AppState::careNoteText() const
{
    return m_content.careNote() ? m_content.careNote()->text : QString();
}

bool AppState::saving() const
{
    return !m_demo && m_database->isPersistent();
}

QString AppState::storageNotice() const
{
    if (m_demo)
        return tr("This is the demo: Robin and Sam's words live in memory and are gone when Hearth closes. "
                  "Your own data folder is not read or changed. Sam's journal is locked; its passphrase "
                  "here is \u201C%1\u201D.")
            .arg(DemoData::journalPassphrase());
    return m_database->notice();
}

QVariantList AppState::sectionChoices() const
{
    QVariantList list;
    for (const GuideSection &section : m_content.sections())
        list.append(QVariantMap{{u"value"_s, section.id}, {u"text"_s, section.title}});
    return list;
}

QVariantMap AppState::listeningGuide() const
{
    QVariantList steps;
    QStringList checkBacks;
    if (const auto &guide = m_content.listening()) {
        for (const ListeningStep &step : guide->steps) {
            steps.append(QVariantMap{{u"id"_s, step.id}, {u"title"_s, step.title},
                                     {u"explanation"_s, step.explanation}, {u"starters"_s, step.starters}});
        }
        checkBacks = guide->checkBacks;
    }
    return {{u"steps"_s, steps}, {u"checkBacks"_s, checkBacks}};
}

QVariantList AppState::deckChoices() const
{
    QVariantList list;
    for (const Deck &deck : m_content.decks()) {
        if (deck.cardIds.isEmpty())
            continue; // an own deck still being written has nothing to draw from
        const QString origin = deck.origin == DeckOrigin::Ours   ? u"ours"_s
                               : deck.origin == DeckOrigin::Pack ? u"pack"_s
                                                                 : QString();
        list.append(QVariantMap{{u"value"_s, deck.id}, {u"text"_s, deck.title}, {u"origin"_s, origin}});
    }
    return list;
}

ActionResult AppState::notSavingResult() const
{
    if (m_demo)
        return ActionResult::failure(tr("This is a demo: saving a backup, bringing one back and deleting work on "
                                        "your own data, which the demo leaves untouched."));
    return ActionResult::failure(tr("Hearth is not saving right now, so it leaves your saved data alone. %1")
                                     .arg(m_database->notice()));
}

ActionResult AppState::exportBackup(const QUrl &file)
{
    if (!saving())
        return notSavingResult();
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return ActionResult::failure(tr("No file was chosen for the backup, so nothing was saved."));
    m_autosaver.flush(); // the backup holds what is being typed too
    QString error;
    const QByteArray backup = Backup::exportAll(*m_database, &error);
    if (backup.isEmpty() || !writeFileAtomically(path, backup, &error))
        return ActionResult::failure(
            tr("The backup could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return ActionResult::success(tr("Saved everything to %1. Keep it somewhere private: it holds your own words.")
                                     .arg(QDir::toNativeSeparators(path)));
}

ActionResult AppState::importBackup(const QUrl &file)
{
    if (!saving())
        return notSavingResult();
    // Checked whole before anything changes; what is replaced is kept as a copy.
    const Backup::RestoreResult result = Backup::restoreFile(*m_database, m_dataDir, file.toLocalFile());
    if (!result.ok)
        return ActionResult::failure(result.error);
    // What was being typed belonged to what was just replaced.
    m_autosaver.discardPending();
    reloadUserData();
    emit setAsideFilesChanged();
    const QString from = QDir::toNativeSeparators(file.toLocalFile());
    if (result.safetyCopy.isEmpty())
        return ActionResult::success(tr("Your data was brought back from %1.").arg(from));
    return ActionResult::success(tr("Your data was brought back from %1. What was here before is kept as %2, "
                                    "listed below; remove it when you are sure.")
                                     .arg(from, QFileInfo(result.safetyCopy).fileName()));
}

ActionResult AppState::deleteAllData()
{
    if (!saving())
        return notSavingResult();
    // Words still waiting to be written would bring back what is being deleted.
    m_autosaver.discardPending();
    const Erasure::Report erased = Erasure::eraseEverything(*m_database, m_dataDir);
    if (!erased.deleted)
        return ActionResult::failure(tr("Your data could not be deleted: %1").arg(erased.problem));
    reloadUserData();
    emit setAsideFilesChanged();

    QString done = tr("Everything you kept in Hearth is deleted: %n saved entries and the words you had not saved "
                      "yet.", nullptr, int(erased.rows));
    if (erased.copies > 0)
        done += u' ' + tr("The %n copies Hearth had set aside are removed too.", nullptr, int(erased.copies));
    QStringList unfinished = erased.copiesLeft;
    if (!erased.problem.isEmpty())
        unfinished.prepend(erased.problem);
    if (!unfinished.isEmpty())
        return ActionResult::failure(done + u' ' + unfinished.join(u' '));
    return ActionResult::success(done);
}

QVariantList AppState::setAsideFiles() const
{
    QVariantList files;
    if (m_dataDir.isEmpty()) // in memory: no folder, so nothing set aside (and not the current folder)
        return files;
    const QLocale locale;
    for (const DataFolder::SetAsideFile &file : DataFolder::setAsideFiles(m_dataDir)) {
        files.append(QVariantMap{{u"fileName"_s, file.fileName},
                                 {u"size"_s, locale.formattedDataSize(file.size, 0, QLocale::DataSizeTraditionalFormat)},
                                 {u"modified"_s, friendlyDay(file.modified)}});
    }
    return files;
}

ActionResult AppState::removeSetAsideFile(const QString &fileName)
{
    if (m_dataDir.isEmpty())
        return ActionResult::failure(tr("There is no data folder here, so there is no copy to remove."));
    QString error;
    const bool removed = DataFolder::removeSetAside(m_dataDir, fileName, &error);
    emit setAsideFilesChanged();
    if (!removed)
        return ActionResult::failure(tr("The copy could not be removed: %1").arg(error));
    return ActionResult::success(tr("%1 was removed.").arg(fileName));
}
