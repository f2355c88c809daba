// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicefindingsmodel.h"
#include "sectionreachmodel.h"
#include "weekstogethermodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>

class CoachController;
class ContentRepository;
class Database;

// What the Progress page shows: the weeks with time together, how far the
// conversations went in each section of the guide, and what the coach finds
// in saved practice over the months (core/progress). Read again each time
// the page is shown and whenever the person's data is replaced, so it follows
// the calendar and the data without watching every store.
class ProgressOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Progress comes from App.progress")

    Q_PROPERTY(WeeksTogetherModel *weeks READ weeks CONSTANT)
    Q_PROPERTY(SectionReachModel *sections READ sections CONSTANT)
    Q_PROPERTY(PracticeFindingsModel *practice READ practice CONSTANT)
    // False while there is nothing at all to show: the page then welcomes instead.
    Q_PROPERTY(bool hasAnything READ hasAnything NOTIFY refreshed)
    // One sentence for each picture, said above it and read by a screen reader.
    Q_PROPERTY(QString weeksSummary READ weeksSummary NOTIFY refreshed)
    Q_PROPERTY(QString sectionsSummary READ sectionsSummary NOTIFY refreshed)
    Q_PROPERTY(QString practiceSummary READ practiceSummary NOTIFY refreshed)

public:
    ProgressOverview(const ContentRepository &content, const Database &database, const CoachController *coach,
                     QObject *parent = nullptr);

    [[nodiscard]] WeeksTogetherModel *weeks() const { return m_weeks; }
    [[nodiscard]] SectionReachModel *sections() const { return m_sections; }
    [[nodiscard]] PracticeFindingsModel *practice() const { return m_practice; }
    [[nodiscard]] bool hasAnything() const;
    [[nodiscard]] QString weeksSummary() const;
    [[nodiscard]] QString sectionsSummary() const;
    [[nodiscard]] QString practiceSummary() const;

    // Reads every figure again, as of today.
    Q_INVOKABLE void refresh();
    void refresh(QDate today);

signals:
    void refreshed();

private:
    const ContentRepository &m_content;
    const Database &m_database;
    const CoachController *m_coach;
    WeeksTogetherModel *m_weeks;
    SectionReachModel *m_sections;
    PracticeFindingsModel *m_practice;
};
