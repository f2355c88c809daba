// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressoverview.h"

#include "coach/coachcontroller.h"

#include <QLocale>

ProgressOverview::ProgressOverview(const ContentRepository &content, const Database &database,
                                   const CoachController *coach, QObject *parent)
    : QObject(parent), m_content(content), m_database(database), m_coach(coach),
      m_weeks(new WeeksTogetherModel(this)), m_sections(new SectionReachModel(this)),
      m_practice(new PracticeFindingsModel(coach, this))
{
    // Nothing is read until the page is first shown: a start that never
    // opens it does not run the coach over every saved text.
}

void ProgressOverview::refresh()
{
    refresh(QDate::currentDate());
}

void ProgressOverview::refresh(QDate today)
{
    m_weeks->setWeeks(Progress::weeksTogether(m_database, today), today);
    m_sections->setSections(Progress::sectionsExplored(m_database, m_content));
    m_practice->setMonths(Progress::practiceByMonth(m_database, m_coach->coach(), today));
    emit refreshed();
}

bool ProgressOverview::hasAnything() const
{
    return m_weeks->count() > 0 || m_sections->explored() > 0 || m_practice->count() > 0;
}

QString ProgressOverview::weeksSummary() const
{
    const QList<WeekTogether> &weeks = m_weeks->weeks();
    if (weeks.isEmpty())
        return tr("When you talk through a card together or keep one of your rituals, its week lights up here.");
    int talks = 0;
    int rituals = 0;
    for (const WeekTogether &week : weeks) {
        talks += week.conversations;
        rituals += week.ritualsKept;
    }
    const QString since = weeks.size() < Progress::weeksShown
        ? tr("Since the week of %1", "the start of: Since the week of 2 March, you talked 3 times")
              .arg(QLocale().toString(weeks.constFirst().monday, tr("d MMMM", "a week's Monday, as QDate::toString formats it")))
        : tr("In the last %n week(s)", nullptr, int(weeks.size()));
    if (rituals == 0)
        return tr("%1, you talked together %n time(s).", "Since the week of 2 March, you talked together 3 times.", talks)
            .arg(since);
    if (talks == 0)
        return tr("%1, you kept a ritual %n time(s).", "Since the week of 2 March, you kept a ritual 3 times.", rituals)
            .arg(since);
    return tr("%1, you talked together %2 and kept a ritual %3.", "In the last 26 weeks, you talked together 4 times and kept a ritual twice.")
        .arg(since, tr("%n time(s)", "you talked together ... times", talks),
             tr("%n time(s)", "you kept a ritual ... times", rituals));
}

QString ProgressOverview::sectionsSummary() const
{
    const int explored = m_sections->explored();
    if (explored == 0)
        return tr("Each part of the guide fills in as you talk about its cards. Light, deeper or deepest: "
                  "every step is yours to choose.");
    if (explored == m_sections->count())
        return tr("You have talked about cards from every part of the guide.");
    return tr("You have talked about cards from %n part(s) of the guide. The rest are there whenever you like.",
              nullptr, explored);
}

QString ProgressOverview::practiceSummary() const
{
    if (m_practice->count() == 0)
        return tr("Statements you save in the builder and drills you finish show here, with what the coach "
                  "notices in them.");
    return tr("What the coach notices in the statements you saved and the drills you finished, month by month. "
              "Fewer marks mean kinder words are becoming a habit.");
}
