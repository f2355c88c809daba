// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "content/contentrepository.h"
#include "models/favouritesmodel.h"
#include "session/turns.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

SessionController::SessionController(const ContentRepository &content, Database &database,
                                     FavouritesModel *favourites, QObject *parent)
    : QObject(parent), m_content(content), m_history(database), m_favourites(favourites),
      m_seed(QRandomGenerator::global()->generate())
{
    if (const auto couple = m_history.lastCouple())
        m_couple = *couple;
    m_choice.depthCeiling = 2;
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionController::clockChanged);
    if (m_favourites) {
        connect(m_favourites, &FavouritesModel::starChanged, this, &SessionController::cardStarredChanged);
    }
}

void SessionController::setSeed(quint32 seed)
{
    m_seed = seed;
}

bool SessionController::saveCouple(const QString &firstName, const QString &firstColour, const QString &secondName,
                                   const QString &secondColour)
{
    Couple couple = m_couple;
    couple.names[0] = firstName.trimmed();
    couple.names[1] = secondName.trimmed();
    couple.colours[0] = firstColour;
    couple.colours[1] = secondColour;
    if (couple.names[0].isEmpty() || couple.names[1].isEmpty())
        return false;
    if (!m_history.saveCouple(couple)) {
        emit problem(tr("Your names could not be saved: %1").arg(m_history.lastError()));
        return false;
    }
    m_couple = couple;
    emit coupleChanged();
    return true;
}

SessionController::Prompt SessionController::promptForCard(const QString &cardId) const
{
    const Card *card = m_content.card(cardId);
    const Deck *deck = m_content.deck(card->deckId);
    return {card->id, u"card"_s, card->text, card->kind, card->answeredBy, card->depth,
            card->listenerHint, deck ? deck->title : QString(), card->followUps};
}

void SessionController::buildQueue(bool startOver)
{
    m_queue.clear();
    m_setUsedUp = false;
    if (m_mode == "escalating"_L1) {
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
    const auto draw = CardDraw::draw(m_content, m_choice, m_history.cardHistory(m_couple.id), m_seed, startOver);
    m_setUsedUp = draw.usedUp && !startOver;
    for (const QString &id : draw.cardIds)
        m_queue.append(promptForCard(id));
}

bool SessionController::start(const QString &by, const QStringList &ids, int depthCeiling, int plannedCards,
                              int plannedMinutes, bool startOver)
{
    if (!hasCouple())
        return false;
    prepare(by, ids);
    m_mode = by == "escalating"_L1 ? u"escalating"_s : u"cards"_s;
    m_choice.by = by == "sections"_L1 ? CardDraw::Choice::By::Sections
                  : by == "decks"_L1  ? CardDraw::Choice::By::Decks
                                      : CardDraw::Choice::By::Surprise;
    m_choice.ids = ids;
    m_choice.depthCeiling = std::clamp(depthCeiling, 1, 3);
    m_plannedCards = std::max(0, plannedCards);
    m_plannedMinutes = std::max(0, plannedMinutes);
    buildQueue(startOver);
    emit progressChanged();
    emit depthChanged();
    if (m_queue.isEmpty())
        return false; // Used up, or nothing matches: the setup says which.

    m_firstSpeaker = Turns::firstSpeakerAfter(m_history.lastFirstSpeaker(m_couple.id));
    m_sessionId = m_history.startSession(m_couple.id, m_mode, m_firstSpeaker, m_choice.depthCeiling);
    if (m_sessionId == 0)
        emit problem(tr("This conversation can't be remembered: %1").arg(m_history.lastError()));
    m_discussed = 0;
    m_passed = 0;
    m_starred.clear();
    m_deeperAskedBy = -1;
    m_talkedMs = 0;
    m_talkClock.start();
    m_tick.start();
    showCard(0);
    setStage(Stage::Talking);
    emit progressChanged();
    emit depthChanged();
    emit clockChanged();
    return true;
}

bool SessionController::startAgain(bool startOver)
{
    return start(m_choiceBy, m_choice.ids, m_choice.depthCeiling,
                 m_plannedCards > 0 || m_plannedMinutes > 0 ? m_plannedCards : 8, m_plannedMinutes, startOver);
}

void SessionController::prepare(const QString &by, const QStringList &ids)
{
    m_choiceBy = by;
    m_choice.ids = ids;
    emit choiceChanged();
}

bool SessionController::startWithCard(const QString &cardId)
{
    const Card *card = m_content.card(cardId);
    if (!card)
        return false;
    prepare(u"decks"_s, {card->deckId});
    if (!hasCouple() || m_stage != Stage::Setup)
        return false;
    // The chosen card may be deeper than last time's ceiling; choosing it is agreeing to its depth.
    if (!start(u"decks"_s, {card->deckId}, std::max(card->depth, m_choice.depthCeiling), 8, 0, true))
        return false;
    const auto at = std::find_if(m_queue.cbegin(), m_queue.cend(), [&](const Prompt &p) { return p.id == cardId; });
    if (at != m_queue.cbegin()) {
        if (at != m_queue.cend())
            m_queue.removeAt(at - m_queue.cbegin());
        m_queue.prepend(promptForCard(cardId));
        showCard(0);
    }
    return true;
}

const SessionController::Prompt *SessionController::current() const
{
    if (m_stage == Stage::Setup || m_position < 0 || m_position >= m_queue.size())
        return nullptr;
    return &m_queue.at(m_position);
}

QString SessionController::cardId() const { return current() ? current()->id : QString(); }
QString SessionController::cardText() const { return current() ? current()->text : QString(); }
QString SessionController::cardKind() const { return current() ? current()->kind : QString(); }
QString SessionController::answeredBy() const { return current() ? current()->answeredBy : QString(); }
int SessionController::cardDepth() const { return current() ? current()->depth : 0; }
QString SessionController::listenerHint() const { return current() ? current()->listenerHint : QString(); }
QString SessionController::contextTitle() const { return current() ? current()->context : QString(); }
QStringList SessionController::followUps() const { return current() ? current()->followUps : QStringList(); }

bool SessionController::cardStarred() const
{
    const Prompt *prompt = current();
    return prompt && m_favourites && m_favourites->isStarred(prompt->favouriteKind, prompt->id);
}

int SessionController::speaker() const
{
    const Prompt *prompt = current();
    if (!prompt || prompt->answeredBy == "both"_L1)
        return -1;
    const int opener = Turns::speakerForCard(m_firstSpeaker, int(m_position));
    return m_turnInCard == 0 ? opener : Turns::other(opener);
}

int SessionController::listener() const
{
    const int who = speaker();
    return who < 0 ? -1 : Turns::other(who);
}

void SessionController::showCard(qsizetype position)
{
    m_position = position;
    m_turnInCard = 0;
    m_heard = false;
    m_revealedFollowUps = 0;
    emit cardChanged();
    emit cardStarredChanged();
    emit turnChanged();
    emit progressChanged();
}

void SessionController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged();
    emit cardChanged();
    emit turnChanged();
}

