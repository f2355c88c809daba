// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coach/coachcontroller.h"
#include "models/draftsmodel.h"
#include "models/conversationsmodel.h"
#include "models/drillsmodel.h"
#include "models/journalmodel.h"
#include "models/favouritesmodel.h"
#include "models/guidemodel.h"
#include "models/librarymodel.h"
#include "models/vocabularymodel.h"
#include "practice/buildercontroller.h"
#include "session/sessioncontroller.h"
#include "storage/draftstore.h"
#include "storage/workinprogressstore.h"
#include "storage/drillprogressstore.h"
#include "storage/favouritesstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

class ContentRepository;
class Database;

// What every page may ask of the app as a whole: the content, the user's data
// and its state, and problems met while loading either. main() makes one and
// hands it to QML as the `App` singleton.
class AppState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QStringList contentProblems READ contentProblems CONSTANT)
    Q_PROPERTY(QString careNoteTitle READ careNoteTitle CONSTANT)
    Q_PROPERTY(QString careNoteText READ careNoteText CONSTANT)
    Q_PROPERTY(bool saving READ saving CONSTANT)
    Q_PROPERTY(QString storageNotice READ storageNotice CONSTANT)
    Q_PROPERTY(GuideModel *guide READ guide CONSTANT)
    Q_PROPERTY(LibraryModel *library READ library CONSTANT)
    Q_PROPERTY(FavouritesModel *favourites READ favourites CONSTANT)
    Q_PROPERTY(SessionController *together READ together CONSTANT)
    Q_PROPERTY(CoachController *coach READ coach CONSTANT)
    Q_PROPERTY(VocabularyModel *feelings READ feelings CONSTANT)
    Q_PROPERTY(VocabularyModel *needs READ needs CONSTANT)
    Q_PROPERTY(DraftsModel *drafts READ drafts CONSTANT)
    Q_PROPERTY(BuilderController *builder READ builder CONSTANT)
    Q_PROPERTY(DrillsModel *drills READ drills CONSTANT)
    Q_PROPERTY(ConversationsModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(JournalModel *journal READ journal CONSTANT)

public:
    AppState(const ContentRepository &content, Database &database, QString dataDir, QObject *parent = nullptr);
    ~AppState() override;

    // The engine asks for the singleton through create(); main() and the tests
    // register the instance they built first.
    static void setInstance(AppState *instance);
    static AppState *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QStringList contentProblems() const;
    [[nodiscard]] QString careNoteTitle() const;
    [[nodiscard]] QString careNoteText() const;
    [[nodiscard]] bool saving() const;
    [[nodiscard]] QString storageNotice() const;
    [[nodiscard]] GuideModel *guide() const { return m_guide; }
    [[nodiscard]] LibraryModel *library() const { return m_library; }
    [[nodiscard]] FavouritesModel *favourites() const { return m_favouritesModel; }
    [[nodiscard]] SessionController *together() const { return m_together; }
    [[nodiscard]] CoachController *coach() const { return m_coach; }
    [[nodiscard]] VocabularyModel *feelings() const { return m_feelings; }
    [[nodiscard]] VocabularyModel *needs() const { return m_needs; }
    [[nodiscard]] DraftsModel *drafts() const { return m_drafts; }
    [[nodiscard]] BuilderController *builder() const { return m_builder; }
    [[nodiscard]] DrillsModel *drills() const { return m_drills; }
    [[nodiscard]] ConversationsModel *conversations() const { return m_conversations; }
    [[nodiscard]] JournalModel *journal() const { return m_journal; }

    // The listener's aid: {steps: [{id, title, explanation, starters}], checkBacks: [...]}.
    Q_INVOKABLE QVariantMap listeningGuide() const;

    // The guide's sections and the decks, as choices for filters: [{value: id, text: title}].
    Q_INVOKABLE QVariantList sectionChoices() const;
    Q_INVOKABLE QVariantList deckChoices() const;

    // When something happened, as a person says it: "today", "on Monday", "on 3 March".
    Q_INVOKABLE QString friendlyDay(const QDateTime &when) const;

    // Each returns a sentence for the person: what happened, or what went wrong.
    Q_INVOKABLE QString exportBackup(const QUrl &file);
    Q_INVOKABLE QString importBackup(const QUrl &file);
    Q_INVOKABLE QString deleteAllData();

signals:
    // Something could not be saved, from whichever store: one plain sentence.
    void problem(const QString &message);

private:
    // Reads everything the person wrote again, after a backup import or deleting all data.
    void reloadUserData();

    const ContentRepository &m_content;
    Database &m_database;
    QString m_dataDir;
    FavouritesStore m_favouritesStore;
    DraftStore m_draftStore;
    WorkInProgressStore m_workInProgressStore;
    DrillProgressStore m_drillStore;
    GuideModel *m_guide;
    FavouritesModel *m_favouritesModel;
    LibraryModel *m_library;
    SessionController *m_together;
    CoachController *m_coach;
    VocabularyModel *m_feelings;
    VocabularyModel *m_needs;
    DraftsModel *m_drafts;
    BuilderController *m_builder;
    DrillsModel *m_drills;
    ConversationsModel *m_conversations;
    JournalModel *m_journal;
};
