// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

class ContentRepository;

// The guide's sections, in reading order, with their ideas, practices and
// (for the roadblocks section) the self-check.
class GuideModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The guide comes from App.guide")

public:
    enum Roles {
        SectionIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        IdeasRole,
        PracticesRole,
        SelfCheckIntroRole,
        SelfCheckItemsRole,
        SeekHelpRole,
    };
    Q_ENUM(Roles)

    explicit GuideModel(const ContentRepository &content, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Every role of one row by role name, for a view that shows one section at a time.
    Q_INVOKABLE QVariant get(int row) const;
    // The row of a section id, or -1.
    Q_INVOKABLE int indexOfSection(const QString &sectionId) const;

private:
    const ContentRepository &m_content;
};
