// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QQmlEngine>
#include <QSortFilterProxyModel>

// What every list filter in Hearth shares: search as you type (every word
// must appear, in any order, ignoring case and accents), a live count, and a
// row's values for QML. Subclasses add their own filters on top.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] int count() const { return rowCount(); }
    void setSourceModel(QAbstractItemModel *source) override;

    // The row's values by role name, for acting on the current item.
    Q_INVOKABLE QVariant get(int row) const;
    // `text` as Qt's StyledText (escaped) with every searched word of `search`
    // in bold in `colour`, matched as the search matches (ignoring case and
    // accents). Takes the search as an argument so a QML binding follows it.
    // (StyledText, not RichText: it keeps the label's line height, and a
    // label that switched between formats kept a stale height in a layout.)
    Q_INVOKABLE QString highlighted(const QString &text, const QString &search, const QColor &colour) const;
    [[nodiscard]] static QString highlightedText(const QString &text, const QString &search, const QColor &colour);

signals:
    void filtersChanged();
    void countChanged();

protected:
    // `searchTextRole` is the source role holding text folded for search.
    SearchFilterModel(int searchTextRole, QObject *parent);

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Whether the source row has every searched word: remembered for the
    // current search, so a filter testing every row asks no data() for it.
    [[nodiscard]] bool matchesSearch(int sourceRow) const;
    [[nodiscard]] bool matchesSearch(const QModelIndex &sourceIndex) const { return matchesSearch(sourceIndex.row()); }
    [[nodiscard]] const QStringList &searchWords() const { return m_searchWords; }
    // How one searched word matches; anywhere in the text unless overridden.
    // Narrowing relies on this: a word that matches, its beginning matches too.
    [[nodiscard]] virtual bool wordMatches(const QString &haystack, const QString &word) const;
    // The source row's folded search text; through data() unless a subclass
    // knows its source and reads it directly.
    [[nodiscard]] virtual QString sourceSearchText(int sourceRow) const;

    // Applies a changed filter: filters and sorts again and tells QML.
    virtual void refilter();
    template<typename T>
    void setFilter(T &member, const T &value)
    {
        if (member == value)
            return;
        member = value;
        refilter();
    }

    // The source's rows or their texts changed: what was remembered is stale.
    void forgetMatches();

private:
    // The rows found for one search, all of them or narrowed from the search before.
    struct Found
    {
        QStringList words;
        QList<int> rows; // source rows, ascending
    };
    [[nodiscard]] bool textMatches(const QString &haystack) const;
    void findMatches();
    void watchSource(QAbstractItemModel *source);

    int m_searchTextRole;
    QString m_searchText;
    QStringList m_searchWords; // folded
    // While a person types, each search narrows the one before (its words only
    // grew at their ends); erasing goes back down. Narrowest last.
    QList<Found> m_found;
    QList<bool> m_matches; // by source row, for the current words; empty when unknown
    QList<QMetaObject::Connection> m_sourceConnections;
};
