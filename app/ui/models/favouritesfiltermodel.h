// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

// Search across the words and notes of favourites, filter by section and
// kind, and sort by date or by the guide's order.
class FavouritesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY filtersChanged)
    Q_PROPERTY(QString promptKind READ promptKind WRITE setPromptKind NOTIFY filtersChanged)
    Q_PROPERTY(SortOrder sortBy READ sortBy WRITE setSortBy NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum SortOrder { ByDate, BySection };
    Q_ENUM(SortOrder)

    explicit FavouritesFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &id);
    [[nodiscard]] QString promptKind() const { return m_promptKind; }
    void setPromptKind(const QString &kind);
    [[nodiscard]] SortOrder sortBy() const { return m_sortBy; }
    void setSortBy(SortOrder order);
    [[nodiscard]] int count() const { return rowCount(); }

    Q_INVOKABLE QVariant get(int row) const;

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_searchText;
    QStringList m_searchWords;
    QString m_sectionId;
    QString m_promptKind;
    SortOrder m_sortBy = ByDate;
};
