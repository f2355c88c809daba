// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstate.h"

#include "friendlydate.h"

#include "content/contentrepository.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/savefile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
AppState *s_instance = nullptr;
}

AppState::AppState(const ContentRepository &content, Database &database, QString dataDir, QObject *parent)
    : QObject(parent), m_content(content), m_database(database), m_dataDir(std::move(dataDir)),
      m_favouritesStore(database), m_draftStore(database), m_workInProgressStore(database), m_drillStore(database),
      m_guide(new GuideModel(content, this)),
      m_favouritesModel(new FavouritesModel(m_favouritesStore, content, database, this)),
      m_library(new LibraryModel(content, m_favouritesModel, this)),
      m_together(new SessionController(content, database, m_favouritesModel, this)),
      m_coach(new CoachController(content, database, this)),
      m_feelings(new VocabularyModel(VocabularyModel::Kind::Feelings, content, this)),
      m_needs(new VocabularyModel(VocabularyModel::Kind::Needs, content, this)),
      m_drafts(new DraftsModel(m_draftStore, m_favouritesModel, this)),
      m_builder(new BuilderController(m_drafts, m_coach, &m_workInProgressStore, this)),
      m_drills(new DrillsModel(content, m_drillStore, m_coach, &m_workInProgressStore, this)),
      m_conversations(new ConversationsModel(content, database, m_together, this)),
      m_journal(new JournalModel(content, database, &m_workInProgressStore, this))
{
    // One place for QML to hear every store's problems.
    connect(m_favouritesModel, &FavouritesModel::problem, this, &AppState::problem);
    connect(m_together, &SessionController::problem, this, &AppState::problem);
    connect(m_coach, &CoachController::problem, this, &AppState::problem);
    connect(m_drafts, &DraftsModel::problem, this, &AppState::problem);
    connect(m_drills, &DrillsModel::problem, this, &AppState::problem);
    connect(m_conversations, &ConversationsModel::problem, this, &AppState::problem);
    connect(m_journal, &JournalModel::problem, this, &AppState::problem);
}

QString AppState::friendlyDay(const QDateTime &when) const
{
    return FriendlyDate::day(when.toLocalTime().date(), QDate::currentDate());
}

void AppState::reloadUserData()
{
    m_favouritesModel->reload();
    m_drafts->reload();
    m_drills->reload();
    m_conversations->reload();
    m_journal->reload();
    m_coach->reload();
    m_builder->reload();
}

AppState::~AppState()
{
    if (s_instance == this)
        s_instance = nullptr;
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
    return m_database.isPersistent();
}

QString AppState::storageNotice() const
{
    return m_database.notice();
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
    for (const Deck &deck : m_content.decks())
        list.append(QVariantMap{{u"value"_s, deck.id}, {u"text"_s, deck.title}});
    return list;
}

QString AppState::exportBackup(const QUrl &file)
{
    QString error;
    const QString path = file.toLocalFile();
    if (!writeFileAtomically(path, Backup::exportAll(m_database), &error))
        return tr("The backup could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error);
    return tr("Saved everything to %1. Keep it somewhere private: it holds your own words.")
        .arg(QDir::toNativeSeparators(path));
}

QString AppState::importBackup(const QUrl &file)
{
    QFile input(file.toLocalFile());
    if (!input.open(QIODevice::ReadOnly))
        return tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(input.fileName()), input.errorString());
    QString error;
    if (!Backup::importAll(m_database, input.readAll(), &error))
        return error;
    reloadUserData();
    return tr("Your data was brought back from %1.").arg(QDir::toNativeSeparators(input.fileName()));
}

QString AppState::deleteAllData()
{
    QString error;
    if (!Backup::deleteAll(m_database, &error))
        return tr("Your data could not be deleted: %1").arg(error);
    reloadUserData();
    return tr("Everything you kept in Hearth has been deleted.");
}
