// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"
#include "appearance/appearance.h"
#include "coach/coachcontroller.h"
#include "content/contentrepository.h"
#include "decks/deckeditor.h"
#include "decks/deckstore.h"
#include "models/draftsmodel.h"
#include "models/conversationsmodel.h"
#include "models/drillsmodel.h"
#include "models/journalmodel.h"
#include "models/favouritesmodel.h"
#include "models/guidemodel.h"
#include "models/librarymodel.h"
#include "models/ritualsmodel.h"
#include "models/vocabularymodel.h"
#include "pause/pausecontroller.h"
#include "practice/buildercontroller.h"
#include "progress/progressoverview.h"
#include "session/sessioncontroller.h"
#include "storage/autosaver.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/drillprogressstore.h"
#include "storage/favouritesstore.h"
#include "storage/workinprogressstore.h"
#include "storeddata.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

#include <memory>

// The app as it is composed: the content, the user's data folder and its
// database, the stores, the one autosaver and every model and controller QML
// sees, made and destroyed in one order. The window, the Quick Tests and the
// ui tests all build it this one way, from what StoredData read from a data
// folder or for the demo (the window reads it on a thread of its own).
// main() makes one and hands it to QML as the `App` singleton.
class AppState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QStringList contentProblems READ contentProblems CONSTANT)
    // Packs in DIR/decks that could not be loaded at start, one readable line per problem.
    Q_PROPERTY(QStringList packNotices READ packNotices CONSTANT)
    Q_PROPERTY(QString careNoteTitle READ careNoteTitle CONSTANT)
    Q_PROPERTY(QString careNoteText READ careNoteText CONSTANT)
    Q_PROPERTY(bool saving READ saving CONSTANT)
    // The demo's example couple, in memory: nothing is read from or kept in any folder.
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString storageNotice READ storageNotice CONSTANT)
    // Copies Hearth set aside in the data folder: [{fileName, size, modified}], sizes and dates in words.
    Q_PROPERTY(QVariantList setAsideFiles READ setAsideFiles NOTIFY setAsideFilesChanged)
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
    Q_PROPERTY(RitualsModel *rituals READ rituals CONSTANT)
    // The Progress page's figures: weeks together, sections explored, practice by month.
    Q_PROPERTY(ProgressOverview *progress READ progress CONSTANT)
    // Light, dark or evening, and reduced motion: remembered, except in the demo.
    Q_PROPERTY(Appearance *appearance READ appearance CONSTANT)
    // A mindful pause of one to three minutes.
    Q_PROPERTY(PauseController *pause READ pause CONSTANT)
    // The couple's own decks and the editor for them.
    Q_PROPERTY(DeckEditor *deckEditor READ deckEditor CONSTANT)
    // Every deck, built-in and own, as choices: [{value: id, text: title, origin: "" | "ours" | "pack"}].
    Q_PROPERTY(QVariantList decks READ deckChoices NOTIFY decksChanged)

public:
    // Loads the built-in content and opens the database in `dataDir`; an
    // empty dataDir keeps everything in memory.
    explicit AppState(const QString &dataDir, QObject *parent = nullptr);
    // The demo (`hearth --demo`): the content, and an example couple's data in
    // a database in memory (DemoData), with a conversation in progress. It
    // reads and writes no file: everything done in it is gone at exit.
    struct Demo
    {
        explicit Demo() = default;
    };
    explicit AppState(Demo, QObject *parent = nullptr);
    // From what was read already, on any thread, and handed over to this one.
    explicit AppState(StoredData data, QObject *parent = nullptr);
    ~AppState() override;

    [[nodiscard]] const ContentRepository &content() const { return m_content; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] Autosaver &autosaver() { return m_autosaver; }

    // The engine asks for the singleton through create(); main() and the tests
    // register the instance they built first.
    static void setInstance(AppState *instance);
    static AppState *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QStringList contentProblems() const;
    [[nodiscard]] QStringList packNotices() const { return m_packNotices; }
    [[nodiscard]] QString careNoteTitle() const;
    [[nodiscard]] QString careNoteText() const;
    [[nodiscard]] bool saving() const;
    [[nodiscard]] bool demo() const { return m_demo; }
    [[nodiscard]] QString storageNotice() const;
    [[nodiscard]] QVariantList setAsideFiles() const;
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
    [[nodiscard]] RitualsModel *rituals() const { return m_rituals; }
    [[nodiscard]] ProgressOverview *progress() const { return m_progress; }
    [[nodiscard]] Appearance *appearance() const { return m_appearance; }
    [[nodiscard]] PauseController *pause() const { return m_pause; }
    [[nodiscard]] DeckEditor *deckEditor() const { return m_deckEditor; }
    [[nodiscard]] DeckStore &deckStore() { return m_deckStore; }
    // Reads the own decks from the database into the content, and has every
    // view that shows decks show them as they are now.
    void reloadOwnDecks();

    // The listener's aid: {steps: [{id, title, explanation, starters}], checkBacks: [...]}.
    Q_INVOKABLE QVariantMap listeningGuide() const;

    // The guide's sections and the decks, as choices for filters: [{value: id, text: title}].
    Q_INVOKABLE QVariantList sectionChoices() const;
    Q_INVOKABLE QVariantList deckChoices() const;

    // When something happened, as a person says it: "today", "on Monday", "on 3 March".
    Q_INVOKABLE QString friendlyDay(const QDateTime &when) const;
    // The same on its own, as a heading starts: "Today", "On Monday".
    Q_INVOKABLE QString friendlyDayOnItsOwn(const QDateTime &when) const;

    // What the person asked for, and how it went.
    Q_INVOKABLE ActionResult exportBackup(const QUrl &file);
    Q_INVOKABLE ActionResult importBackup(const QUrl &file);
    // Every table, every set-aside copy and every word not saved yet.
    Q_INVOKABLE ActionResult deleteAllData();
    Q_INVOKABLE ActionResult removeSetAsideFile(const QString &fileName);

signals:
    // Something could not be saved, from whichever store: one plain sentence.
    void problem(const QString &message);
    void setAsideFilesChanged();
    // Everything the person kept was deleted or replaced: views holding words of their own start afresh.
    void userDataReplaced();
    // The own decks changed: the content, the Library and the deck choices show them anew.
    void decksChanged();

private:
    // The demo's conversation, started as the Together page starts one.
    void startDemoConversation();
    // Reads everything the person wrote again, after a backup import or
    // deleting all data, and leaves any conversation in progress.
    void reloadUserData();
    [[nodiscard]] ActionResult notSavingResult() const;
    // On quit: writes every word not saved yet, the closing ritual's too.
    void flushOnQuit();

    // Declared in the order they are needed; destroyed in reverse, after the
    // models and controllers, which ~AppState deletes first.
    QString m_dataDir;
    bool m_demo;
    ContentRepository m_content;
    std::unique_ptr<Database> m_database; // never null: a StoredData always holds one
    QStringList m_packNotices;
    FavouritesStore m_favouritesStore;
    DraftStore m_draftStore;
    WorkInProgressStore m_workInProgressStore;
    DrillProgressStore m_drillStore;
    DeckStore m_deckStore;
    Autosaver m_autosaver;
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
    RitualsModel *m_rituals;
    ProgressOverview *m_progress;
    Appearance *m_appearance;
    PauseController *m_pause;
    DeckEditor *m_deckEditor;
};
