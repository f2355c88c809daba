// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicefindingsmodel.h"

#include "coach/coachcontroller.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

PracticeFindingsModel::PracticeFindingsModel(const CoachController *coach, QObject *parent)
    : QAbstractListModel(parent), m_coach(coach), m_kinds(Progress::findingKinds())
{
}

void PracticeFindingsModel::setMonths(const QList<PracticeMonth> &months)
{
    const int countBefore = count();
    beginResetModel();
    m_months = months;
    endResetModel();
    if (count() != countBefore)
        emit countChanged();
    emit monthsChanged();
}

int PracticeFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QStringList PracticeFindingsModel::monthNames() const
{
    QStringList names;
    for (const PracticeMonth &month : m_months)
        names.append(QLocale().toString(month.month, tr("MMM", "a month's short name, as QDate::toString formats it")));
    return names;
}

QStringList PracticeFindingsModel::monthDescriptions() const
{
    QStringList descriptions;
    for (const PracticeMonth &month : m_months) {
        QStringList written;
        if (month.drafts > 0)
            written.append(tr("%n statement(s) saved", nullptr, month.drafts));
        if (month.drills > 0)
            written.append(tr("%n drill(s) done", nullptr, month.drills));
        const QString what = written.isEmpty() ? tr("nothing saved") : written.join(tr(", ", "between two things saved in a month"));
        descriptions.append(tr("%1: %2", "March: 2 statements saved")
                                .arg(QLocale().standaloneMonthName(month.month.month()), what));
    }
    return descriptions;
}

int PracticeFindingsModel::largest() const
{
    int largest = 0;
    for (const PracticeMonth &month : m_months) {
        for (const FindingCount &found : month.findings)
            largest = std::max(largest, found.total());
    }
    return largest;
}

int PracticeFindingsModel::totalOf(int row) const
{
    int total = 0;
    for (const PracticeMonth &month : m_months)
        total += month.findings.value(row).total();
    return total;
}

QString PracticeFindingsModel::describe(const QString &label, const PracticeMonth &month, int row) const
{
    const FindingCount found = month.findings.value(row);
    const QString name = QLocale().standaloneMonthName(month.month.month());
    if (found.total() == 0)
        return tr("%1 in %2: none", "Blame in March: none").arg(label, name);
    QStringList where;
    if (found.inDrafts > 0)
        where.append(tr("%n in saved statements", nullptr, found.inDrafts));
    if (found.inDrills > 0)
        where.append(tr("%n in drills", nullptr, found.inDrills));
    return tr("%1 in %2: %3", "Blame in March: 2 in saved statements, 1 in drills")
        .arg(label, name, where.join(tr(", ", "between the places a finding was seen")));
}

QVariantList PracticeFindingsModel::monthsOf(int row) const
{
    const QString label = m_coach->kindLabel(m_kinds.at(row));
    QVariantList months;
    for (const PracticeMonth &month : m_months) {
        const FindingCount found = month.findings.value(row);
        months.append(QVariantMap{{u"total"_s, found.total()},
                                  {u"inDrafts"_s, found.inDrafts},
                                  {u"inDrills"_s, found.inDrills},
                                  {u"description"_s, describe(label, month, row)}});
    }
    return months;
}

QVariant PracticeFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString &kind = m_kinds.at(row);
    switch (role) {
    case KindRole:
        return kind;
    case LabelRole:
        return m_coach->kindLabel(kind);
    case MonthsRole:
        return monthsOf(row);
    case TotalRole:
        return totalOf(row);
    case Qt::DisplayRole:
    case DescriptionRole: {
        const int total = totalOf(row);
        return total == 0 ? tr("%1: none in these months", "Blame: none in these months").arg(m_coach->kindLabel(kind))
                          : tr("%1: %n in these months", "Blame: 3 in these months", total).arg(m_coach->kindLabel(kind));
    }
    }
    return {};
}

QHash<int, QByteArray> PracticeFindingsModel::roleNames() const
{
    return {{KindRole, "kind"},
            {LabelRole, "label"},
            {MonthsRole, "months"},
            {TotalRole, "total"},
            {DescriptionRole, "description"}};
}
