// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/carddraw.h"
#include "storage/historystore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <optional>

class ContentRepository;
class Database;
class FavouritesModel;

// A conversation for two at one screen: who speaks and who listens, the card
// in front of them, passing, pausing, depth, and what to remember afterwards.
// It keeps the turn fair and the pace the couple's own; QML only shows it.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The conversation comes from App.together")

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool hasCouple READ hasCouple NOTIFY coupleChanged)
    Q_PROPERTY(QStringList names READ names NOTIFY coupleChanged)
    Q_PROPERTY(QStringList colours READ colours NOTIFY coupleChanged)

    Q_PROPERTY(QString mode READ mode NOTIFY stageChanged)
    // The choice being set up: last time's, or one a link in the guide prepared.
    Q_PROPERTY(QString choiceBy READ choiceBy NOTIFY choiceChanged)
    Q_PROPERTY(QStringList choiceIds READ choiceIds NOTIFY choiceChanged)
    Q_PROPERTY(QString cardId READ cardId NOTIFY cardChanged)
    Q_PROPERTY(QString cardText READ cardText NOTIFY cardChanged)
    Q_PROPERTY(QString cardKind READ cardKind NOTIFY cardChanged)
    Q_PROPERTY(QString answeredBy READ answeredBy NOTIFY cardChanged)
    Q_PROPERTY(int cardDepth READ cardDepth NOTIFY cardChanged)
    Q_PROPERTY(QString listenerHint READ listenerHint NOTIFY cardChanged)
    Q_PROPERTY(QString contextTitle READ contextTitle NOTIFY cardChanged)
    Q_PROPERTY(QStringList followUps READ followUps NOTIFY cardChanged)
    Q_PROPERTY(int revealedFollowUps READ revealedFollowUps NOTIFY cardChanged)
    Q_PROPERTY(bool cardStarred READ cardStarred NOTIFY cardStarredChanged)

    Q_PROPERTY(int speaker READ speaker NOTIFY turnChanged) // -1 when both answer together
    Q_PROPERTY(int listener READ listener NOTIFY turnChanged)
    Q_PROPERTY(bool heard READ heard NOTIFY turnChanged)
    Q_PROPERTY(bool secondTurn READ secondTurn NOTIFY turnChanged) // the other partner's turn on the same card

    Q_PROPERTY(int depthCeiling READ depthCeiling NOTIFY depthChanged)
    Q_PROPERTY(int deeperAskedBy READ deeperAskedBy NOTIFY depthChanged) // -1 when nobody has asked

    Q_PROPERTY(int cardNumber READ cardNumber NOTIFY progressChanged)
    Q_PROPERTY(int cardsLeft READ cardsLeft NOTIFY progressChanged)
    Q_PROPERTY(int discussedCount READ discussedCount NOTIFY progressChanged)
    Q_PROPERTY(int passedCount READ passedCount NOTIFY progressChanged)
    Q_PROPERTY(int starredCount READ starredCount NOTIFY progressChanged)
    Q_PROPERTY(int plannedCards READ plannedCards NOTIFY progressChanged)
    Q_PROPERTY(int plannedMinutes READ plannedMinutes NOTIFY progressChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY clockChanged)
    Q_PROPERTY(bool lengthReached READ lengthReached NOTIFY clockChanged)
    Q_PROPERTY(bool setUsedUp READ setUsedUp NOTIFY progressChanged)
    Q_PROPERTY(int pauseSecondsLeft READ pauseSecondsLeft NOTIFY clockChanged)

