// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progress.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The guide's seven sections, in the guide's order, with how many of their
// cards the couple talked about and how deep they went, and a sentence
// saying so for a screen reader.
class SectionReachModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sections come from App.progress.sections")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // How many sections hold at least one card talked about.
    Q_PROPERTY(int explored READ explored NOTIFY exploredChanged)

public:
    enum Roles {
        SectionIdRole = Qt::UserRole + 1,
        TitleRole,
        CardsDiscussedRole,
        DeepestDepthRole,  // 0 before the first card, else 1 to 3
        DeepestOfferedRole, // how deep the section's cards go
        DescriptionRole,
    };
    Q_ENUM(Roles)

    explicit SectionReachModel(QObject *parent = nullptr);

    void setSections(const QList<SectionReach> &sections);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_sections.size()); }
    [[nodiscard]] int explored() const;

signals:
    void countChanged();
    void exploredChanged();

private:
    [[nodiscard]] QString description(const SectionReach &section) const;

    QList<SectionReach> m_sections;
};
