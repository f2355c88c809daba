// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

using namespace Qt::StringLiterals;

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        // Couples, their conversations and favourites: what the first Hearth kept.
        return {
            uR"(CREATE TABLE couples (
                id INTEGER PRIMARY KEY,
                partner_a_name TEXT NOT NULL,
                partner_a_colour TEXT NOT NULL,
                partner_b_name TEXT NOT NULL,
                partner_b_colour TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                mode TEXT NOT NULL,
                first_speaker INTEGER NOT NULL CHECK (first_speaker IN (0, 1)),
                depth_ceiling INTEGER NOT NULL CHECK (depth_ceiling BETWEEN 1 AND 3),
                started_at TEXT NOT NULL,
                ended_at TEXT,
                note TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE session_cards (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                card_id TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('discussed', 'passed')),
                at TEXT NOT NULL))"_s,
            u"CREATE INDEX session_cards_by_card ON session_cards(card_id)"_s,
            uR"(CREATE TABLE favourites (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                content_id TEXT NOT NULL,
                saved_text TEXT NOT NULL,
                section TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                UNIQUE (kind, content_id)))"_s,
        };
    case 2:
        // What practising alone writes: drafts, journal entries, drill progress,
        // and the appreciations that close a conversation.
        return {
            uR"(CREATE TABLE coach_drafts (
                id INTEGER PRIMARY KEY,
                feeling TEXT NOT NULL DEFAULT '',
                situation TEXT NOT NULL DEFAULT '',
                need TEXT NOT NULL DEFAULT '',
                request TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE journal_entries (
                id INTEGER PRIMARY KEY,
                prompt_id TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE drill_progress (
                drill_id TEXT PRIMARY KEY,
                rewrite TEXT NOT NULL,
                findings INTEGER NOT NULL,
                completed_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE appreciations (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                partner INTEGER NOT NULL CHECK (partner IN (0, 1)),
                text TEXT NOT NULL))"_s,
        };
    case 3:
        // What the person is still writing (the free-write text, the builder's
        // unsaved statement, a drill rewrite) gets its own table, instead of
        // the free-write living in coach_drafts as a row with id 0; and a
        // draft keeps the builder's "could my partner say no?" tick.
        return {
            uR"(CREATE TABLE work_in_progress (
                slot TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(INSERT INTO work_in_progress (slot, text, updated_at)
                SELECT 'free-write', text, updated_at FROM coach_drafts WHERE id = 0)"_s,
            u"DELETE FROM coach_drafts WHERE id = 0"_s,
            u"ALTER TABLE coach_drafts ADD COLUMN request_can_be_refused INTEGER NOT NULL DEFAULT 0"_s,
        };
    case 4:
        // Journals belong to someone: each partner may keep their own (and lock
        // it with a passphrase) and the couple a shared one. The one journal
        // kept before becomes journal 1, an own journal not named yet.
        // An entry of a locked journal keeps its words only in `sealed`
        // (base64 of nonce and ciphertext, see JournalVault); its clear
        // columns are then empty. `vault` is the base64 of VaultParameters,
        // empty while the journal is not locked. Tags are guide section ids,
        // separated by spaces.
        return {
            uR"(CREATE TABLE journals (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('own', 'shared')),
                vault TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"_s,
            uR"(INSERT INTO journals (id, name, kind, created_at)
                SELECT 1, '', 'own', MIN(created_at) FROM journal_entries HAVING COUNT(*) > 0)"_s,
            uR"(CREATE TABLE journal_entries_v4 (
                id INTEGER PRIMARY KEY,
                journal_id INTEGER NOT NULL REFERENCES journals(id) ON DELETE CASCADE,
                prompt_id TEXT NOT NULL DEFAULT '',
                feeling TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                sealed TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(INSERT INTO journal_entries_v4 (id, journal_id, prompt_id, text, created_at, updated_at)
                SELECT id, 1, prompt_id, text, created_at, updated_at FROM journal_entries)"_s,
            u"DROP TABLE journal_entries"_s,
            u"ALTER TABLE journal_entries_v4 RENAME TO journal_entries"_s,
            u"CREATE INDEX journal_entries_by_journal ON journal_entries(journal_id, updated_at)"_s,
        };
    case 5:
        // Rituals of connection the couple chose as theirs, and each time they
        // kept one. Ritual ids are the content's; a tick outlives the choice,
        // because the time given stays given.
        return {
            uR"(CREATE TABLE our_rituals (
                ritual_id TEXT PRIMARY KEY,
                chosen_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE ritual_ticks (
                id INTEGER PRIMARY KEY,
                ritual_id TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                done_at TEXT NOT NULL))"_s,
            u"CREATE INDEX ritual_ticks_by_time ON ritual_ticks(done_at)"_s,
        };
    case 6:
        // Decks of the couple's own: written in the app ('ours') or loaded
        // from a pack file ('pack'). Ids are namespaced so they can never meet
        // a built-in id (built-in ids have no dot): "ours.<random>" and
        // "pack.<pack id>" for decks, "<deck id>.<card id>" for their cards.
        // Favourites and history refer to card ids, which stay stable when a
        // pack is imported again. `follow_ups` is a JSON array of strings.
        return {
            uR"(CREATE TABLE decks (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL CHECK (source IN ('ours', 'pack')),
                title TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                mood TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE deck_cards (
                id TEXT PRIMARY KEY,
                deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                section TEXT NOT NULL,
                depth INTEGER NOT NULL,
                kind TEXT NOT NULL,
                answered_by TEXT NOT NULL,
                text TEXT NOT NULL,
                follow_ups TEXT NOT NULL DEFAULT '[]',
                listener_hint TEXT NOT NULL DEFAULT '',
                arrival INTEGER NOT NULL DEFAULT 0))"_s,
            u"CREATE INDEX deck_cards_by_deck ON deck_cards(deck_id, position)"_s,
        };
    case 7:
        // Which file of DIR/decks each pack deck was last imported from, and
        // that file's identity then: its size, its modification time in
        // nanoseconds and a BLAKE2b hash of its bytes (so a change within the
        // same second is still seen), with what it was checked against
        // (Hearth's version and the guide's sections). A start skips a file
        // whose identity is unchanged. Derived data: not a user table, never
        // backed up, and it goes with its deck (ON DELETE CASCADE), so Delete
        // all and a restore (which empty `decks`) leave nothing to skip by.
        return {
            uR"(CREATE TABLE pack_files (
                file TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                modified_ns INTEGER NOT NULL,
                hash BLOB NOT NULL,
                checked_with TEXT NOT NULL,
                deck_id TEXT NOT NULL UNIQUE REFERENCES decks(id) ON DELETE CASCADE))"_s,
        };
    }
    return {};
}

QStringList Migrations::userTables()
{
    return {u"couples"_s,          u"sessions"_s,       u"session_cards"_s, u"favourites"_s,
            u"coach_drafts"_s,     u"journals"_s,       u"journal_entries"_s, u"drill_progress"_s,
            u"appreciations"_s,    u"work_in_progress"_s, u"our_rituals"_s,  u"ritual_ticks"_s,
            u"decks"_s,            u"deck_cards"_s};
}

QStringList Migrations::derivedTables()
{
    return {u"pack_files"_s};
}
