// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation.h"

#include "content/contentrepository.h"
#include "session/eveningarc.h"
#include "session/turns.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {
Conversation::Clock steadyClock()
{
    QElapsedTimer timer;
    timer.start();
    return [timer] { return timer.elapsed(); };
}
} // namespace

Conversation::Conversation(const ContentRepository &content, Clock clock)
    : m_content(content), m_clock(clock ? std::move(clock) : steadyClock())
{
    m_plan.choice.depthCeiling = 2;
}

qint64 Conversation::now() const
{
    return m_clock();
}

Conversation::Prompt Conversation::promptForCard(const QString &cardId) const
{
    const Card *card = m_content.card(cardId);
    const Deck *deck = m_content.deck(card->deckId);
    return {card->id, u"card"_s, card->text, card->kind, card->answeredBy, card->depth,
            card->listenerHint, deck ? deck->title : QString(), card->followUps};
}

Conversation::StartResult Conversation::start(const Plan &plan, const CardHistory &history, int firstSpeaker,
                                              quint32 seed)
{
    reset();
    m_plan = plan;
    m_plan.choice.depthCeiling = std::clamp(plan.choice.depthCeiling, 1, 3);
    m_plan.cards = std::max(0, plan.cards);
    m_plan.minutes = std::max(0, plan.minutes);
    m_mode = plan.escalating ? Mode::Escalating : Mode::Cards;
    if (m_mode == Mode::Escalating)
        m_plan.cards = m_plan.minutes = 0; // the 36 questions are their own plan
    m_history = history;
    m_seed = seed;
    m_firstSpeaker = firstSpeaker == 1 ? 1 : 0;
    buildEvening();
    if (m_queue.isEmpty())
        return m_setUsedUp ? StartResult::UsedUp : StartResult::NothingMatches;
    m_stage = Stage::Talking;
    startClock();
    showCard(0);
    return StartResult::Started;
}

Conversation::StartResult Conversation::startWithCard(const QString &cardId, int depthCeiling,
                                                      const CardHistory &history, int firstSpeaker, quint32 seed)
{
    const Card *card = m_content.card(cardId);
    if (!card)
        return StartResult::NothingMatches;
    Plan plan;
    plan.choice = {CardDraw::Choice::By::Decks, {card->deckId}, std::max(card->depth, depthCeiling)};
    plan.cards = 8;
    plan.startOver = true;
    const StartResult result = start(plan, history, firstSpeaker, seed);
    if (result != StartResult::Started)
        return result;
    if (m_closing && m_closing->id == cardId)
        m_closing.reset();
    m_queue.removeIf([&](const Prompt &p) { return p.id == cardId; });
    m_queue.prepend(promptForCard(cardId));
    m_dealt.clear();
    showCard(0);
    return result;
}

void Conversation::buildEvening()
{
    m_queue.clear();
    m_closing.reset();
    m_setUsedUp = false;
    if (m_mode == Mode::Escalating) {
        // In order, both answering each question: the deepening is the point.
        if (!m_content.escalating())
            return;
        int depth = 0;
        for (const EscalatingRound &round : m_content.escalating()->rounds) {
            ++depth;
            for (const EscalatingQuestion &q : round.questions)
                m_queue.append({q.id, u"escalating"_s, q.text, u"question"_s, u"each"_s, depth, {}, round.title, {}});
        }
        return;
    }
    const auto draw = CardDraw::draw(m_content, m_plan.choice, m_history, m_seed, m_plan.startOver);
    m_setUsedUp = draw.usedUp && !m_plan.startOver;
    const QStringList fresh = draw.cardIds.first(draw.cardIds.size() - draw.passedBeforeCount);
    const auto shape = EveningArc::shape(m_content, fresh, depthCeiling(), m_plan.cards, m_plan.hasEnd());
    for (const QString &id : shape.arrival + shape.body + draw.cardIds.last(draw.passedBeforeCount))
        m_queue.append(promptForCard(id));
    if (!shape.closing.isEmpty())
        m_closing = promptForCard(shape.closing);
}

void Conversation::rebuildRest(bool keepCurrent)
{
    // The depth changed: what is still to come is drawn again for the new
    // ceiling, the new depth first, leaving out what they have already had,
    // the check-ins of the start and the closing card kept for the end.
    const qsizetype kept = keepCurrent ? m_position + 1 : m_position;
    QSet<QString> leaveOut = m_dealt;
    for (qsizetype i = 0; i < std::min(kept, m_queue.size()); ++i)
        leaveOut.insert(m_queue.at(i).id);
    m_queue.resize(std::min(kept, m_queue.size()));
    if (m_closing) {
        if (m_closing->depth > depthCeiling())
            m_closing.reset();
        else
            leaveOut.insert(m_closing->id);
    }
    const auto draw = CardDraw::draw(m_content, m_plan.choice, m_history, m_seed, m_plan.startOver);
    QStringList fresh;
    QStringList passedBefore;
    for (qsizetype i = 0; i < draw.cardIds.size(); ++i) {
        const QString &id = draw.cardIds.at(i);
        const Card *card = m_content.card(id);
        if (leaveOut.contains(id) || !card || card->arrival)
            continue;
        (i < draw.cardIds.size() - draw.passedBeforeCount ? fresh : passedBefore).append(id);
    }
    for (const QString &id : EveningArc::rise(m_content, fresh, depthCeiling(), false) + passedBefore)
        m_queue.append(promptForCard(id));
}

