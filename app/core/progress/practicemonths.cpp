// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include "coach/coach.h"
#include "storage/database.h"
#include "storage/readquery.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A saved text and the local day it was written.
struct Saved
{
    QString text;
    QDate day;
};

QList<Saved> savedTexts(const Database &database, const QString &sql)
{
    QList<Saved> saved;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!execRead(database, query, sql))
        return saved;
    while (query.next()) {
        const QDateTime when = fromStored(query.value(1).toString());
        if (when.isValid())
            saved.append({query.value(0).toString(), when.toLocalTime().date()});
    }
    return saved;
}

QDate firstOfMonth(QDate day)
{
    return {day.year(), day.month(), 1};
}

// Line by line, as the coach reads what is being written (CoachController).
QList<CoachFinding> findingsIn(const Coach &coach, const QString &text)
{
    QList<CoachFinding> findings;
    for (const QString &line : text.split(u'\n'))
        findings.append(coach.findings(line));
    return findings;
}

} // namespace

QStringList Progress::findingKinds()
{
    return {u"absolute"_s, u"you-blame"_s, u"thought-as-feeling"_s, u"evaluative-feeling"_s, u"label"_s, u"demand"_s,
            u"contempt"_s, u"defensiveness"_s, u"stonewalling"_s};
}

QList<PracticeMonth> Progress::practiceByMonth(const Database &database, const Coach &coach, QDate today)
{
    const QList<Saved> drafts = savedTexts(database, u"SELECT text, created_at FROM coach_drafts"_s);
    const QList<Saved> drills = savedTexts(database, u"SELECT rewrite, completed_at FROM drill_progress"_s);

    const QDate lastMonth = firstOfMonth(today);
    QDate first;
    for (const QList<Saved> *texts : {&drafts, &drills}) {
        for (const Saved &saved : *texts) {
            if (saved.day <= today && (!first.isValid() || saved.day < first))
                first = saved.day;
        }
    }
    if (!first.isValid())
        return {};
    const QDate firstMonth = std::max(firstOfMonth(first), lastMonth.addMonths(-(monthsShown - 1)));

    const QStringList kinds = findingKinds();
    QList<PracticeMonth> months;
    for (QDate month = firstMonth; month <= lastMonth; month = month.addMonths(1)) {
        PracticeMonth entry{month, 0, 0, {}};
        for (const QString &kind : kinds)
            entry.findings.append({kind, 0, 0});
        months.append(entry);
    }
    const auto monthOf = [&](QDate day) -> PracticeMonth * {
        if (day < firstMonth || day > today)
            return nullptr;
        const int index = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
        return &months[index];
    };
    const auto count = [&](const QList<Saved> &texts, int PracticeMonth::*pieces, int FindingCount::*found) {
        for (const Saved &saved : texts) {
            PracticeMonth *month = monthOf(saved.day);
            if (!month)
                continue;
            ++(month->*pieces);
            for (const CoachFinding &finding : findingsIn(coach, saved.text)) {
                const qsizetype kind = kinds.indexOf(finding.kind);
                if (kind >= 0) // a kind this list does not know yet is not drawn
                    ++(month->findings[kind].*found);
            }
        }
    };
    count(drafts, &PracticeMonth::drafts, &FindingCount::inDrafts);
    count(drills, &PracticeMonth::drills, &FindingCount::inDrills);
    return months;
}