void SessionController::record(bool discussed)
{
    const Prompt *prompt = current();
    if (!prompt)
        return;
    if (m_sessionId > 0 && !m_history.recordCard(m_sessionId, prompt->id, discussed))
        emit problem(tr("This card could not be remembered: %1").arg(m_history.lastError()));
    (discussed ? m_discussed : m_passed) += 1;
}

void SessionController::advance(bool discussed)
{
    record(discussed);
    if (m_position + 1 >= m_queue.size()) {
        m_setUsedUp = m_mode == "cards"_L1;
        emit progressChanged();
        finish();
        return;
    }
    showCard(m_position + 1);
}

void SessionController::next()
{
    if (m_stage != Stage::Talking)
        return;
    if (answeredBy() == "each"_L1 && m_turnInCard == 0) {
        // Both answer: the listener becomes the speaker on the same card.
        m_turnInCard = 1;
        m_heard = false;
        emit turnChanged();
        return;
    }
    advance(true);
}

void SessionController::markHeard()
{
    if (m_stage == Stage::Talking && speaker() >= 0 && !m_heard) {
        m_heard = true;
        emit turnChanged();
    }
}

void SessionController::pass()
{
    if (m_stage == Stage::Talking)
        advance(false);
}

void SessionController::toggleStar()
{
    const Prompt *prompt = current();
    if (!prompt || !m_favourites)
        return;
    if (m_favourites->toggleStar(prompt->favouriteKind, prompt->id)) {
        if (m_favourites->isStarred(prompt->favouriteKind, prompt->id))
            m_starred.insert(prompt->id);
        else
            m_starred.remove(prompt->id);
        emit progressChanged();
    }
}

void SessionController::revealFollowUp()
{
    if (current() && m_revealedFollowUps < current()->followUps.size()) {
        ++m_revealedFollowUps;
        emit cardChanged();
    }
}

void SessionController::lowerDepth()
{
    if (m_mode != "cards"_L1 || m_choice.depthCeiling <= 1)
        return;
    --m_choice.depthCeiling;
    m_deeperAskedBy = -1;
    // What is still to come stays within the new ceiling.
    for (qsizetype i = m_queue.size() - 1; i > m_position; --i) {
        if (m_queue.at(i).depth > m_choice.depthCeiling)
            m_queue.removeAt(i);
    }
    emit depthChanged();
    if (m_stage == Stage::Talking && current() && current()->depth > m_choice.depthCeiling) {
        // The card on screen is now too deep: set it aside without counting it as passed.
        m_queue.removeAt(m_position);
        if (m_position >= m_queue.size()) {
            finish();
            return;
        }
        showCard(m_position);
    }
    emit progressChanged();
}

