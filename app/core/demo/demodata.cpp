// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"
#include "journal/journalshelf.h"

#include "coach/coach.h"
#include "content/contentrepository.h"
#include "demo/demodeck.h"
#include "practice/istatement.h"
#include "rituals/ritualstore.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/drillprogressstore.h"
#include "storage/favouritesstore.h"
#include "storage/historystore.h"
#include "storage/journalstore.h"
#include "storage/storedtime.h"
#include "storage/workinprogressstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString lightWalkNote = u"We talked about this one on a long walk. Worth asking again in a few months."_s;

bool isLightTurnQuestion(const Card &card)
{
    return card.depth == 1 && card.answeredBy == "each"_L1 && card.kind == "question"_L1;
}

// The past conversation eased in with the last built-in deck's first light
// questions (the demo's own deck, read in later, comes after them).
QStringList pastConversationCards(const ContentRepository &content)
{
    QStringList ids;
    const auto last = std::find_if(content.decks().crbegin(), content.decks().crend(),
                                   [](const Deck &deck) { return deck.origin == DeckOrigin::BuiltIn; });
    if (last == content.decks().crend())
        return ids;
    for (const QString &id : last->cardIds) {
        const Card *card = content.card(id);
        if (card && isLightTurnQuestion(*card))
            ids.append(id);
        if (ids.size() == 3)
            break;
    }
    return ids;
}

QString firstCardOfKind(const ContentRepository &content, QStringView kind)
{
    for (const Card &card : content.cards()) {
        if (card.kind == kind)
            return card.id;
    }
    return {};
}

QString firstDailyRitual(const ContentRepository &content)
{
    for (const Ritual &ritual : content.rituals()) {
        if (ritual.rhythm == "daily"_L1)
            return ritual.id;
    }
    return {};
}

// The first `count` rituals of a rhythm, in the content's order.
QStringList firstRituals(const ContentRepository &content, QStringView rhythm, int count)
{
    QStringList ids;
    for (const Ritual &ritual : content.rituals()) {
        if (ritual.rhythm == rhythm && ids.size() < count)
            ids.append(ritual.id);
    }
    return ids;
}

QString firstJournalingPrompt(const ContentRepository &content)
{
    for (const JournalPrompt &prompt : content.journalPrompts()) {
        if (prompt.practice == "journaling"_L1)
            return prompt.id;
    }
    return {};
}

// The stores stamp what they write with the present, as they should for a
// person's own words; an example couple needs a past, so the demo moves its
// rows back afterwards.
bool backdate(Database &database, const QString &table, const QStringList &columns, const QString &where,
              const QVariant &key, const QDateTime &when, QString *error)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + u" = ?"_s);
    QSqlQuery query(database.connection());
    query.prepare(u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(table, assignments.join(u", "_s), where));
    for (qsizetype i = 0; i < columns.size(); ++i)
        query.addBindValue(toStored(when));
    query.addBindValue(key);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool addPastConversation(Database &database, const ContentRepository &content, const Couple &couple,
                         const QDateTime &now, QString *error)
{
    HistoryStore history(database);
    const qint64 session = history.startSession(couple.id, u"cards"_s, 0, 2);
    if (session == 0) {
        *error = history.lastError();
        return false;
    }
    for (const QString &cardId : pastConversationCards(content)) {
        if (!history.recordCard(session, cardId, true)) {
            *error = history.lastError();
            return false;
        }
    }
    const std::array<QString, 2> appreciations{
        u"Thank you for making tea before we sat down, without my asking."_s,
        u"I loved hearing about the garden you grew up with. Thank you for telling me."_s};
    if (!history.closeSession(session, appreciations, DemoData::conversationNote())) {
        *error = history.lastError();
        return false;
    }
    const QDateTime started = now.addDays(-3).addSecs(-45 * 60);
    return backdate(database, u"sessions"_s, {u"started_at"_s}, u"id"_s, session, started, error)
           && backdate(database, u"sessions"_s, {u"ended_at"_s}, u"id"_s, session, started.addSecs(40 * 60), error)
           && backdate(database, u"session_cards"_s, {u"at"_s}, u"session_id"_s, session, started.addSecs(10 * 60),
                       error);
}

