// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"
#include "models/favouritesmodel.h"
#include "session/setupcheck.h"
#include "session/turns.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

SessionController::SessionController(const ContentRepository &content, Database &database,
                                     FavouritesModel *favourites, QObject *parent)
    : QObject(parent), m_content(content), m_history(database), m_favourites(favourites),
      m_conversation(content), m_seed(QRandomGenerator::global()->generate())
{
    if (const auto couple = m_history.lastCouple())
        m_couple = *couple;
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emit clockChanged();
        // A time plan can be reached between two presses.
        emit progressChanged();
    });
    if (m_favourites)
        connect(m_favourites, &FavouritesModel::starChanged, this, &SessionController::cardStarredChanged);
}

SessionController::~SessionController() = default;

void SessionController::setSeed(quint32 seed)
{
    m_seed = seed;
}

void SessionController::changed(Stage before)
{
    if (stage() != before)
        emit stageChanged();
    emit cardChanged();
    emit cardStarredChanged();
    emit turnChanged();
    emit depthChanged();
    emit progressChanged();
    emit clockChanged();
    const bool running = stage() == Stage::Talking || stage() == Stage::Paused;
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
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

QString SessionController::mode() const
{
    if (stage() == Stage::Setup)
        return {};
    return m_conversation.mode() == Conversation::Mode::Escalating ? u"escalating"_s : u"cards"_s;
}

bool SessionController::start(const QString &by, const QStringList &ids, int depthCeiling, int plannedCards,
                              int plannedMinutes, bool startOver)
{
    if (!hasCouple())
        return false;
    prepare(by, ids);
    const Stage before = stage();
    Conversation::Plan plan;
    plan.escalating = by == "escalating"_L1;
    plan.choice.by = by == "sections"_L1 ? CardDraw::Choice::By::Sections
                     : by == "decks"_L1  ? CardDraw::Choice::By::Decks
                                         : CardDraw::Choice::By::Surprise;
    plan.choice.ids = ids;
    plan.choice.depthCeiling = depthCeiling;
    plan.cards = plannedCards;
    plan.minutes = plannedMinutes;
    plan.startOver = startOver;
    const int firstSpeaker = Turns::firstSpeakerAfter(m_history.lastFirstSpeaker(m_couple.id));
    const auto result = m_conversation.start(plan, m_history.cardHistory(m_couple.id), firstSpeaker, m_seed);
    if (result == Conversation::StartResult::Started)
        m_sessionId = m_history.startSession(m_couple.id, mode(), firstSpeaker, m_conversation.depthCeiling());
    if (result == Conversation::StartResult::Started && m_sessionId == 0)
        emit problem(tr("This conversation can't be remembered: %1").arg(m_history.lastError()));
    m_heldClosingWords.reset();
    changed(before);
    return result == Conversation::StartResult::Started;
}

bool SessionController::startAgain(bool startOver)
{
    const auto &plan = m_conversation.plan();
    return start(m_choiceBy, m_choiceIds, plan.choice.depthCeiling,
                 plan.cards > 0 || plan.minutes > 0 ? plan.cards : 8, plan.minutes, startOver);
}

void SessionController::prepare(const QString &by, const QStringList &ids)
{
    m_choiceBy = by;
    m_choiceIds = ids;
    emit choiceChanged();
}

bool SessionController::startWithCard(const QString &cardId)
{
    const Card *card = m_content.card(cardId);
    if (!card)
        return false;
    prepare(u"decks"_s, {card->deckId});
    if (!hasCouple() || stage() != Stage::Setup)
        return false;
    const Stage before = stage();
    const int firstSpeaker = Turns::firstSpeakerAfter(m_history.lastFirstSpeaker(m_couple.id));
    const auto result = m_conversation.startWithCard(cardId, m_conversation.depthCeiling(),
                                                     m_history.cardHistory(m_couple.id), firstSpeaker, m_seed);
    if (result != Conversation::StartResult::Started) {
        changed(before);
        return false;
    }
    m_sessionId = m_history.startSession(m_couple.id, mode(), firstSpeaker, m_conversation.depthCeiling());
    if (m_sessionId == 0)
        emit problem(tr("This conversation can't be remembered: %1").arg(m_history.lastError()));
    m_heldClosingWords.reset();
    changed(before);
    return true;
}

QString SessionController::missingForStart(const QString &firstName, const QString &secondName, const QString &by,
                                           const QStringList &ids) const
{
    switch (SetupCheck::missing(firstName, secondName, by, ids)) {
    case SetupCheck::Missing::BothNames:
        return tr("Write both your names to begin.");
    case SetupCheck::Missing::FirstName:
    case SetupCheck::Missing::SecondName:
        return tr("Write the other name to begin.");
    case SetupCheck::Missing::Decks:
        return tr("Choose at least one set of cards to begin.");
    case SetupCheck::Missing::Sections:
        return tr("Choose at least one part of the guide to begin.");
    case SetupCheck::Missing::Nothing:
        break;
    }
    return {};
}

QString SessionController::deckSummary(const QString &deckId) const
{
    const Deck *deck = m_content.deck(deckId);
    return deck ? SetupCheck::firstSentence(deck->description) : QString();
}

QString SessionController::cardId() const { return current() ? current()->id : QString(); }
// A card of the couple's own may say {partner}: to the speaker that is the
// listener, and in the listener's hint it is the speaker. When both answer
// together there is nobody in particular, so it reads "your partner".
QString SessionController::cardText() const
{
    return current() ? PartnerPlaceholder::forSpeaker(current()->text, names(), speaker()) : QString();
}
QString SessionController::cardKind() const { return current() ? current()->kind : QString(); }
QString SessionController::answeredBy() const { return current() ? current()->answeredBy : QString(); }
int SessionController::cardDepth() const { return current() ? current()->depth : 0; }
QString SessionController::listenerHint() const
{
    return current() ? PartnerPlaceholder::forListener(current()->listenerHint, names(), speaker()) : QString();
}
QString SessionController::contextTitle() const { return current() ? current()->context : QString(); }
QStringList SessionController::followUps() const
{
    return current() ? PartnerPlaceholder::forSpeaker(current()->followUps, names(), speaker()) : QStringList();
}

bool SessionController::cardStarred() const
{
    const auto *prompt = current();
    return prompt && m_favourites && m_favourites->isStarred(prompt->favouriteKind, prompt->id);
}

std::optional<qint64> SessionController::favouriteIdOfCard() const
{
    const auto *prompt = current();
    if (!prompt || !m_favourites)
        return std::nullopt;
    const std::optional<Favourite> favourite = m_favourites->favouriteOf(prompt->favouriteKind, prompt->id);
    return favourite ? std::optional<qint64>(favourite->id) : std::nullopt;
}

QString SessionController::cardStarNote() const
{
    const auto *prompt = current();
    if (!prompt || !m_favourites)
        return {};
    const std::optional<Favourite> favourite = m_favourites->favouriteOf(prompt->favouriteKind, prompt->id);
    return favourite ? favourite->note : QString();
}

bool SessionController::setStarNote(const QString &note)
{
    const auto id = favouriteIdOfCard();
    if (!id || !m_favourites->setNote(*id, note.trimmed()))
        return false;
    emit cardStarredChanged();
    return true;
}

QVariantList SessionController::deeperYes() const
{
    return {m_conversation.saidYesToDeeper(0), m_conversation.saidYesToDeeper(1)};
}

QString SessionController::depthNote() const
{
    switch (m_conversation.depthNews()) {
    case Conversation::DepthNews::NextIsDeeper:
        return tr("You both said yes. The next card goes a little deeper.");
    case Conversation::DepthNews::NoDeeperLeft:
        return tr("You both said yes, though this choice has no deeper cards left tonight.");
    case Conversation::DepthNews::ThisIsDeeper:
        return tr("A deeper card, as you both agreed. Take your time.");
    case Conversation::DepthNews::Lighter:
        return tr("Lighter from here. No reason needed.");
    case Conversation::DepthNews::None:
        break;
    }
    return {};
}

QString SessionController::planNote() const
{
    const auto &plan = m_conversation.plan();
    if (m_conversation.planDone()) {
        return plan.cards > 0 ? tr("That was the last card you planned.")
                              : tr("That is the time you planned.");
    }
    if (m_conversation.lastPlannedCard())
        return plan.cards > 0 ? tr("The last card you planned.") : tr("Your time is up: this can be your last card.");
    return {};
}

void SessionController::record(const std::optional<Conversation::Played> &played)
{
    if (!played || m_sessionId <= 0)
        return;
    if (!m_history.recordCard(m_sessionId, played->cardId, played->discussed))
        emit problem(tr("This card could not be remembered: %1").arg(m_history.lastError()));
}

void SessionController::next()
{
    const Stage before = stage();
    record(m_conversation.next());
    changed(before);
}

void SessionController::markHeard()
{
    if (m_conversation.markHeard())
        emit turnChanged();
}

void SessionController::pass()
{
    const Stage before = stage();
    record(m_conversation.pass());
    changed(before);
}

void SessionController::toggleStar()
{
    const auto *prompt = current();
    if (!prompt || !m_favourites)
        return;
    const QString kind = prompt->favouriteKind;
    const QString id = prompt->id;
    if (m_favourites->toggleStar(kind, id)) {
        m_conversation.noteStar(id, m_favourites->isStarred(kind, id));
        emit progressChanged();
        emit cardStarredChanged();
    }
}

void SessionController::revealFollowUp()
{
    if (m_conversation.revealFollowUp())
        emit cardChanged();
}

void SessionController::lowerDepth()
{
    const Stage before = stage();
    if (m_conversation.lowerDepth())
        changed(before);
}

void SessionController::askToGoDeeper(int partner)
{
    const Stage before = stage();
    if (m_conversation.askToGoDeeper(partner))
        changed(before);
}

void SessionController::cancelDeeper()
{
    if (m_conversation.cancelDeeper())
        emit depthChanged();
}

void SessionController::oneMore()
{
    const Stage before = stage();
    if (m_conversation.oneMore())
        changed(before);
}

void SessionController::pause()
{
    const Stage before = stage();
    if (m_conversation.pause())
        changed(before);
}

void SessionController::resume()
{
    const Stage before = stage();
    if (m_conversation.resume())
        changed(before);
}

void SessionController::holdClock()
{
    m_conversation.holdClock();
    emit clockChanged();
}

void SessionController::releaseClock()
{
    m_conversation.releaseClock();
    emit clockChanged();
}

void SessionController::finish()
{
    const Stage before = stage();
    if (m_conversation.finish()) {
        m_heldClosingWords.reset();
        changed(before);
    }
}

void SessionController::keepHeldClosingWords()
{
    // Closed mid-ritual (the window, a logout): keep what Finish would have, once.
    if (stage() == Stage::Closing && m_heldClosingWords) {
        const ClosingWords held = *m_heldClosingWords;
        m_heldClosingWords.reset();
        saveClosingWords(held.appreciations[0], held.appreciations[1], held.keep, held.note);
        m_sessionId = 0;
    }
}

void SessionController::holdClosingWords(const QString &firstAppreciation, const QString &secondAppreciation,
                                         bool keep, const QString &note)
{
    if (stage() == Stage::Closing)
        m_heldClosingWords = ClosingWords{{firstAppreciation, secondAppreciation}, keep, note};
}

void SessionController::close(const QString &firstAppreciation, const QString &secondAppreciation, bool keep,
                              const QString &note)
{
    if (stage() != Stage::Closing)
        return;
    saveClosingWords(firstAppreciation, secondAppreciation, keep, note);
    m_heldClosingWords.reset();
    const Stage before = stage();
    m_conversation.close();
    changed(before);
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
    reset();
    emit coupleChanged();
}

void SessionController::reset()
{
    const Stage before = stage();
    m_conversation.reset();
    m_sessionId = 0;
    m_seed = QRandomGenerator::global()->generate();
    changed(before);
}