public:
    enum class Stage { Setup, Talking, Paused, Closing, Summary };
    Q_ENUM(Stage)

    // A pause long enough for a racing heart to settle.
    static constexpr int suggestedPauseSeconds = 20 * 60;

    ~SessionController() override;
    SessionController(const ContentRepository &content, Database &database, FavouritesModel *favourites,
                      QObject *parent = nullptr);

    [[nodiscard]] Stage stage() const { return m_stage; }
    // Reads the couple again and leaves any conversation, after a backup
    // import or deleting all data: nothing refers to what is gone.
    void reload();
    // Writes the closing words held while the ritual is open, as Finish
    // would; AppState calls it when the app closes.
    void keepHeldClosingWords();
    [[nodiscard]] bool hasCouple() const { return m_couple.id > 0; }
    [[nodiscard]] qint64 coupleId() const { return m_couple.id; }
    [[nodiscard]] QStringList names() const { return {m_couple.names[0], m_couple.names[1]}; }
    [[nodiscard]] QStringList colours() const { return {m_couple.colours[0], m_couple.colours[1]}; }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] QString choiceBy() const { return m_choiceBy; }
    [[nodiscard]] QStringList choiceIds() const { return m_choice.ids; }
    [[nodiscard]] QString cardId() const;
    [[nodiscard]] QString cardText() const;
    [[nodiscard]] QString cardKind() const;
    [[nodiscard]] QString answeredBy() const;
    [[nodiscard]] int cardDepth() const;
    [[nodiscard]] QString listenerHint() const;
    [[nodiscard]] QString contextTitle() const;
    [[nodiscard]] QStringList followUps() const;
    [[nodiscard]] int revealedFollowUps() const { return m_revealedFollowUps; }
    [[nodiscard]] bool cardStarred() const;
    [[nodiscard]] int speaker() const;
    [[nodiscard]] int listener() const;
    [[nodiscard]] bool heard() const { return m_heard; }
    [[nodiscard]] bool secondTurn() const { return m_turnInCard == 1; }
    [[nodiscard]] int depthCeiling() const { return m_choice.depthCeiling; }
    [[nodiscard]] int deeperAskedBy() const { return m_deeperAskedBy; }
    // QML counts in int; a session draws from one deck's tens of cards.
    [[nodiscard]] int cardNumber() const { return int(m_position + 1); }
    [[nodiscard]] int cardsLeft() const { return int(m_queue.size() - m_position); }
    [[nodiscard]] int discussedCount() const { return m_discussed; }
    [[nodiscard]] int passedCount() const { return m_passed; }
    [[nodiscard]] int starredCount() const { return int(m_starred.size()); }
    [[nodiscard]] int plannedCards() const { return m_plannedCards; }
    [[nodiscard]] int plannedMinutes() const { return m_plannedMinutes; }
    [[nodiscard]] int elapsedSeconds() const;
    [[nodiscard]] bool lengthReached() const;
    [[nodiscard]] bool setUsedUp() const { return m_setUsedUp; }
    [[nodiscard]] int pauseSecondsLeft() const;

    // Tests draw the same cards every time.
    void setSeed(quint32 seed);

    // Remembers the two names and colours for next time.
    Q_INVOKABLE bool saveCouple(const QString &firstName, const QString &firstColour, const QString &secondName,
                                const QString &secondColour);
    // by: "sections", "decks", "surprise" or "escalating". A length of 0 means open-ended.
    Q_INVOKABLE bool start(const QString &by, const QStringList &ids, int depthCeiling, int plannedCards,
                           int plannedMinutes, bool startOver = false);
    // The same choice as last time, or a gentle surprise: for picking up where they were.
    Q_INVOKABLE bool startAgain(bool startOver = false);
    // Sets up the choice for the setup screen, without starting.
    Q_INVOKABLE void prepare(const QString &by, const QStringList &ids);
    // Starts with this card first, then more from its deck. False when Hearth
    // does not know the couple yet: the setup comes first, with the deck chosen.
    Q_INVOKABLE bool startWithCard(const QString &cardId);

    Q_INVOKABLE void next();           // the speaker is done: switch roles, or on to the next card
    Q_INVOKABLE void markHeard();      // the speaker says "you got it"
    Q_INVOKABLE void pass();           // skip this card, no reason needed
    Q_INVOKABLE void toggleStar();
    Q_INVOKABLE void revealFollowUp();
    Q_INVOKABLE void lowerDepth();     // one press by either partner
    Q_INVOKABLE void askToGoDeeper(int partner); // needs both: the second ask raises it
    Q_INVOKABLE void cancelDeeper();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void finish();         // on to the closing ritual
    Q_INVOKABLE void close(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                           const QString &note);
    // The closing words as they are being written. Should Hearth be closed
    // before Finish, they are kept as Finish would have kept them.
    Q_INVOKABLE void holdClosingWords(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                                      const QString &note);
    Q_INVOKABLE void reset();          // back to choosing

    // What the database holds about the latest session: {discussed, passed, seconds}.
    Q_INVOKABLE QVariantMap savedSummary() const;

signals:
    void stageChanged();
    void coupleChanged();
    void choiceChanged();
    void cardChanged();
    void cardStarredChanged();
    void turnChanged();
    void depthChanged();
    void progressChanged();
    void clockChanged();
    // Something could not be saved; `message` says so plainly.
    void problem(const QString &message);

private:
    struct Prompt
    {
        QString id;
        QString favouriteKind; // how a star refers to it
        QString text;
        QString kind;
        QString answeredBy;
        int depth = 0;
        QString listenerHint;
        QString context;
        QStringList followUps;
    };

    [[nodiscard]] const Prompt *current() const;
    [[nodiscard]] Prompt promptForCard(const QString &cardId) const;
    void buildQueue(bool startOver);
    void showCard(qsizetype position);
    void advance(bool discussed);
    void setStage(Stage stage);
    void record(bool discussed);
    void saveClosingWords(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                          const QString &note);

    const ContentRepository &m_content;
    HistoryStore m_history;
    FavouritesModel *m_favourites;
    Couple m_couple;

    Stage m_stage = Stage::Setup;
    QString m_mode;
    QString m_choiceBy = QStringLiteral("surprise");
    CardDraw::Choice m_choice;
    QList<Prompt> m_queue;
    qsizetype m_position = 0;
    qint64 m_sessionId = 0;
    int m_firstSpeaker = 0;
    int m_turnInCard = 0;
    bool m_heard = false;
    int m_revealedFollowUps = 0;
    int m_deeperAskedBy = -1;
    int m_discussed = 0;
    int m_passed = 0;
    struct ClosingWords
    {
        std::array<QString, 2> appreciations;
        bool keep = true;
        QString note;
    };
    std::optional<ClosingWords> m_heldClosingWords;
    QSet<QString> m_starred;
    int m_plannedCards = 0;
    int m_plannedMinutes = 0;
    bool m_setUsedUp = false;
    quint32 m_seed;

    qint64 m_talkedMs = 0;        // time spent talking, pauses left out
    QElapsedTimer m_talkClock;    // runs while talking
    QElapsedTimer m_pauseClock;   // runs while paused
    QTimer m_tick;
};