bool addFavourites(Database &database, const ContentRepository &content, const QDateTime &now, QString *error)
{
    FavouritesStore favourites(database);
    const QStringList past = pastConversationCards(content);
    const struct
    {
        QString kind;
        QString id;
        QString note;
        int daysAgo;
    } chosen[] = {
        {u"ritual"_s, firstDailyRitual(content), u"Our favourite. Even on busy days it takes two minutes."_s, 12},
        {u"card"_s, firstCardOfKind(content, u"appreciation"), u"Robin wants to start every Sunday with this."_s, 6},
        {u"card"_s, past.value(0), lightWalkNote, 3},
    };
    for (const auto &star : chosen) {
        const ContentRepository::PromptText prompt = content.prompt(star.kind, star.id);
        if (prompt.text.isEmpty())
            continue; // content without such a prompt: one favourite fewer
        Favourite favourite{0, star.kind, star.id, prompt.text, prompt.section, star.note, now.addDays(-star.daysAgo)};
        if (!favourites.add(favourite)) {
            *error = favourites.lastError();
            return false;
        }
    }
    return true;
}

bool addDrafts(Database &database, const QDateTime &now, QString *error)
{
    DraftStore drafts(database);
    const struct
    {
        StatementParts parts;
        int daysAgo;
    } written[] = {
        {{u"hopeful"_s, u"we plan a slow morning together"_s, u"rest"_s,
          u"keep next Sunday morning free for the two of us"_s},
         4},
        {{u"lonely"_s, u"we both look at our phones through dinner"_s, u"connection"_s, DemoData::draftRequest()}, 1},
    };
    for (const auto &entry : written) {
        Draft draft;
        draft.feeling = entry.parts.feeling;
        draft.situation = entry.parts.situation;
        draft.need = entry.parts.need;
        draft.request = entry.parts.request;
        draft.requestCanBeRefused = true;
        draft.text = IStatement::compose(entry.parts);
        if (!drafts.add(draft)) {
            *error = drafts.lastError();
            return false;
        }
        if (!backdate(database, u"coach_drafts"_s, {u"created_at"_s, u"updated_at"_s}, u"id"_s, draft.id,
                      now.addDays(-entry.daysAgo), error))
            return false;
    }
    return true;
}

// The first two drills, each done with the content's own first rewrite;
// what the coach still finds in it is counted as the drills page counts it.
bool addDrillProgress(Database &database, const ContentRepository &content, QString *error)
{
    DrillProgressStore drills(database);
    const Coach coach(content);
    for (const Drill &drill : content.drills().mid(0, 2)) {
        if (drill.rewrites.isEmpty())
            continue;
        DrillProgress progress{drill.id, drill.rewrites.constFirst(), 0, {}};
        progress.findings = int(coach.analyze(progress.rewrite).findings.size());
        if (!drills.save(progress)) {
            *error = drills.lastError();
            return false;
        }
    }
    return true;
}

bool addJournalAndFreeWrite(Database &database, const ContentRepository &content, const QDateTime &now,
                            QString *error)
{
    JournalStore journal(database);
    JournalEntry entry{0, firstJournalingPrompt(content), DemoData::journalText(), {}, {}};
    if (!journal.save(entry)) {
        *error = journal.lastError();
        return false;
    }
    if (!backdate(database, u"journal_entries"_s, {u"created_at"_s, u"updated_at"_s}, u"id"_s, entry.id,
                  now.addDays(-2), error))
        return false;
    // Each has a journal of their own, Sam's locked, and they share one.
    JournalShelf shelf(database);
    const qint64 sams = shelf.create(DemoData::names().at(1), Journal::Kind::Own);
    const qint64 ours = shelf.create({}, Journal::Kind::Shared);
    JournalEntry samsPage{0, {}, u"Some evenings I need an hour on my own before I can talk. I want to find a way "
                                  "to say so that does not sound like I am pulling away."_s, {}, {}};
    samsPage.journalId = sams;
    samsPage.feeling = u"tired"_s;
    JournalEntry ourPage{0, {}, u"Things we want to try this month: a walk with no phones, and cooking the soup "
                                 "from the market together."_s, {}, {}};
    ourPage.journalId = ours;
    if (!shelf.rename(1, DemoData::names().at(0)) || !shelf.savePage(samsPage) || !shelf.savePage(ourPage)
        || !shelf.setLock(sams, DemoData::journalPassphrase(), DemoData::journalPassphrase())) {
        *error = shelf.lastMessage();
        return false;
    }
    // Half written, with words the coach will gently underline.
    WorkInProgressStore work(database);
    if (!work.setText(WorkInProgressStore::freeWriteSlot(),
                      u"You always come home late and I never know when to start cooking."_s)) {
        *error = work.lastError();
        return false;
    }
    return true;
}

