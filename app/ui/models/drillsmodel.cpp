// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillsmodel.h"

#include "coach/coachcontroller.h"
#include "content/contentrepository.h"
#include "rowvalues.h"
#include "storage/autosaver.h"
#include "storage/database.h"
#include "storage/workinprogressstore.h"

using namespace Qt::StringLiterals;

DrillsModel::DrillsModel(const ContentRepository &content, Database &database, DrillProgressStore &store,
                         CoachController *coach, Autosaver *autosaver, QObject *parent)
    : QAbstractListModel(parent), m_database(database), m_store(store), m_coach(coach), m_autosaver(autosaver)
{
    for (const Drill &drill : content.drills()) {
        const GuideSection *section = content.section(drill.section);
        m_drills.append({drill.id, drill.statement, drill.section, section ? section->title : QString(),
                         drill.rewrites, drill.tip});
    }
    m_progress = m_store.all();
}

void DrillsModel::reload()
{
    m_progress = m_store.all();
    if (!m_drills.isEmpty())
        emit dataChanged(index(0), index(int(m_drills.size()) - 1));
    emit progressChanged();
}

int DrillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drills.size());
}

QVariant DrillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_drills.at(index.row());
    const auto progress = m_progress.constFind(e.id);
    const bool done = progress != m_progress.cend();
    switch (role) {
    case Qt::DisplayRole:
    case StatementRole: return e.statement;
    case DrillIdRole: return e.id;
    case SectionIdRole: return e.sectionId;
    case SectionTitleRole: return e.sectionTitle;
    case RewritesRole: return e.rewrites;
    case TipRole: return e.tip;
    case DoneRole: return done;
    case RewriteRole: return done ? progress->rewrite : QString();
    case FindingsRole: return done ? progress->findings : -1;
    case CompletedAtRole: return done ? progress->completedAt : QDateTime();
    }
    return {};
}

QHash<int, QByteArray> DrillsModel::roleNames() const
{
    return {{DrillIdRole, "drillId"},   {StatementRole, "statement"}, {SectionIdRole, "sectionId"},
            {SectionTitleRole, "sectionTitle"}, {RewritesRole, "rewrites"}, {TipRole, "tip"},
            {DoneRole, "done"},         {RewriteRole, "rewrite"},     {FindingsRole, "findings"},
            {CompletedAtRole, "completedAt"}};
}

QVariant DrillsModel::get(int row) const
{
    return rowValues(*this, row);
}

int DrillsModel::firstOfSection(const QString &sectionId) const
{
    int first = -1;
    for (qsizetype row = 0; row < m_drills.size(); ++row) {
        if (m_drills.at(row).sectionId != sectionId)
            continue;
        if (!m_progress.contains(m_drills.at(row).id))
            return int(row);
        if (first < 0)
            first = int(row);
    }
    return first;
}

bool DrillsModel::saveRewrite(int row, const QString &rewrite)
{
    if (row < 0 || row >= m_drills.size() || rewrite.trimmed().isEmpty())
        return false;
    DrillProgress progress{m_drills.at(row).id, rewrite.trimmed(), 0, {}};
    if (m_coach)
        progress.findings = int(m_coach->findings(progress.rewrite).size());
    // The rewrite and the end of its unsaved copy land together, or neither does.
    const bool saved = m_database.transaction([&] {
        return m_store.save(progress) && m_autosaver->forget(WorkInProgressStore::drillSlot(progress.drillId));
    });
    if (!saved) {
        emit problem(tr("Your rewrite could not be saved: %1").arg(m_store.lastError()));
        return false;
    }
    m_progress.insert(progress.drillId, progress);
    emit dataChanged(index(row), index(row), {DoneRole, RewriteRole, FindingsRole, CompletedAtRole});
    emit progressChanged();
    return true;
}

QVariant DrillsModel::unsavedRewrite(int row) const
{
    if (row < 0 || row >= m_drills.size())
        return {};
    const auto kept = m_autosaver->text(WorkInProgressStore::drillSlot(m_drills.at(row).id));
    return kept ? QVariant(*kept) : QVariant();
}

void DrillsModel::keepUnsavedRewrite(int row, const QString &text)
{
    if (row < 0 || row >= m_drills.size())
        return;
    const QString slot = WorkInProgressStore::drillSlot(m_drills.at(row).id);
    const QString saved = m_progress.value(m_drills.at(row).id).rewrite;
    if (text.trimmed() == saved) {
        if (m_autosaver->text(slot))
            m_autosaver->forget(slot);
    } else {
        m_autosaver->keep(slot, text);
    }
}

bool DrillsModel::resetProgress()
{
    const bool reset = m_database.transaction([this] {
        return m_autosaver->forgetAllStartingWith(WorkInProgressStore::drillSlot({})) && m_store.reset();
    });
    if (!reset) {
        emit problem(tr("Your progress could not be reset: %1").arg(m_store.lastError()));
        return false;
    }
    reload();
    return true;
}
