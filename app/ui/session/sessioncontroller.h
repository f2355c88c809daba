// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/conversation.h"
#include "storage/historystore.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <optional>

class ContentRepository;
class Database;
class FavouritesModel;

// Adapts the conversation's state machine (core: Conversation) for QML: its
// state as properties, its actions as invokables, and what the couple keeps
// (names, the cards played, the closing words, stars) saved as it happens.
// Every rule is the machine's; this class only maps, saves and signals.
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
    Q_PROPERTY(bool canGoDeeper READ canGoDeeper NOTIFY depthChanged)
    Q_PROPERTY(bool canGoLighter READ canGoLighter NOTIFY depthChanged)

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
    Q_PROPERTY(bool clockHeld READ clockHeld NOTIFY clockChanged)

    // The plan's end: no card until they choose one more, or close for today.
    Q_PROPERTY(bool planDone READ planDone NOTIFY progressChanged)
    Q_PROPERTY(bool lastPlannedCard READ lastPlannedCard NOTIFY progressChanged)
    // What the screen says about the plan, in the plan's own terms (cards or time).
    Q_PROPERTY(QString planNote READ planNote NOTIFY progressChanged)
    // Going deeper: who has said yes (one bool per partner), and a kind word when the depth changed.
    Q_PROPERTY(QVariantList deeperYes READ deeperYes NOTIFY depthChanged)
    Q_PROPERTY(QString depthNote READ depthNote NOTIFY depthChanged)
    Q_PROPERTY(QString cardStarNote READ cardStarNote NOTIFY cardStarredChanged)

public:
    enum class Stage { Setup, Talking, Paused, Closing, Summary };
    Q_ENUM(Stage)

    static constexpr int suggestedPauseSeconds = Conversation::suggestedPauseSeconds;

    ~SessionController() override;
    SessionController(const ContentRepository &content, Database &database, FavouritesModel *favourites,
                      QObject *parent = nullptr);

    [[nodiscard]] Stage stage() const { return Stage(int(m_conversation.stage())); }
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
    [[nodiscard]] QString mode() const;
    [[nodiscard]] QString choiceBy() const { return m_choiceBy; }
    [[nodiscard]] QStringList choiceIds() const { return m_choiceIds; }
    [[nodiscard]] QString cardId() const;
    [[nodiscard]] QString cardText() const;
    [[nodiscard]] QString cardKind() const;
    [[nodiscard]] QString answeredBy() const;
    [[nodiscard]] int cardDepth() const;
    [[nodiscard]] QString listenerHint() const;
    [[nodiscard]] QString contextTitle() const;
    [[nodiscard]] QStringList followUps() const;
    [[nodiscard]] int revealedFollowUps() const { return m_conversation.revealedFollowUps(); }
    [[nodiscard]] bool cardStarred() const;
    [[nodiscard]] QString cardStarNote() const;
    [[nodiscard]] int speaker() const { return m_conversation.speaker(); }
    [[nodiscard]] int listener() const { return m_conversation.listener(); }
    [[nodiscard]] bool heard() const { return m_conversation.heard(); }
    [[nodiscard]] bool secondTurn() const { return m_conversation.secondTurn(); }
    [[nodiscard]] int depthCeiling() const { return m_conversation.depthCeiling(); }
    [[nodiscard]] int deeperAskedBy() const { return m_conversation.deeperAskedBy(); }
    [[nodiscard]] bool canGoDeeper() const { return m_conversation.canGoDeeper(); }
    [[nodiscard]] bool canGoLighter() const { return m_conversation.canGoLighter(); }
    [[nodiscard]] QVariantList deeperYes() const;
    [[nodiscard]] QString depthNote() const;
    [[nodiscard]] int cardNumber() const { return m_conversation.cardNumber(); }
    [[nodiscard]] int cardsLeft() const { return m_conversation.cardsLeft(); }
    [[nodiscard]] int discussedCount() const { return m_conversation.discussedCount(); }
    [[nodiscard]] int passedCount() const { return m_conversation.passedCount(); }
    [[nodiscard]] int starredCount() const { return m_conversation.starredCount(); }
    [[nodiscard]] int plannedCards() const { return m_conversation.plan().cards; }
    [[nodiscard]] int plannedMinutes() const { return m_conversation.plan().minutes; }
    [[nodiscard]] int elapsedSeconds() const { return m_conversation.elapsedSeconds(); }
    [[nodiscard]] bool lengthReached() const { return m_conversation.planReached(); }
    [[nodiscard]] bool setUsedUp() const { return m_conversation.setUsedUp(); }
    [[nodiscard]] int pauseSecondsLeft() const { return m_conversation.pauseSecondsLeft(); }
    [[nodiscard]] bool clockHeld() const { return m_conversation.clockHeld(); }
    [[nodiscard]] bool planDone() const { return m_conversation.planDone(); }
    [[nodiscard]] bool lastPlannedCard() const { return m_conversation.lastPlannedCard(); }
    [[nodiscard]] QString planNote() const;

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
    // What the setup still needs before Begin, in one sentence; empty when nothing.
    Q_INVOKABLE QString missingForStart(const QString &firstName, const QString &secondName, const QString &by,
                                        const QStringList &ids) const;
    // A deck's description in one line, for the setup's choices.
    Q_INVOKABLE QString deckSummary(const QString &deckId) const;

    Q_INVOKABLE void next();           // the speaker is done: switch roles, or on to the next card
    Q_INVOKABLE void markHeard();      // the speaker says "you got it"
    Q_INVOKABLE void pass();           // skip this card, no reason needed
    Q_INVOKABLE void toggleStar();
    // A note on the starred card, kept with the favourite.
    Q_INVOKABLE bool setStarNote(const QString &note);
    Q_INVOKABLE void revealFollowUp();
    Q_INVOKABLE void lowerDepth();     // one press by either partner
    Q_INVOKABLE void askToGoDeeper(int partner); // needs both: the second ask raises it
    Q_INVOKABLE void cancelDeeper();
    Q_INVOKABLE void oneMore();        // the plan is done, and they would like one more card
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    // While the help is open the clock waits, and the card stays.
    Q_INVOKABLE void holdClock();
    Q_INVOKABLE void releaseClock();
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
    [[nodiscard]] const Conversation::Prompt *current() const { return m_conversation.current(); }
    [[nodiscard]] std::optional<qint64> favouriteIdOfCard() const;
    // The machine moved: tell QML everything may have changed (cheap, and never stale).
    void changed(Stage before);
    void record(const std::optional<Conversation::Played> &played);
    void saveClosingWords(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                          const QString &note);

    const ContentRepository &m_content;
    HistoryStore m_history;
    FavouritesModel *m_favourites;
    Couple m_couple;
    Conversation m_conversation;

    QString m_choiceBy = QStringLiteral("surprise");
    QStringList m_choiceIds;
    qint64 m_sessionId = 0;
    struct ClosingWords
    {
        std::array<QString, 2> appreciations;
        bool keep = true;
        QString note;
    };
    std::optional<ClosingWords> m_heldClosingWords;
    quint32 m_seed;
    QTimer m_tick;
};
