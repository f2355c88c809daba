// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decks/deckstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The couple's own decks (written in Hearth or loaded from packs), oldest first.
class DeckListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The decks come from App.deckEditor.decks")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        DeckIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        MoodRole,
        CardCountRole,
        SourceRole, // "ours" or "pack"
    };
    Q_ENUM(Roles)

    explicit DeckListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The row of a deck, or -1.
    Q_INVOKABLE int rowOf(const QString &deckId) const;
    [[nodiscard]] const StoredDeck *deck(const QString &deckId) const;

    // Shows these decks: rows that stay keep their place, so a view keeps its current item.
    void setDecks(const QList<StoredDeck> &decks);

signals:
    void countChanged();

private:
    QList<StoredDeck> m_decks;
};
