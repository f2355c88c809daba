// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progress.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

// The weeks of the Progress page's calendar, oldest first: for each, the
// conversations and the rituals kept, and a sentence saying so for a screen
// reader. A week with neither is a quiet week, never a missed one.
class WeeksTogetherModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The weeks come from App.progress.weeks")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The calendar's rows: one per month a shown week starts in, oldest
    // first, by name ("March"); each week's MonthRowRole points into it.
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY monthNamesChanged)

public:
    enum Roles {
        MondayRole = Qt::UserRole + 1,
        ConversationsRole,
        RitualsKeptRole,
        TogetherRole,
        MonthRowRole,     // the calendar row: the month its Monday is in, counted from the first shown
        ColumnRole,       // the week's place in that row, from 0
        DescriptionRole,  // "Week of 2 March: talked twice, kept 1 ritual"
    };
    Q_ENUM(Roles)

    explicit WeeksTogetherModel(QObject *parent = nullptr);

    void setWeeks(const QList<WeekTogether> &weeks, QDate today);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_weeks.size()); }
    [[nodiscard]] const QList<WeekTogether> &weeks() const { return m_weeks; }
    [[nodiscard]] QStringList monthNames() const;

signals:
    void countChanged();
    void monthNamesChanged();

private:
    [[nodiscard]] QString description(const WeekTogether &week) const;

    QList<WeekTogether> m_weeks;
    QList<int> m_rows;    // by week
    QList<int> m_columns; // by week
    QDate m_today;
};
