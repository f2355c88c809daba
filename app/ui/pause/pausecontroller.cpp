// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausecontroller.h"

#include "content/contentrepository.h"

using namespace Qt::StringLiterals;

namespace {
// Often enough for a circle that grows over four seconds to move smoothly.
constexpr int tickMs = 50;

static_assert(int(PauseController::Stage::Finished) == int(MindfulPause::State::Finished));
static_assert(int(PauseController::Phase::Out) == int(PauseMoment::Phase::Out));
} // namespace

PauseController::PauseController(const ContentRepository &content, QObject *parent)
    : QObject(parent), m_content(content), m_pause(content)
{
    m_ticker.setInterval(tickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &PauseController::tick);
}

QVariantList PauseController::kinds() const
{
    QVariantList kinds;
    for (const PauseKind &kind : m_content.pauseKinds()) {
        kinds.append(QVariantMap{{u"kindId"_s, kind.id},
                                 {u"title"_s, kind.title},
                                 {u"description"_s, kind.description},
                                 {u"breathIn"_s, kind.breathInSeconds},
                                 {u"breathOut"_s, kind.breathOutSeconds}});
    }
    return kinds;
}

QString PauseController::kindId() const
{
    return m_pause.plan() ? m_pause.plan()->kindId() : QString();
}

QString PauseController::kindTitle() const
{
    const PauseKind *kind = m_content.pauseKind(kindId());
    return kind ? kind->title : QString();
}

int PauseController::minutes() const
{
    return m_pause.plan() ? m_pause.plan()->minutes() : 0;
}

bool PauseController::hasBreath() const
{
    return m_pause.plan() && m_pause.plan()->hasBreath();
}

int PauseController::stepCount() const
{
    return m_pause.plan() ? int(m_pause.plan()->steps().size()) : 0;
}

QString PauseController::stepText() const
{
    const PausePlan *plan = m_pause.plan();
    return plan && m_moment.step < plan->steps().size() ? plan->steps().at(m_moment.step).text : QString();
}

QVariantMap PauseController::offeredPrompt() const
{
    const QString id = m_pause.offeredPromptId();
    const ContentRepository::PromptText prompt = m_content.prompt(u"journal"_s, id);
    if (prompt.text.isEmpty())
        return {};
    return {{u"promptId"_s, id}, {u"text"_s, prompt.text}, {u"sectionId"_s, prompt.section}};
}

bool PauseController::start(const QString &kindId, int minutes)
{
    const MindfulPause::State before = m_pause.state();
    if (!m_pause.start(kindId, minutes))
        return false;
    m_sinceTick.start();
    m_ticker.start();
    update(before);
    if (before == m_pause.state())
        emit stageChanged(); // a new pause, though one was running
    return true;
}

void PauseController::hold()
{
    const MindfulPause::State before = m_pause.state();
    tick(); // what passed until now still counts
    m_pause.hold();
    update(before);
}

void PauseController::resume()
{
    const MindfulPause::State before = m_pause.state();
    m_pause.resume();
    m_sinceTick.start(); // the time held does not count
    update(before);
}

void PauseController::finishEarly()
{
    const MindfulPause::State before = m_pause.state();
    m_pause.finishEarly();
    update(before);
}

void PauseController::reset()
{
    const MindfulPause::State before = m_pause.state();
    m_pause.reset();
    update(before);
}

void PauseController::startExample()
{
    // Two minutes of breathing, a third of a minute in: words past the first, a breath half drawn.
    if (start(u"breathing"_s, 2))
        m_pause.advance(32'000);
    update(m_pause.state());
}

void PauseController::tick()
{
    const MindfulPause::State before = m_pause.state();
    if (before == MindfulPause::State::Running)
        m_pause.advance(m_sinceTick.restart());
    update(before);
}

void PauseController::update(MindfulPause::State before)
{
    const bool running = m_pause.state() == MindfulPause::State::Running;
    if (running && !m_ticker.isActive())
        m_ticker.start();
    else if (!running)
        m_ticker.stop();
    m_moment = m_pause.moment();
    emit momentChanged();
    if (m_pause.state() != before)
        emit stageChanged();
}
