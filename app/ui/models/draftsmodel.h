// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/draftstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class FavouritesModel;

// The statements a person saved from the builder, most recently changed
// first, to reopen, star or delete.
class DraftsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Drafts come from App.drafts")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        DraftIdRole = Qt::UserRole + 1,
        FeelingRole,
        SituationRole,
        NeedRole,
        RequestRole,
        TextRole,
        CreatedAtRole,
        UpdatedAtRole,
        StarredRole,
    };
    Q_ENUM(Roles)

    DraftsModel(DraftStore &store, FavouritesModel *favourites, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(drafts().size()); }

    [[nodiscard]] std::optional<Draft> find(qint64 draftId) const;
    // Saves a new draft (id 0) or new words for one already saved, keeping a
    // starred one's favourite in step. Returns its id, or 0 when it could not be saved.
    qint64 save(Draft draft);

    Q_INVOKABLE bool remove(qint64 draftId);
    Q_INVOKABLE bool isStarred(qint64 draftId) const;
    // Stars or unstars; a starred draft is among the favourites as "Your own words".
    Q_INVOKABLE bool toggleStar(qint64 draftId);
    Q_INVOKABLE QVariant get(int row) const;
    // The row of a draft, or -1.
    Q_INVOKABLE int rowOf(qint64 draftId) const;
    // The row of the draft a starred statement came from, or -1 when it was deleted.
    Q_INVOKABLE int rowOfFavourite(const QString &contentId) const;

    // Reads everything again, after a backup import or deleting all data.
    void reload();

signals:
    void countChanged();
    void starChanged(qint64 draftId);
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    void refreshStar(const QString &kind, const QString &contentId);
    [[nodiscard]] const QList<Draft> &drafts() const;

    DraftStore &m_store;
    FavouritesModel *m_favourites;
    mutable QList<Draft> m_drafts; // read by drafts() when first needed
    mutable bool m_loaded = false;
};
