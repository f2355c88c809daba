// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftsmodel.h"

#include "favouritesmodel.h"
#include "rowvalues.h"

using namespace Qt::StringLiterals;

DraftsModel::DraftsModel(DraftStore &store, FavouritesModel *favourites, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_favourites(favourites)
{
    if (m_favourites)
        connect(m_favourites, &FavouritesModel::starChanged, this, &DraftsModel::refreshStar);
}

const QList<Draft> &DraftsModel::drafts() const
{
    // Read the first time they are asked for, not as Hearth starts: they are
    // shown on the Practice page, and a long-kept folder holds thousands.
    if (!m_loaded) {
        m_drafts = m_store.all();
        m_loaded = true;
    }
    return m_drafts;
}

void DraftsModel::reload()
{
    beginResetModel();
    m_drafts = m_store.all();
    m_loaded = true;
    endResetModel();
    emit countChanged();
}

int DraftsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(drafts().size());
}

QVariant DraftsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &d = drafts().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return d.text;
    case DraftIdRole: return d.id;
    case FeelingRole: return d.feeling;
    case SituationRole: return d.situation;
    case NeedRole: return d.need;
    case RequestRole: return d.request;
    case CreatedAtRole: return d.createdAt;
    case UpdatedAtRole: return d.updatedAt;
    case StarredRole: return isStarred(d.id);
    }
    return {};
}

QHash<int, QByteArray> DraftsModel::roleNames() const
{
    return {{DraftIdRole, "draftId"},     {FeelingRole, "feeling"},     {SituationRole, "situation"},
            {NeedRole, "need"},           {RequestRole, "request"},     {TextRole, "text"},
            {CreatedAtRole, "createdAt"}, {UpdatedAtRole, "updatedAt"}, {StarredRole, "starred"}};
}

int DraftsModel::rowOf(qint64 draftId) const
{
    for (qsizetype row = 0; row < drafts().size(); ++row) {
        if (drafts().at(row).id == draftId)
            return int(row);
    }
    return -1;
}

int DraftsModel::rowOfFavourite(const QString &contentId) const
{
    const qint64 id = DraftStore::draftIdOf(contentId);
    return id > 0 ? rowOf(id) : -1;
}

std::optional<Draft> DraftsModel::find(qint64 draftId) const
{
    const int row = rowOf(draftId);
    return row < 0 ? std::nullopt : std::optional<Draft>(drafts().at(row));
}

qint64 DraftsModel::save(Draft draft)
{
    const int row = draft.id > 0 ? rowOf(draft.id) : -1;
    if (row < 0) {
        draft.id = 0;
        if (!m_store.add(draft)) {
            emit problem(tr("Your draft could not be saved: %1").arg(m_store.lastError()));
            return 0;
        }
        [[maybe_unused]] const QList<Draft> &read = drafts(); // read them before adding to them
        beginInsertRows({}, 0, 0);
        m_drafts.prepend(draft);
        endInsertRows();
        emit countChanged();
        return draft.id;
    }
    draft.createdAt = m_drafts.at(row).createdAt;
    if (!m_store.update(draft)) {
        emit problem(tr("Your draft could not be saved: %1").arg(m_store.lastError()));
        return 0;
    }
    // The most recently changed comes first.
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_drafts.move(row, 0);
        endMoveRows();
    }
    m_drafts[0] = draft;
    emit dataChanged(index(0), index(0));
    if (m_favourites)
        m_favourites->showOwnWords(DraftStore::favouriteId(draft.id), draft.text);
    return draft.id;
}

bool DraftsModel::remove(qint64 draftId)
{
    const int row = rowOf(draftId);
    if (row < 0)
        return false;
    if (!m_store.remove(draftId)) {
        emit problem(tr("That draft could not be deleted: %1").arg(m_store.lastError()));
        return false;
    }
    // A starred draft stays among the favourites, in the words it had.
    beginRemoveRows({}, row, row);
    m_drafts.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

bool DraftsModel::isStarred(qint64 draftId) const
{
    return m_favourites && m_favourites->isStarred(DraftStore::favouriteKind(), DraftStore::favouriteId(draftId));
}

bool DraftsModel::toggleStar(qint64 draftId)
{
    const int row = rowOf(draftId);
    if (row < 0 || !m_favourites)
        return false;
    const QString contentId = DraftStore::favouriteId(draftId);
    if (isStarred(draftId))
        return m_favourites->toggleStar(DraftStore::favouriteKind(), contentId);
    return m_favourites->starOwnWords(contentId, m_drafts.at(row).text);
}

QVariant DraftsModel::get(int row) const
{
    return rowValues(*this, row);
}

void DraftsModel::refreshStar(const QString &kind, const QString &contentId)
{
    if (!kind.isEmpty() && kind != DraftStore::favouriteKind())
        return;
    // Drafts not read yet have shown no star to refresh.
    for (qsizetype row = 0; row < m_drafts.size(); ++row) {
        const qint64 id = m_drafts.at(row).id;
        if (kind.isEmpty() || DraftStore::favouriteId(id) == contentId) {
            const QModelIndex changed = index(int(row));
            emit dataChanged(changed, changed, {StarredRole});
            emit starChanged(id);
        }
    }
}