const Conversation::Prompt *Conversation::current() const
{
    if (m_stage == Stage::Setup || m_planDone || m_position < 0 || m_position >= m_queue.size())
        return nullptr;
    return &m_queue.at(m_position);
}

QStringList Conversation::upcoming() const
{
    QStringList ids;
    for (qsizetype i = m_position + 1; i < m_queue.size(); ++i)
        ids.append(m_queue.at(i).id);
    return ids;
}

int Conversation::speaker() const
{
    const Prompt *prompt = current();
    if (!prompt || prompt->answeredBy == "both"_L1)
        return -1;
    const int opener = Turns::speakerForCard(m_firstSpeaker, int(m_position));
    return m_turnInCard == 0 ? opener : Turns::other(opener);
}

int Conversation::listener() const
{
    const int who = speaker();
    return who < 0 ? -1 : Turns::other(who);
}

bool Conversation::saidYesToDeeper(int partner) const
{
    return (partner == 0 || partner == 1) && m_deeperYes.at(std::size_t(partner));
}

int Conversation::deeperAskedBy() const
{
    return m_firstYes;
}

void Conversation::showCard(qsizetype position)
{
    m_position = position;
    m_turnInCard = 0;
    m_heard = false;
    m_revealedFollowUps = 0;
    if (position < m_queue.size())
        m_dealt.insert(m_queue.at(position).id);
    // The news about depth belongs to the card it was given on and the one after.
    if (m_depthNews == DepthNews::NextIsDeeper && position == m_depthNewsAt + 1) {
        m_depthNews = DepthNews::ThisIsDeeper;
        m_depthNewsAt = position;
    } else if (position != m_depthNewsAt) {
        m_depthNews = DepthNews::None;
    }
}

bool Conversation::closingDue() const
{
    if (!m_closing)
        return false;
    if (m_plan.cards > 0)
        return m_discussed >= m_plan.cards - 1;
    return m_plan.minutes > 0 && elapsedSeconds() >= m_plan.minutes * 60;
}

bool Conversation::basePlanReached() const
{
    if (m_mode != Mode::Cards)
        return false;
    if (m_plan.cards > 0)
        return m_discussed >= m_plan.cards;
    // A time plan ends with its closing card, once the time is up.
    return m_plan.minutes > 0 && elapsedSeconds() >= m_plan.minutes * 60 && !m_closing;
}

bool Conversation::planReached() const
{
    if (m_mode != Mode::Cards)
        return false;
    if (m_plan.cards > 0)
        return m_discussed >= m_plan.cards;
    return m_plan.minutes > 0 && elapsedSeconds() >= m_plan.minutes * 60;
}

bool Conversation::lastPlannedCard() const
{
    if (!current() || m_mode != Mode::Cards || m_extraCardsLeft > 0)
        return false;
    if (m_plan.cards > 0)
        return m_discussed == m_plan.cards - 1;
    return m_plan.minutes > 0 && !m_closing && elapsedSeconds() >= m_plan.minutes * 60;
}

void Conversation::dealNext()
{
    if (m_mode == Mode::Cards && closingDue()) {
        m_queue.insert(m_position + 1, *m_closing);
        m_closing.reset();
    }
    if (m_position + 1 >= m_queue.size()) {
        // Nothing left in this choice: straight to the closing ritual.
        m_setUsedUp = m_mode == Mode::Cards;
        m_position = m_queue.size();
        finish();
        return;
    }
    showCard(m_position + 1);
}

Conversation::Played Conversation::advance(bool discussed)
{
    Played played{current()->id, discussed};
    (discussed ? m_discussed : m_passed) += 1;
    if (m_extraCardsLeft > 0)
        --m_extraCardsLeft;
    if (basePlanReached() && m_extraCardsLeft == 0) {
        m_planDone = true; // no more cards until they choose one
        return played;
    }
    dealNext();
    return played;
}

std::optional<Conversation::Played> Conversation::next()
{
    const Prompt *prompt = current();
    if (m_stage != Stage::Talking || !prompt)
        return std::nullopt;
    if (prompt->answeredBy == "each"_L1 && m_turnInCard == 0) {
        // Both answer: the listener becomes the speaker on the same card.
        m_turnInCard = 1;
        m_heard = false;
        return std::nullopt;
    }
    return advance(true);
}

std::optional<Conversation::Played> Conversation::pass()
{
    if (m_stage != Stage::Talking || !current())
        return std::nullopt;
    return advance(false);
}

bool Conversation::markHeard()
{
    if (m_stage != Stage::Talking || speaker() < 0 || m_heard)
        return false;
    m_heard = true;
    return true;
}

