// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class Database;

// Two partners, their names and colours. Partner 0 and partner 1 are just
// the order they were typed in; nothing else is assumed about them.
struct Couple
{
    qint64 id = 0;
    std::array<QString, 2> names;
    std::array<QString, 2> colours;
};

// What a couple has talked about before, for drawing cards without repeats.
struct CardHistory
{
    QHash<QString, int> timesDiscussed;
    QHash<QString, QDateTime> lastPassed; // passed and not discussed since
};

// A finished conversation, as the summary shows it.
struct SessionSummary
{
    int discussed = 0;
    int passed = 0;
    qint64 seconds = 0;
};

// A conversation as the couple may look back on it: when, which cards they
// talked about (in order), and the words they chose to keep. Passed cards are
// not listed: passing leaves no trace to look back on.
struct PastConversation
{
    qint64 id = 0;
    QString mode;
    QDateTime startedAt;
    QDateTime endedAt; // invalid when the conversation was never closed
    QStringList discussedCardIds;
    QString note;
    std::array<QString, 2> appreciations; // by partner; empty when none was kept
};

// Conversations: the couple, each session, every card talked about or passed,
// and the appreciations that close a session. Each call commits.
class HistoryStore
{
public:
    explicit HistoryStore(Database &database);

    [[nodiscard]] std::optional<Couple> lastCouple() const;
    bool saveCouple(Couple &couple);

    // Returns the new session's id, or 0 when it could not be saved.
    qint64 startSession(qint64 coupleId, const QString &mode, int firstSpeaker, int depthCeiling);
    bool recordCard(qint64 sessionId, const QString &cardId, bool discussed);
    bool endSession(qint64 sessionId, const QString &note);
    // Ends the session with the words the couple chose to keep (empty ones
    // are left out), all in one transaction: all of it lands, or none.
    bool closeSession(qint64 sessionId, const std::array<QString, 2> &appreciations, const QString &note);
    bool addAppreciation(qint64 sessionId, int partner, const QString &text);

    [[nodiscard]] CardHistory cardHistory(qint64 coupleId) const;
    // Who spoke first last time, so the next session can start with the other.
    [[nodiscard]] std::optional<int> lastFirstSpeaker(qint64 coupleId) const;
    [[nodiscard]] SessionSummary summary(qint64 sessionId) const;

    // The couple's conversations that hold something to look back on (a card
    // talked about, a note or an appreciation), newest first.
    [[nodiscard]] QList<PastConversation> pastConversations(qint64 coupleId) const;
    // Forgets one conversation: its cards, note and appreciations. Its cards
    // may then be drawn again.
    bool forgetConversation(qint64 sessionId);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool run(class QSqlQuery &query);

    Database &m_database;
    QString m_lastError;
};
