// SPDX-License-Identifier: GPL-3.0-or-later
#include "pauseplan.h"

#include <algorithm>
#include <cmath>

std::optional<PausePlan> PausePlan::make(const PauseKind &kind, int minutes)
{
    if (minutes < shortestMinutes || minutes > longestMinutes || kind.steps.isEmpty())
        return std::nullopt;
    PausePlan plan;
    plan.m_kindId = kind.id;
    plan.m_minutes = minutes;
    const qint64 lengthMs = minutes * 60'000LL;
    const qsizetype stepCount = kind.steps.size();
    if (kind.breathInSeconds > 0 && kind.breathOutSeconds > 0) {
        plan.m_breathInMs = kind.breathInSeconds * 1000LL;
        plan.m_breathOutMs = kind.breathOutSeconds * 1000LL;
        const qint64 breathMs = plan.m_breathInMs + plan.m_breathOutMs;
        const qint64 breaths = std::max<qint64>(1, std::llround(double(lengthMs) / double(breathMs)));
        plan.m_durationMs = breaths * breathMs;
        // Each step starts on a breath: words that change mid-breath pull attention away from it.
        for (qsizetype i = 0; i < stepCount; ++i) {
            const qint64 first = i * breaths / stepCount;
            const qint64 end = (i + 1) * breaths / stepCount;
            if (end > first)
                plan.m_steps.append({kind.steps.at(i).text, first * breathMs, end * breathMs});
        }
    } else {
        plan.m_durationMs = lengthMs;
        for (qsizetype i = 0; i < stepCount; ++i)
            plan.m_steps.append({kind.steps.at(i).text, i * lengthMs / stepCount, (i + 1) * lengthMs / stepCount});
    }
    return plan;
}

int PausePlan::breaths() const
{
    return hasBreath() ? int(m_durationMs / (m_breathInMs + m_breathOutMs)) : 0;
}

PauseMoment PausePlan::at(qint64 elapsedMs) const
{
    const qint64 t = std::clamp<qint64>(elapsedMs, 0, m_durationMs);
    PauseMoment moment;
    moment.finished = t >= m_durationMs;
    moment.remainingMs = m_durationMs - t;

    // The step whose time holds t; the end of the pause belongs to the last one.
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        if (t < step.endMs || i == m_steps.size() - 1) {
            moment.step = int(i);
            moment.stepFraction = double(t - step.startMs) / double(step.endMs - step.startMs);
            break;
        }
    }

    if (hasBreath()) {
        const qint64 breathMs = m_breathInMs + m_breathOutMs;
        // At the very end the last breath out is complete, not a new one beginning.
        const qint64 intoBreath = moment.finished ? breathMs : t % breathMs;
        const bool breathingIn = intoBreath < m_breathInMs;
        moment.phase = breathingIn ? PauseMoment::Phase::In : PauseMoment::Phase::Out;
        const qint64 phaseMs = breathingIn ? m_breathInMs : m_breathOutMs;
        const qint64 intoPhase = breathingIn ? intoBreath : intoBreath - m_breathInMs;
        moment.phaseFraction = double(intoPhase) / double(phaseMs);
        moment.phaseSecondsLeft = int((phaseMs - intoPhase + 999) / 1000);
    }
    return moment;
}
