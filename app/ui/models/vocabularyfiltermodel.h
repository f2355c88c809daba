// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

// A vocabulary narrowed to what the person typed: every word typed must start
// a word of the entry or its group ("lone" finds lonely, "fear" the whole
// family). The vocabulary's order stays, so its groups stay together, each
// headed where its first shown word is (firstInGroup): Qt 6.4's ListView
// sections fail in a file with ComponentBehavior: Bound.
class VocabularyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit VocabularyFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] int count() const { return rowCount(); }

    // The row's values by role name: {word, groupTitle, faux, note, feelings, needs, ...}.
    Q_INVOKABLE QVariant get(int row) const;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    // The row Enter should pick: the word typed exactly, else the first word
    // that starts with it, else the first row; -1 when nothing matches.
    Q_INVOKABLE int bestMatch() const;

signals:
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_searchWords; // folded
};