// Four rituals of their own, chosen seven weeks ago, kept now and then since:
// some weeks more, one week not at all, as life goes. Whatever the day, one
// of theirs is not kept yet this week, so Home suggests one of their own.
bool addRituals(Database &database, const ContentRepository &content, const QDateTime &now, QString *error)
{
    RitualStore rituals(database);
    const QString daily = firstDailyRitual(content);
    const QStringList weekly = firstRituals(content, u"weekly", 2);
    const QStringList occasional = firstRituals(content, u"occasional", 1);
    for (const QString &id : QStringList{daily} + weekly + occasional) {
        if (!id.isEmpty() && !rituals.choose(id, now.addDays(-49))) {
            *error = rituals.lastError();
            return false;
        }
    }
    const struct
    {
        QString ritualId;
        int daysAgo;
        QString note;
    } kept[] = {
        {weekly.value(0), 41, u"Pancakes, and we planned the garden."_s},
        {weekly.value(1), 39, {}},
        {weekly.value(0), 34, {}},
        {occasional.value(0), 31, u"The old photos from the coast. We laughed a lot."_s},
        {weekly.value(0), 27, {}},
        {weekly.value(1), 25, u"Short, but it helped."_s},
        {daily, 23, {}},
        {weekly.value(0), 13, u"Sam chose the walk this time."_s},
        {daily, 12, {}},
        {weekly.value(1), 11, {}},
        {weekly.value(0), 6, {}},
        {daily, 5, {}},
        {daily, 1, DemoData::ritualNote()},
    };
    for (const auto &tick : kept) {
        if (tick.ritualId.isEmpty())
            continue; // content without such a ritual: one tick fewer
        const QDateTime evening(now.date().addDays(-tick.daysAgo), QTime(20, 15));
        if (!rituals.tick(tick.ritualId, tick.note, evening)) {
            *error = rituals.lastError();
            return false;
        }
    }
    return true;
}

