// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchfiltermodel.h"

#include <QPointer>

class LibraryModel;

// The Library's filters and search, in C++ so they stay fast however large
// the collection grows. An empty filter lets everything through.
class LibraryFilterModel : public SearchFilterModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString promptKind READ promptKind WRITE setPromptKind NOTIFY filtersChanged)
    Q_PROPERTY(QString sectionId READ sectionId WRITE setSectionId NOTIFY filtersChanged)
    Q_PROPERTY(QString deckId READ deckId WRITE setDeckId NOTIFY filtersChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY filtersChanged)
    Q_PROPERTY(QString cardKind READ cardKind WRITE setCardKind NOTIFY filtersChanged)

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *source) override;

    [[nodiscard]] QString promptKind() const { return m_promptKind; }
    void setPromptKind(const QString &kind) { setFilter(m_promptKind, kind); }
    [[nodiscard]] QString sectionId() const { return m_sectionId; }
    void setSectionId(const QString &id) { setFilter(m_sectionId, id); }
    [[nodiscard]] QString deckId() const { return m_deckId; }
    void setDeckId(const QString &id) { setFilter(m_deckId, id); }
    [[nodiscard]] int depth() const { return m_depth; }
    void setDepth(int depth) { setFilter(m_depth, depth); }
    [[nodiscard]] QString cardKind() const { return m_cardKind; }
    void setCardKind(const QString &kind) { setFilter(m_cardKind, kind); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] QString sourceSearchText(int sourceRow) const override;

private:
    QPointer<LibraryModel> m_library; // the source when it is one (always, in Hearth)
    QString m_promptKind;
    QString m_sectionId;
    QString m_deckId;
    int m_depth = 0; // 0: any depth
    QString m_cardKind;
};
