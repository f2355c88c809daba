// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class ContentRepository;

// The cards of the deck open in the editor, in the deck's order. Changes come
// row by row (added, edited, moved, removed), so a view keeps its place.
class DeckCardsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The cards come from App.deckEditor.cards")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        CardIdRole = Qt::UserRole + 1,
        TextRole,      // as written, with any {partner}
        ShownTextRole, // as the Library shows it ("your partner")
        SectionIdRole,
        SectionTitleRole,
        DepthRole,
        CardKindRole,
        AnsweredByRole,
        FollowUpsRole,
        ListenerHintRole,
    };
    Q_ENUM(Roles)

    explicit DeckCardsModel(const ContentRepository &content, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const QList<Card> &cards() const { return m_cards; }
    [[nodiscard]] int rowOf(const QString &cardId) const;

    void setCards(const QList<Card> &cards);
    void insertCard(int row, const Card &card);
    void replaceCard(int row, const Card &card);
    void removeCard(int row);
    void moveCard(int from, int to);

signals:
    void countChanged();

private:
    const ContentRepository &m_content;
    QList<Card> m_cards;
};
