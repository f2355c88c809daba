// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"

#include <QList>
#include <QString>

#include <optional>

// Where a pause is at one moment: which step's words to show, where in a breath
// (for a kind with a rhythm) and how much is left. Plain numbers, so that a
// circle can be drawn from them, or, with less motion, words alone.
struct PauseMoment
{
    enum class Phase { None, In, Out };

    int step = 0;
    Phase phase = Phase::None;
    double phaseFraction = 0; // 0 at the start of a breath in or out, 1 at its end
    int phaseSecondsLeft = 0; // the count in words: "in… 4, 3, 2, 1"
    double stepFraction = 0;
    qint64 remainingMs = 0;
    bool finished = false;
};

// The timings of one pause: a kind from the content and a length of one to
// three minutes. A kind with a breath repeats it, whole breaths only, so the
// pause never stops half-way through one; its words change between breaths.
// A body check gives each step an equal share of the time.
class PausePlan
{
public:
    static constexpr int shortestMinutes = 1;
    static constexpr int longestMinutes = 3;

    struct Step
    {
        QString text;
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    // Nothing for a length outside one to three minutes or a kind without steps.
    [[nodiscard]] static std::optional<PausePlan> make(const PauseKind &kind, int minutes);

    [[nodiscard]] const QString &kindId() const { return m_kindId; }
    [[nodiscard]] int minutes() const { return m_minutes; }
    [[nodiscard]] qint64 durationMs() const { return m_durationMs; }
    [[nodiscard]] bool hasBreath() const { return m_breathInMs > 0; }
    [[nodiscard]] int breaths() const;
    [[nodiscard]] const QList<Step> &steps() const { return m_steps; }

    // Where the pause is `elapsedMs` after it began (clamped to its length).
    [[nodiscard]] PauseMoment at(qint64 elapsedMs) const;

private:
    PausePlan() = default;

    QString m_kindId;
    int m_minutes = 0;
    qint64 m_breathInMs = 0;
    qint64 m_breathOutMs = 0;
    qint64 m_durationMs = 0;
    QList<Step> m_steps;
};