// The Progress page's months: the couple talked every week or two for about
// five months (some weeks quiet), going deeper in a few of the guide's parts
// as they went; one of them saved statements and did drills alone, with
// fewer sweeping words as the months passed. Chosen by section and depth
// from the content, never by id.
bool addEarlierMonths(Database &database, const ContentRepository &content, const Couple &couple,
                      const QDateTime &now, QString *error)
{
    const struct
    {
        int daysAgo;
        const char *section;
        int depth;
    } talks[] = {{157, "communication", 1}, {143, "listening", 1}, {122, "closeness", 1}, {101, "vulnerability", 1},
                 {87, "investing", 2},      {66, "listening", 2},  {59, "communication", 2}, {45, "closeness", 2},
                 {38, "self-awareness", 1}, {24, "listening", 3},  {17, "investing", 1},     {10, "closeness", 3}};
    const QStringList past = pastConversationCards(content);
    QSet<QString> used(past.cbegin(), past.cend());
    used.insert(DemoData::conversationCardId(content));
    HistoryStore history(database);
    for (const auto &talk : talks) {
        QStringList cards;
        for (const Card &card : content.cards()) {
            if (card.section == QLatin1StringView(talk.section) && card.depth == talk.depth && !used.contains(card.id)) {
                cards.append(card.id);
                used.insert(card.id);
                if (cards.size() == 2)
                    break;
            }
        }
        if (cards.isEmpty())
            continue; // content without such cards: one conversation fewer
        const qint64 session = history.startSession(couple.id, u"cards"_s, talk.daysAgo % 2, talk.depth);
        bool saved = session != 0;
        for (const QString &cardId : cards)
            saved = saved && history.recordCard(session, cardId, true);
        if (!saved || !history.closeSession(session, {}, QString())) {
            *error = history.lastError();
            return false;
        }
        const QDateTime started = now.addDays(-talk.daysAgo).addSecs(-2 * 60 * 60);
        if (!backdate(database, u"sessions"_s, {u"started_at"_s}, u"id"_s, session, started, error)
            || !backdate(database, u"sessions"_s, {u"ended_at"_s}, u"id"_s, session, started.addSecs(35 * 60), error)
            || !backdate(database, u"session_cards"_s, {u"at"_s}, u"session_id"_s, session, started.addSecs(15 * 60),
                         error))
            return false;
    }

    DraftStore drafts(database);
    const struct
    {
        const char *text;
        int daysAgo;
    } written[] = {
        {"You never listen when I talk about my day, and you always look at your phone.", 150},
        {"You always make plans for the weekend without asking me.", 118},
        {"I feel ignored when you answer messages while I'm talking.", 92},
        {"I feel tired when the dishes wait until morning, because I need rest. Would you be willing to wash up "
         "with me after dinner?", 61},
        {"I feel hopeful when we plan a weekend together, because I need time with you.", 33},
    };
    for (const auto &entry : written) {
        Draft draft;
        draft.text = QString::fromUtf8(entry.text);
        if (!drafts.add(draft)) {
            *error = drafts.lastError();
            return false;
        }
        if (!backdate(database, u"coach_drafts"_s, {u"created_at"_s, u"updated_at"_s}, u"id"_s, draft.id,
                      now.addDays(-entry.daysAgo), error))
            return false;
    }

    // Four more drills, a month or so apart, after the two done this week.
    DrillProgressStore drills(database);
    const Coach coach(content);
    const int drillDaysAgo[] = {128, 90, 52, 20};
    const QList<Drill> earlier = content.drills().mid(2, 4);
    for (qsizetype i = 0; i < earlier.size(); ++i) {
        const Drill &drill = earlier.at(i);
        if (drill.rewrites.isEmpty())
            continue;
        DrillProgress progress{drill.id, drill.rewrites.constFirst(), 0, {}};
        progress.findings = int(coach.analyze(progress.rewrite).findings.size());
        if (!drills.save(progress)) {
            *error = drills.lastError();
            return false;
        }
        if (!backdate(database, u"drill_progress"_s, {u"completed_at"_s}, u"drill_id"_s, drill.id,
                      now.addDays(-drillDaysAgo[i]), error))
            return false;
    }
    return true;
}

} // namespace

QString DemoData::ritualNote()
{
    return u"Sam left a note on the kettle. It made my morning."_s;
}

QStringList DemoData::names()
{
    return {u"Robin"_s, u"Sam"_s};
}

QString DemoData::favouriteNote()
{
    return lightWalkNote;
}

QString DemoData::journalText()
{
    return u"On Tuesday I was close to tears when Sam read out a message from an old friend. I think underneath "
           "it I miss the people I used to see every week, and I was glad to be remembered. I'd like to tell Sam "
           "it wasn't about the message at all."_s;
}

QString DemoData::journalPassphrase()
{
    return u"tea for two"_s;
}

QString DemoData::conversationNote()
{
    return u"A slow, warm evening. Let's do this again before the month is out."_s;
}

QString DemoData::draftRequest()
{
    return u"leave our phones in the hall while we eat this week"_s;
}

QString DemoData::conversationCardId(const ContentRepository &content)
{
    const QStringList past = pastConversationCards(content);
    for (const Card &card : content.cards()) {
        if (isLightTurnQuestion(card) && !card.listenerHint.isEmpty() && !past.contains(card.id))
            return card.id;
    }
    return {};
}

bool DemoData::fill(Database &database, const ContentRepository &content, const QDateTime &now, QString *error)
{
    // Not one transaction: the stores open their own where they need one,
    // and SQLite does not nest them. A demo that stops half way still runs.
    Couple couple{0, {names().at(0), names().at(1)}, {u"#B4552F"_s, u"#3F6E9A"_s}};
    HistoryStore history(database);
    if (!history.saveCouple(couple)) {
        *error = history.lastError();
        return false;
    }
    return addPastConversation(database, content, couple, now, error) && addFavourites(database, content, now, error)
           && addDrafts(database, now, error) && addDrillProgress(database, content, error)
           && addJournalAndFreeWrite(database, content, now, error) && addRituals(database, content, now, error)
           && addEarlierMonths(database, content, couple, now, error) && DemoDeck::add(database, error);
}
