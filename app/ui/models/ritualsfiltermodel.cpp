// SPDX-License-Identifier: GPL-3.0-or-later
#include "ritualsfiltermodel.h"

#include "ritualsmodel.h"

RitualsFilterModel::RitualsFilterModel(QObject *parent) : SearchFilterModel(RitualsModel::SearchTextRole, parent) {}

bool RitualsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return (m_rhythm.isEmpty() || row.data(RitualsModel::RhythmRole).toString() == m_rhythm)
           && (!m_oursOnly || row.data(RitualsModel::OursRole).toBool()) && matchesSearch(row);
}

int RitualsFilterModel::rowOf(const QString &ritualId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(RitualsModel::RitualIdRole).toString() == ritualId)
            return row;
    }
    return -1;
}
