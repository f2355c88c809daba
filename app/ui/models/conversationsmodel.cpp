// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationsmodel.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"
#include "rowvalues.h"
#include "session/sessioncontroller.h"

using namespace Qt::StringLiterals;

ConversationsModel::ConversationsModel(const ContentRepository &content, Database &database,
                                       SessionController *session, QObject *parent)
    : QAbstractListModel(parent), m_content(content), m_store(database), m_session(session)
{
    connect(m_session, &SessionController::coupleChanged, this, &ConversationsModel::reload);
    // A conversation joins the list as it closes (and a cancelled one may leave).
    connect(m_session, &SessionController::stageChanged, this, [this] {
        if (m_session->stage() == SessionController::Stage::Summary
            || m_session->stage() == SessionController::Stage::Setup)
            reload();
    });
}

QList<PastConversation> ConversationsModel::read() const
{
    return m_session->coupleId() > 0 ? m_store.pastConversations(m_session->coupleId()) : QList<PastConversation>();
}

const QList<PastConversation> &ConversationsModel::conversations() const
{
    // Read the first time they are asked for, not as Hearth starts: they are
    // shown on their own page, and a couple may have had a thousand.
    if (!m_loaded) {
        m_conversations = read();
        m_loaded = true;
    }
    return m_conversations;
}

void ConversationsModel::reload()
{
    beginResetModel();
    m_conversations = read();
    m_loaded = true;
    endResetModel();
    emit countChanged();
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(conversations().size());
}

QStringList ConversationsModel::cardTexts(const PastConversation &conversation) const
{
    const QString kind = conversation.mode == "escalating"_L1 ? u"escalating"_s : u"card"_s;
    QStringList texts;
    for (const QString &id : conversation.discussedCardIds) {
        const QString text = PartnerPlaceholder::render(m_content.prompt(kind, id).text);
        texts.append(text.isEmpty() ? tr("A card that is no longer in Hearth") : text);
    }
    return texts;
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PastConversation &c = conversations().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ConversationIdRole:
        return c.id;
    case StartedAtRole:
        return c.startedAt;
    case MinutesRole:
        return c.endedAt.isValid() ? int(c.startedAt.secsTo(c.endedAt) / 60) : -1;
    case EscalatingRole:
        return c.mode == "escalating"_L1;
    case CardTextsRole:
        return cardTexts(c);
    case NoteRole:
        return c.note;
    case FirstAppreciationRole:
        return c.appreciations[0];
    case SecondAppreciationRole:
        return c.appreciations[1];
    }
    return {};
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {StartedAtRole, "startedAt"},
            {MinutesRole, "minutes"},
            {EscalatingRole, "escalating"},
            {CardTextsRole, "cardTexts"},
            {NoteRole, "note"},
            {FirstAppreciationRole, "firstAppreciation"},
            {SecondAppreciationRole, "secondAppreciation"}};
}

QVariant ConversationsModel::get(int row) const
{
    return rowValues(*this, row);
}

bool ConversationsModel::forget(int row)
{
    if (row < 0 || row >= conversations().size())
        return false;
    if (!m_store.forgetConversation(m_conversations.at(row).id)) {
        emit problem(tr("That conversation could not be forgotten: %1").arg(m_store.lastError()));
        return false;
    }
    beginRemoveRows({}, row, row);
    m_conversations.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}