void SessionController::askToGoDeeper(int partner)
{
    if (m_mode != "cards"_L1 || m_choice.depthCeiling >= 3 || (partner != 0 && partner != 1))
        return;
    if (m_deeperAskedBy < 0 || m_deeperAskedBy == partner) {
        m_deeperAskedBy = partner;
        emit depthChanged();
        return;
    }
    // Both have said yes.
    ++m_choice.depthCeiling;
    m_deeperAskedBy = -1;
    QSet<QString> used;
    for (qsizetype i = 0; i <= m_position && i < m_queue.size(); ++i)
        used.insert(m_queue.at(i).id);
    m_queue.resize(std::min(m_queue.size(), m_position + 1));
    const auto draw = CardDraw::draw(m_content, m_choice, m_history.cardHistory(m_couple.id), m_seed);
    for (const QString &id : draw.cardIds) {
        if (!used.contains(id))
            m_queue.append(promptForCard(id));
    }
    emit depthChanged();
    emit progressChanged();
}

void SessionController::cancelDeeper()
{
    if (m_deeperAskedBy >= 0) {
        m_deeperAskedBy = -1;
        emit depthChanged();
    }
}

int SessionController::elapsedSeconds() const
{
    const qint64 running = (m_stage == Stage::Talking && m_talkClock.isValid()) ? m_talkClock.elapsed() : 0;
    return int((m_talkedMs + running) / 1000);
}

bool SessionController::lengthReached() const
{
    return (m_plannedCards > 0 && m_discussed >= m_plannedCards)
           || (m_plannedMinutes > 0 && elapsedSeconds() >= m_plannedMinutes * 60);
}

int SessionController::pauseSecondsLeft() const
{
    if (m_stage != Stage::Paused || !m_pauseClock.isValid())
        return suggestedPauseSeconds;
    return std::max(0, suggestedPauseSeconds - int(m_pauseClock.elapsed() / 1000));
}

void SessionController::pause()
{
    if (m_stage != Stage::Talking)
        return;
    m_talkedMs += m_talkClock.elapsed();
    m_talkClock.invalidate();
    m_pauseClock.start();
    setStage(Stage::Paused);
    emit clockChanged();
}

void SessionController::resume()
{
    if (m_stage != Stage::Paused)
        return;
    m_pauseClock.invalidate();
    m_talkClock.start();
    setStage(Stage::Talking);
    emit clockChanged();
}

void SessionController::finish()
{
    if (m_stage != Stage::Talking && m_stage != Stage::Paused)
        return;
    if (m_talkClock.isValid())
        m_talkedMs += m_talkClock.elapsed();
    m_talkClock.invalidate();
    m_pauseClock.invalidate();
    m_tick.stop();
    m_heldClosingWords.reset();
    setStage(Stage::Closing);
    emit clockChanged();
}

SessionController::~SessionController() = default;

void SessionController::keepHeldClosingWords()
{
    // Closed mid-ritual (the window, a logout): keep what Finish would have, once.
    if (m_stage == Stage::Closing && m_heldClosingWords) {
        const ClosingWords held = *m_heldClosingWords;
        m_heldClosingWords.reset();
        saveClosingWords(held.appreciations[0], held.appreciations[1], held.keep, held.note);
        m_sessionId = 0;
    }
}

void SessionController::holdClosingWords(const QString &firstAppreciation, const QString &secondAppreciation,
                                         bool keep, const QString &note)
{
    if (m_stage == Stage::Closing)
        m_heldClosingWords = ClosingWords{{firstAppreciation, secondAppreciation}, keep, note};
}

void SessionController::close(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                              const QString &note)
{
    if (m_stage != Stage::Closing)
        return;
    saveClosingWords(firstAppreciation, secondAppreciation, keep, note);
    m_heldClosingWords.reset();
    setStage(Stage::Summary);
}

void SessionController::saveClosingWords(const QString &firstAppreciation, const QString &secondAppreciation,
                                         bool keep, const QString &note)
{
    if (m_sessionId > 0) {
        // Appreciations and the note are kept only when the couple chooses to.
        const std::array<QString, 2> words = {keep ? firstAppreciation.trimmed() : QString(),
                                              keep ? secondAppreciation.trimmed() : QString()};
        if (!m_history.closeSession(m_sessionId, words, keep ? note.trimmed() : QString()))
            emit problem(tr("The end of this conversation could not be saved: %1").arg(m_history.lastError()));
    }
}

QVariantMap SessionController::savedSummary() const
{
    const SessionSummary summary = m_history.summary(m_sessionId);
    return {{u"discussed"_s, summary.discussed}, {u"passed"_s, summary.passed}, {u"seconds"_s, summary.seconds}};
}

void SessionController::reload()
{
    m_heldClosingWords.reset();
    m_couple = m_history.lastCouple().value_or(Couple{});
    m_starred.clear();
    reset();
    emit coupleChanged();
}

void SessionController::reset()
{
    m_tick.stop();
    m_talkClock.invalidate();
    m_pauseClock.invalidate();
    m_queue.clear();
    m_position = 0;
    m_sessionId = 0;
    m_setUsedUp = false;
    m_seed = QRandomGenerator::global()->generate();
    setStage(Stage::Setup);
    emit progressChanged();
    emit clockChanged();
}
