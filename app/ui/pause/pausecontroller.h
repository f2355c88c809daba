// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pause/mindfulpause.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

class ContentRepository;

// A mindful pause for QML: the kinds to choose from, and the pause under way
// as numbers a page draws (a breath's phase and fraction, the step's words,
// what is left). A timer feeds the time that passed to the core's
// MindfulPause, which holds every rule; this class only adds the clock and signals.
class PauseController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The pause comes from App.pause")

    // [{kindId, title, description, breathIn, breathOut}], breathIn 0 for a kind without a rhythm.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(int shortestMinutes READ shortestMinutes CONSTANT)
    Q_PROPERTY(int longestMinutes READ longestMinutes CONSTANT)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool finishedEarly READ finishedEarly NOTIFY stageChanged)
    Q_PROPERTY(QString kindId READ kindId NOTIFY stageChanged)
    Q_PROPERTY(QString kindTitle READ kindTitle NOTIFY stageChanged)
    Q_PROPERTY(int minutes READ minutes NOTIFY stageChanged)
    Q_PROPERTY(bool hasBreath READ hasBreath NOTIFY stageChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY stageChanged)
    // The journal prompt offered at the end: {promptId, text, sectionId}, empty before.
    Q_PROPERTY(QVariantMap offeredPrompt READ offeredPrompt NOTIFY stageChanged)
    Q_PROPERTY(int step READ step NOTIFY momentChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY momentChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY momentChanged)
    Q_PROPERTY(double phaseFraction READ phaseFraction NOTIFY momentChanged)
    Q_PROPERTY(int phaseSecondsLeft READ phaseSecondsLeft NOTIFY momentChanged)
    Q_PROPERTY(double stepFraction READ stepFraction NOTIFY momentChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY momentChanged)

public:
    enum class Stage { Choosing, Running, Held, Finished };
    Q_ENUM(Stage)
    enum class Phase { None, In, Out };
    Q_ENUM(Phase)

    explicit PauseController(const ContentRepository &content, QObject *parent = nullptr);

    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] static int shortestMinutes() { return PausePlan::shortestMinutes; }
    [[nodiscard]] static int longestMinutes() { return PausePlan::longestMinutes; }
    [[nodiscard]] Stage stage() const { return Stage(m_pause.state()); }
    [[nodiscard]] bool finishedEarly() const { return m_pause.finishedEarly(); }
    [[nodiscard]] QString kindId() const;
    [[nodiscard]] QString kindTitle() const;
    [[nodiscard]] int minutes() const;
    [[nodiscard]] bool hasBreath() const;
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] QVariantMap offeredPrompt() const;
    [[nodiscard]] int step() const { return m_moment.step; }
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] Phase phase() const { return Phase(m_moment.phase); }
    [[nodiscard]] double phaseFraction() const { return m_moment.phaseFraction; }
    [[nodiscard]] int phaseSecondsLeft() const { return m_moment.phaseSecondsLeft; }
    [[nodiscard]] double stepFraction() const { return m_moment.stepFraction; }
    [[nodiscard]] int remainingSeconds() const { return int((m_moment.remainingMs + 999) / 1000); }

    // False for an unknown kind or a length outside one to three minutes.
    Q_INVOKABLE bool start(const QString &kindId, int minutes);
    Q_INVOKABLE void hold();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void finishEarly();
    // Back to choosing.
    Q_INVOKABLE void reset();

    // The demo's pause, a little way in, for `hearth --demo --page pause`.
    void startExample();

signals:
    void stageChanged();
    void momentChanged();

private:
    void tick();
    void update(MindfulPause::State before);

    const ContentRepository &m_content;
    MindfulPause m_pause;
    PauseMoment m_moment;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
};
