// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchfiltermodel.h"

// The Rituals page's view of App.rituals: one rhythm (daily, weekly,
// occasional; empty for all), only the couple's own, and search.
class RitualsFilterModel : public SearchFilterModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString rhythm READ rhythm WRITE setRhythm NOTIFY filtersChanged)
    Q_PROPERTY(bool oursOnly READ oursOnly WRITE setOursOnly NOTIFY filtersChanged)

public:
    explicit RitualsFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString rhythm() const { return m_rhythm; }
    void setRhythm(const QString &rhythm) { setFilter(m_rhythm, rhythm); }
    [[nodiscard]] bool oursOnly() const { return m_oursOnly; }
    void setOursOnly(bool oursOnly) { setFilter(m_oursOnly, oursOnly); }

    // The row showing `ritualId`, or -1 when the filters hide it.
    Q_INVOKABLE int rowOf(const QString &ritualId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_rhythm;
    bool m_oursOnly = false;
};
