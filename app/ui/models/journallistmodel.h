// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journalstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class JournalShelf;

// The journals to choose from: each partner's own, by name, and the shared one.
// Whether each is locked and open now; never anything about its pages.
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The journals come from App.journal.journals")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The journals' names in row order, for a drop-down.
    Q_PROPERTY(QStringList names READ names NOTIFY countChanged)

public:
    enum Roles {
        JournalIdRole = Qt::UserRole + 1,
        NameRole, // "My journal" for the first one until it is named
        SharedRole,
        LockedRole,
        OpenRole,
    };
    Q_ENUM(Roles)

    explicit JournalListModel(const JournalShelf &shelf, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_journals.size()); }
    [[nodiscard]] QStringList names() const;

    Q_INVOKABLE int rowOf(int journalId) const;
    Q_INVOKABLE QVariant get(int row) const;

    // Reads the journals again; rows that did not change keep their place.
    void reload();
    // Locked and open may have changed for every row.
    void refreshStates();

signals:
    void countChanged();

private:
    const JournalShelf &m_shelf;
    QList<Journal> m_journals;
};