bool Conversation::revealFollowUp()
{
    const Prompt *prompt = current();
    if (!prompt || m_revealedFollowUps >= prompt->followUps.size())
        return false;
    ++m_revealedFollowUps;
    return true;
}

void Conversation::noteStar(const QString &cardId, bool starred)
{
    if (starred)
        m_starred.insert(cardId);
    else
        m_starred.remove(cardId);
}

bool Conversation::lowerDepth()
{
    if (!canGoLighter() || (m_stage != Stage::Talking && m_stage != Stage::Paused))
        return false;
    --m_plan.choice.depthCeiling;
    m_deeperYes = {false, false};
    m_firstYes = -1;
    const Prompt *shown = current();
    const bool keepCurrent = !shown || shown->depth <= depthCeiling();
    rebuildRest(keepCurrent);
    m_depthNews = DepthNews::Lighter;
    if (keepCurrent) {
        m_depthNewsAt = m_position + 1; // said on the next card
        return true;
    }
    // The card on screen is now too deep: set it aside without counting it as passed.
    m_depthNewsAt = m_position;
    if (m_position >= m_queue.size()) {
        --m_position;
        dealNext();
    } else {
        showCard(m_position);
    }
    return true;
}

bool Conversation::askToGoDeeper(int partner)
{
    if (!canGoDeeper() || (partner != 0 && partner != 1) || m_stage != Stage::Talking)
        return false;
    if (m_deeperYes.at(std::size_t(partner)))
        return false; // already said; asking again changes nothing
    m_deeperYes.at(std::size_t(partner)) = true;
    if (m_firstYes < 0)
        m_firstYes = partner;
    if (!m_deeperYes[0] || !m_deeperYes[1])
        return true;
    // Both have said yes.
    ++m_plan.choice.depthCeiling;
    m_deeperYes = {false, false};
    m_firstYes = -1;
    rebuildRest(true);
    const qsizetype nextAt = m_position + 1;
    const bool deeperNext = nextAt < m_queue.size() && m_queue.at(nextAt).depth == depthCeiling();
    m_depthNews = deeperNext ? DepthNews::NextIsDeeper : DepthNews::NoDeeperLeft;
    m_depthNewsAt = m_position;
    return true;
}

bool Conversation::cancelDeeper()
{
    if (m_firstYes < 0)
        return false;
    m_deeperYes = {false, false};
    m_firstYes = -1;
    return true;
}

bool Conversation::oneMore()
{
    if (!m_planDone || m_stage != Stage::Talking)
        return false;
    m_planDone = false;
    m_extraCardsLeft = 1;
    dealNext();
    return true;
}

void Conversation::startClock()
{
    if (!m_runningSince && m_stage == Stage::Talking && !m_clockHeld)
        m_runningSince = now();
}

void Conversation::stopClock()
{
    if (m_runningSince)
        m_talkedMs += now() - *m_runningSince;
    m_runningSince.reset();
}

int Conversation::elapsedSeconds() const
{
    const qint64 running = m_runningSince ? now() - *m_runningSince : 0;
    return int((m_talkedMs + running) / 1000);
}

int Conversation::pauseSecondsLeft() const
{
    if (m_stage != Stage::Paused || !m_pausedSince)
        return suggestedPauseSeconds;
    return std::max(0, suggestedPauseSeconds - int((now() - *m_pausedSince) / 1000));
}

bool Conversation::pause()
{
    if (m_stage != Stage::Talking)
        return false;
    stopClock();
    m_pausedSince = now();
    m_stage = Stage::Paused;
    return true;
}

bool Conversation::resume()
{
    if (m_stage != Stage::Paused)
        return false;
    m_pausedSince.reset();
    m_stage = Stage::Talking;
    startClock();
    return true;
}

void Conversation::holdClock()
{
    stopClock();
    m_clockHeld = true;
}

void Conversation::releaseClock()
{
    m_clockHeld = false;
    startClock();
}

bool Conversation::finish()
{
    if (m_stage != Stage::Talking && m_stage != Stage::Paused)
        return false;
    stopClock();
    m_pausedSince.reset();
    m_stage = Stage::Closing;
    return true;
}

bool Conversation::close()
{
    if (m_stage != Stage::Closing)
        return false;
    m_stage = Stage::Summary;
    return true;
}

void Conversation::reset()
{
    m_stage = Stage::Setup;
    m_queue.clear();
    m_closing.reset();
    m_dealt.clear();
    m_position = 0;
    m_turnInCard = 0;
    m_heard = false;
    m_revealedFollowUps = 0;
    m_deeperYes = {false, false};
    m_firstYes = -1;
    m_depthNews = DepthNews::None;
    m_depthNewsAt = -1;
    m_discussed = 0;
    m_passed = 0;
    m_starred.clear();
    m_setUsedUp = false;
    m_planDone = false;
    m_extraCardsLeft = 0;
    m_talkedMs = 0;
    m_runningSince.reset();
    m_pausedSince.reset();
    m_clockHeld = false;
}
