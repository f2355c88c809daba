// SPDX-License-Identifier: GPL-3.0-or-later
#include "mindfulpause.h"

#include "content/contentrepository.h"

#include <algorithm>

MindfulPause::MindfulPause(const ContentRepository &content)
    : m_content(content)
{
}

bool MindfulPause::start(const QString &kindId, int minutes)
{
    const PauseKind *kind = m_content.pauseKind(kindId);
    if (!kind)
        return false;
    auto plan = PausePlan::make(*kind, minutes);
    if (!plan)
        return false;
    m_plan = std::move(plan);
    m_elapsedMs = 0;
    m_finishedEarly = false;
    m_state = State::Running;
    ++m_pausesStarted;
    return true;
}

void MindfulPause::advance(qint64 ms)
{
    if (m_state != State::Running || ms <= 0)
        return;
    m_elapsedMs = std::min(m_elapsedMs + ms, m_plan->durationMs());
    if (m_elapsedMs >= m_plan->durationMs())
        m_state = State::Finished;
}

void MindfulPause::hold()
{
    if (m_state == State::Running)
        m_state = State::Held;
}

void MindfulPause::resume()
{
    if (m_state == State::Held)
        m_state = State::Running;
}

void MindfulPause::finishEarly()
{
    if (m_state != State::Running && m_state != State::Held)
        return;
    m_finishedEarly = true;
    m_state = State::Finished;
}

void MindfulPause::reset()
{
    m_state = State::Choosing;
    m_plan.reset();
    m_elapsedMs = 0;
    m_finishedEarly = false;
}

PauseMoment MindfulPause::moment() const
{
    return m_plan ? m_plan->at(m_elapsedMs) : PauseMoment{};
}

QString MindfulPause::offeredPromptId() const
{
    if (m_state != State::Finished || !m_plan)
        return {};
    const PauseKind *kind = m_content.pauseKind(m_plan->kindId());
    if (!kind || kind->journalPromptIds.isEmpty())
        return {};
    return kind->journalPromptIds.at((m_pausesStarted - 1) % kind->journalPromptIds.size());
}
