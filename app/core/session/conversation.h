// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/carddraw.h"
#include "storage/historystore.h"

#include <QSet>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

class ContentRepository;

// One evening's conversation for two at one screen, as a state machine with
// no QObject: whose turn it is, the cards in the evening's arc, consent to go
// deeper, the plan's end, passing, starring, pausing and the clock. Given the
// same content, history, seed and clock it does the same, so tests drive it.
// It remembers nothing itself: what was played is returned for the caller to keep.
class Conversation
{
public:
    enum class Stage { Setup, Talking, Paused, Closing, Summary };
    enum class Mode { Cards, Escalating };
    enum class StartResult { Started, UsedUp, NothingMatches };
    // What the screen says after the depth changed.
    enum class DepthNews { None, NextIsDeeper, NoDeeperLeft, ThisIsDeeper, Lighter };

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

    struct Plan
    {
        CardDraw::Choice choice;
        bool escalating = false;
        int cards = 0;   // a card count; 0 when the plan is not in cards
        int minutes = 0; // a time; 0 when the plan is not in time
        bool startOver = false;
        [[nodiscard]] bool hasEnd() const { return cards > 0 || minutes > 0; }
    };

    // A card the couple left: talked about, or passed.
    struct Played
    {
        QString cardId;
        bool discussed = false;
    };

    // Milliseconds from any fixed start; tests pass their own.
    using Clock = std::function<qint64()>;

    // A pause long enough for a racing heart to settle.
    static constexpr int suggestedPauseSeconds = 20 * 60;

    explicit Conversation(const ContentRepository &content, Clock clock = {});

    StartResult start(const Plan &plan, const CardHistory &history, int firstSpeaker, quint32 seed);
    // This card first, then more from its deck; choosing a card is agreeing to its depth.
    StartResult startWithCard(const QString &cardId, int depthCeiling, const CardHistory &history, int firstSpeaker,
                              quint32 seed);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const Plan &plan() const { return m_plan; }
    // The card in front of them; none before the start, after the end, or once the plan is done.
    [[nodiscard]] const Prompt *current() const;
    [[nodiscard]] int cardNumber() const { return int(m_position + 1); }
    [[nodiscard]] int cardsLeft() const { return int(m_queue.size() - m_position) + (m_closing ? 1 : 0); }
    // The cards still to come, in order (for tests and the --demo).
    [[nodiscard]] QStringList upcoming() const;

    [[nodiscard]] int speaker() const; // -1 when both answer together, or no card
    [[nodiscard]] int listener() const;
    [[nodiscard]] bool heard() const { return m_heard; }
    [[nodiscard]] bool secondTurn() const { return m_turnInCard == 1; }
    [[nodiscard]] int revealedFollowUps() const { return m_revealedFollowUps; }

    [[nodiscard]] int depthCeiling() const { return m_plan.choice.depthCeiling; }
    [[nodiscard]] bool saidYesToDeeper(int partner) const;
    [[nodiscard]] int deeperAskedBy() const; // the one who said yes first, -1 when nobody has
    [[nodiscard]] bool canGoDeeper() const { return m_mode == Mode::Cards && depthCeiling() < 3; }
    [[nodiscard]] bool canGoLighter() const { return m_mode == Mode::Cards && depthCeiling() > 1; }
    [[nodiscard]] DepthNews depthNews() const { return m_depthNews; }

    [[nodiscard]] int discussedCount() const { return m_discussed; }
    [[nodiscard]] int passedCount() const { return m_passed; }
    [[nodiscard]] int starredCount() const { return int(m_starred.size()); }
    [[nodiscard]] bool setUsedUp() const { return m_setUsedUp; }

    [[nodiscard]] int elapsedSeconds() const;
    [[nodiscard]] bool clockHeld() const { return m_clockHeld; }
    [[nodiscard]] int pauseSecondsLeft() const;
    // What they planned is behind them: the cards counted, or the time gone.
    [[nodiscard]] bool planReached() const;
    // The plan is done and no card is dealt until they choose one more, or close.
    [[nodiscard]] bool planDone() const { return m_planDone; }
    // The card on screen is the last one the plan holds.
    [[nodiscard]] bool lastPlannedCard() const;

    std::optional<Played> next(); // the speaker is done: switch roles, or on to the next card
    std::optional<Played> pass(); // no reason needed
    bool markHeard();
    bool revealFollowUp();
    void noteStar(const QString &cardId, bool starred);
    bool lowerDepth();                // one person's choice, at once
    bool askToGoDeeper(int partner);  // needs both: the second yes raises it
    bool cancelDeeper();
    bool oneMore();                   // after the plan is done: one more card
    bool pause();
    bool resume();
    // The help is open: the clock waits without leaving the card.
    void holdClock();
    void releaseClock();
    bool finish(); // on to the closing ritual
    bool close();  // the ritual is done
    void reset();  // back to choosing

private:
    [[nodiscard]] Prompt promptForCard(const QString &cardId) const;
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] bool basePlanReached() const;
    [[nodiscard]] bool closingDue() const;
    void buildEvening();
    void rebuildRest(bool keepCurrent);
    void showCard(qsizetype position);
    void dealNext();
    Played advance(bool discussed);
    void stopClock();
    void startClock();

    const ContentRepository &m_content;
    Clock m_clock;
    CardHistory m_history;
    quint32 m_seed = 0;

    Stage m_stage = Stage::Setup;
    Mode m_mode = Mode::Cards;
    Plan m_plan;
    QList<Prompt> m_queue;
    std::optional<Prompt> m_closing; // the gentle close, dealt when the plan nears its end
    qsizetype m_position = 0;
    QSet<QString> m_dealt;
    int m_firstSpeaker = 0;
    int m_turnInCard = 0;
    bool m_heard = false;
    int m_revealedFollowUps = 0;
    std::array<bool, 2> m_deeperYes = {false, false};
    int m_firstYes = -1;
    DepthNews m_depthNews = DepthNews::None;
    qsizetype m_depthNewsAt = -1;
    int m_discussed = 0;
    int m_passed = 0;
    QSet<QString> m_starred;
    bool m_setUsedUp = false;
    bool m_planDone = false;
    int m_extraCardsLeft = 0;

    qint64 m_talkedMs = 0;
    std::optional<qint64> m_runningSince;
    std::optional<qint64> m_pausedSince;
    bool m_clockHeld = false;
};
