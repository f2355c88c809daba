// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatafolder.h"

#include "content/contentrepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/favouritesstore.h"
#include "storage/historystore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Every prompt a person can star, as (kind, id, text, section).
QList<Favourite> builtInPrompts(const ContentRepository &content)
{
    QList<Favourite> prompts;
    for (const Card &card : content.cards())
        prompts.append({0, u"card"_s, card.id, card.text, card.section, {}, {}});
    for (const JournalPrompt &prompt : content.journalPrompts())
        prompts.append({0, u"journal"_s, prompt.id, prompt.text, prompt.section, {}, {}});
    for (const Drill &drill : content.drills())
        prompts.append({0, u"drill"_s, drill.id, drill.statement, drill.section, {}, {}});
    for (const Ritual &ritual : content.rituals())
        prompts.append({0, u"ritual"_s, ritual.id, ritual.text, ritual.section, {}, {}});
    return prompts;
}

} // namespace

UserDataFolder::UserDataFolder(int favourites, int conversations) : m_path(m_dir.path())
{
    fill(favourites, conversations);
}

UserDataFolder::UserDataFolder(const QString &path, int favourites, int conversations) : m_path(path)
{
    m_dir.setAutoRemove(false);
    m_dir.remove();
    fill(favourites, conversations);
}

void UserDataFolder::fill(int favourites, int conversations)
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    Database database;
    database.open(m_path);
    if (!database.isPersistent()) {
        m_error = u"the database could not be opened: "_s + database.notice();
        return;
    }
    // Only while filling: each store call commits, and waiting for the disk
    // 25,000 times would make the fixture, not Hearth, the slow part.
    QSqlQuery(database.connection()).exec(u"PRAGMA synchronous = OFF"_s);

    FavouritesStore favouritesStore(database);
    DraftStore drafts(database);
    QList<Favourite> prompts = builtInPrompts(content);
    for (int i = 0; i < favourites; ++i) {
        Favourite favourite;
        if (i < prompts.size()) {
            favourite = prompts.at(i);
        } else {
            Draft draft;
            draft.feeling = u"hopeful"_s;
            draft.need = u"closeness"_s;
            draft.text = u"I feel hopeful when we eat together (%1), because I need closeness. Could we keep "
                         "Sunday dinners?"_s.arg(i);
            if (!drafts.add(draft)) {
                m_error = drafts.lastError();
                return;
            }
            favourite.kind = DraftStore::favouriteKind();
            favourite.contentId = DraftStore::favouriteId(draft.id);
            favourite.savedText = draft.text;
        }
        if (!favouritesStore.add(favourite)) {
            m_error = favouritesStore.lastError();
            return;
        }
    }

    HistoryStore history(database);
    Couple couple{0, {u"Robin"_s, u"Sam"_s}, {u"#b5523b"_s, u"#3b6fb5"_s}};
    if (!history.saveCouple(couple)) {
        m_error = history.lastError();
        return;
    }
    const QList<Card> &cards = content.cards();
    for (int i = 0; i < conversations && !cards.isEmpty(); ++i) {
        const qint64 session = history.startSession(couple.id, u"decks"_s, i % 2, 2);
        bool ok = session > 0;
        for (int k = 0; k < 5 && ok; ++k)
            ok = history.recordCard(session, cards.at((i * 5 + k) % cards.size()).id, k != 4);
        ok = ok && history.closeSession(session, {u"Thank you for listening."_s, u"I loved hearing that."_s},
                                        u"A good evening."_s);
        if (!ok) {
            m_error = history.lastError();
            return;
        }
    }
    QSqlQuery(database.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}
