// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/historystore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class ContentRepository;
class SessionController;

// The couple's past conversations, newest first: when, the cards they talked
// about, and the words they kept. A conversation can be forgotten.
class ConversationsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Conversations come from App.conversations")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        ConversationIdRole = Qt::UserRole + 1,
        StartedAtRole,
        MinutesRole, // -1 when the conversation was never closed
        EscalatingRole,
        CardTextsRole,
        NoteRole,
        FirstAppreciationRole,
        SecondAppreciationRole,
    };
    Q_ENUM(Roles)

    ConversationsModel(const ContentRepository &content, Database &database, SessionController *session,
                       QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(conversations().size()); }

    Q_INVOKABLE QVariant get(int row) const;
    // Forgets the conversation at `row`, with its cards and words.
    Q_INVOKABLE bool forget(int row);

    // Reads everything again (a new couple, a closed conversation, a backup).
    void reload();

signals:
    void countChanged();
    // Something could not be done; `message` says so in plain words.
    void problem(const QString &message);

private:
    [[nodiscard]] QStringList cardTexts(const PastConversation &conversation) const;
    [[nodiscard]] QList<PastConversation> read() const;
    [[nodiscard]] const QList<PastConversation> &conversations() const;

    const ContentRepository &m_content;
    mutable HistoryStore m_store;
    SessionController *m_session;
    mutable QList<PastConversation> m_conversations; // read by conversations() when first needed
    mutable bool m_loaded = false;
};
