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
    }
    return {};
}

QStringList Migrations::userTables()
{
    return {u"couples"_s,      u"sessions"_s,        u"session_cards"_s,  u"favourites"_s,
            u"coach_drafts"_s, u"journal_entries"_s, u"drill_progress"_s, u"appreciations"_s,
            u"work_in_progress"_s};
}
