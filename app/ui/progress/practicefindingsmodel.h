// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progress.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

class CoachController;

// Practising alone, month by month: one row per kind of coach finding, each
// holding that kind's count in every month shown, for small bars side by
// side. Fewer is the win; no month is held against another.
class PracticeFindingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The practice figures come from App.progress.practice")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The months shown, oldest first: short names ("Mar") under the bars, and
    // what was written in each, as a sentence ("March: 2 statements saved, 1 drill done").
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY monthsChanged)
    Q_PROPERTY(QStringList monthDescriptions READ monthDescriptions NOTIFY monthsChanged)
    // The largest count in any month of any kind: the bars' common scale.
    Q_PROPERTY(int largest READ largest NOTIFY monthsChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        LabelRole,        // the kind as the coach names it ("Sweeping word")
        MonthsRole,       // [{total, inDrafts, inDrills, description}], one per month
        TotalRole,        // over every month shown
        DescriptionRole,  // the row as one sentence
    };
    Q_ENUM(Roles)

    explicit PracticeFindingsModel(const CoachController *coach, QObject *parent = nullptr);

    void setMonths(const QList<PracticeMonth> &months);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return m_months.isEmpty() ? 0 : int(m_kinds.size()); }
    [[nodiscard]] QStringList monthNames() const;
    [[nodiscard]] QStringList monthDescriptions() const;
    [[nodiscard]] int largest() const;
    [[nodiscard]] const QList<PracticeMonth> &months() const { return m_months; }

signals:
    void countChanged();
    void monthsChanged();

private:
    [[nodiscard]] QVariantList monthsOf(int row) const;
    [[nodiscard]] int totalOf(int row) const;
    [[nodiscard]] QString describe(const QString &label, const PracticeMonth &month, int row) const;

    const CoachController *m_coach;
    QStringList m_kinds;
    QList<PracticeMonth> m_months;
};
