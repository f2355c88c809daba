// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

// The Library's filters and search, in C++ so they stay fast however large
// the collection grows. An empty filter lets everything through.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(QString promptKind READ promptKind WRITE setPromptKind NOTIFY filtersChanged)
    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY filtersChanged)
    Q_PROPERTY(QString deckId READ deckId WRITE setDeckId NOTIFY filtersChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY filtersChanged)
    Q_PROPERTY(QString cardKind READ cardKind WRITE setCardKind NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString promptKind() const { return m_promptKind; }
    void setPromptKind(const QString &kind);
    [[nodiscard]] QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &id);
    [[nodiscard]] QString deckId() const { return m_deckId; }
    void setDeckId(const QString &id);
    [[nodiscard]] int depth() const { return m_depth; }
    void setDepth(int depth);
    [[nodiscard]] QString cardKind() const { return m_cardKind; }
    void setCardKind(const QString &kind);
    [[nodiscard]] int count() const { return rowCount(); }

    // The row's values by role name, for actions on the current item.
    Q_INVOKABLE QVariant get(int row) const;

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_searchText;
    QStringList m_searchWords; // folded
    QString m_promptKind;
    QString m_sectionId;
    QString m_deckId;
    int m_depth = 0;
    QString m_cardKind;
};
