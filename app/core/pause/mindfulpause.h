// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pauseplan.h"

#include <QString>

#include <optional>

class ContentRepository;

// A mindful pause from choosing to its end: started with a kind and a length,
// moved on by the time that passes while it runs, held and resumed, finished
// early whenever the person likes. Time comes from outside (a timer in the
// app, given numbers in the tests), so every rule here is tested without waiting.
class MindfulPause
{
public:
    enum class State { Choosing, Running, Held, Finished };

    explicit MindfulPause(const ContentRepository &content);

    // False, and nothing changes, for an unknown kind or a length outside one to three minutes.
    bool start(const QString &kindId, int minutes);
    // Time that passed while running; ignored otherwise. Reaching the end finishes the pause.
    void advance(qint64 ms);
    void hold();
    void resume();
    void finishEarly();
    // Back to choosing, after a pause or instead of one.
    void reset();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool finishedEarly() const { return m_finishedEarly; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    [[nodiscard]] const PausePlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    [[nodiscard]] PauseMoment moment() const;
    // The journal prompt offered afterwards: the kind's prompts, one after the
    // other from pause to pause, so a second pause brings a new question.
    [[nodiscard]] QString offeredPromptId() const;

private:
    const ContentRepository &m_content;
    State m_state = State::Choosing;
    std::optional<PausePlan> m_plan;
    qint64 m_elapsedMs = 0;
    bool m_finishedEarly = false;
    int m_pausesStarted = 0;
};
