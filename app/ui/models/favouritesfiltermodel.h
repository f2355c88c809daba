// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchfiltermodel.h"

// Search across the words and notes of favourites, filter by section and
// kind, and sort by date or by the guide's order.
class FavouritesFilterModel : public SearchFilterModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY filtersChanged)
    Q_PROPERTY(QString promptKind READ promptKind WRITE setPromptKind NOTIFY filtersChanged)
    Q_PROPERTY(SortOrder sortBy READ sortBy WRITE setSortBy NOTIFY filtersChanged)

public:
    enum SortOrder { ByDate, BySection };
    Q_ENUM(SortOrder)

    explicit FavouritesFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &id) { setFilter(m_sectionId, id); }
    [[nodiscard]] QString promptKind() const { return m_promptKind; }
    void setPromptKind(const QString &kind) { setFilter(m_promptKind, kind); }
    [[nodiscard]] SortOrder sortBy() const { return m_sortBy; }
    void setSortBy(SortOrder order) { setFilter(m_sortBy, order); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_sectionId;
    QString m_promptKind;
    SortOrder m_sortBy = ByDate;
};
