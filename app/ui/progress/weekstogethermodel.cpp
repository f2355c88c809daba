// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekstogethermodel.h"

#include <QLocale>

WeeksTogetherModel::WeeksTogetherModel(QObject *parent) : QAbstractListModel(parent) {}

void WeeksTogetherModel::setWeeks(const QList<WeekTogether> &weeks, QDate today)
{
    const bool countChanges = weeks.size() != m_weeks.size();
    beginResetModel();
    m_weeks = weeks;
    m_today = today;
    m_rows.clear();
    m_columns.clear();
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        const bool newMonth = i == 0 || m_weeks.at(i - 1).monday.month() != m_weeks.at(i).monday.month();
        m_rows.append(i == 0 ? 0 : m_rows.last() + (newMonth ? 1 : 0));
        m_columns.append(newMonth ? 0 : m_columns.last() + 1);
    }
    endResetModel();
    if (countChanges)
        emit countChanged();
    emit monthNamesChanged();
}

QStringList WeeksTogetherModel::monthNames() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_weeks.size(); ++i) {
        if (m_columns.at(i) == 0)
            names.append(QLocale().toString(m_weeks.at(i).monday,
                                            tr("MMMM", "a month's name on its own, as QDate::toString formats it")));
    }
    return names;
}

int WeeksTogetherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weeks.size());
}

QString WeeksTogetherModel::description(const WeekTogether &week) const
{
    QStringList happened;
    if (week.conversations > 0)
        happened.append(tr("talked %n time(s)", nullptr, week.conversations));
    if (week.ritualsKept > 0)
        happened.append(tr("kept %n ritual(s)", nullptr, week.ritualsKept));
    const QString what = happened.isEmpty() ? tr("a quiet week") : happened.join(tr(", ", "between two things done in a week"));
    if (week.monday.addDays(6) >= m_today)
        return tr("This week: %1").arg(what);
    const QString day = QLocale().toString(week.monday, tr("d MMMM", "a week's Monday, as QDate::toString formats it"));
    return tr("Week of %1: %2", "Week of 2 March: talked twice").arg(day, what);
}

QVariant WeeksTogetherModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeekTogether &week = m_weeks.at(index.row());
    switch (role) {
    case MondayRole:
        return week.monday;
    case ConversationsRole:
        return week.conversations;
    case RitualsKeptRole:
        return week.ritualsKept;
    case TogetherRole:
        return week.together();
    case MonthRowRole:
        return m_rows.at(index.row());
    case ColumnRole:
        return m_columns.at(index.row());
    case Qt::DisplayRole:
    case DescriptionRole:
        return description(week);
    }
    return {};
}

QHash<int, QByteArray> WeeksTogetherModel::roleNames() const
{
    return {{MondayRole, "monday"},
            {ConversationsRole, "conversations"},
            {RitualsKeptRole, "ritualsKept"},
            {TogetherRole, "together"},
            {MonthRowRole, "monthRow"},
            {ColumnRole, "column"},
            {DescriptionRole, "description"}};
}
