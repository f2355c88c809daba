// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class ContentRepository;
class Database;

// The demo's example couple, Robin and Sam, and what they kept in Hearth: a
// past conversation with its appreciations, favourites with notes, statement
// drafts, two rewrite drills done, a journal page and words half written in
// the free-write; and, for the Progress page, five months of earlier
// conversations, statements and drills. Written through the real stores into
// whatever database it is given (the demo gives one in memory), so the demo
// shows the real schema and the real models at work. Which prompts are used is chosen from the
// loaded content by the rules below, never by id, so the demo follows the
// content as it changes.
namespace DemoData {

// Partner 0 and partner 1, in the order the setup would list them.
[[nodiscard]] QStringList names();

// Fills an empty database. `now` is when the demo starts: the past
// conversation, the journal page and the drafts are dated days before it.
// False, with `error` set, when something could not be written.
bool fill(Database &database, const ContentRepository &content, const QDateTime &now, QString *error);

// The card in play in the demo's conversation: the first light question
// answered in turn (so one speaks and the other listens, with the listener's
// panel) that has a hint for the listener and was not in the past conversation.
[[nodiscard]] QString conversationCardId(const ContentRepository &content);

// What the demo wrote, for tests to look for where it shows.
[[nodiscard]] QString favouriteNote();
[[nodiscard]] QString journalText();
// Sam's journal in the demo is locked; the demo notice gives this passphrase.
[[nodiscard]] QString journalPassphrase();
[[nodiscard]] QString conversationNote();
[[nodiscard]] QString draftRequest();
// The note on the last ritual they kept: a daily one of the four rituals of
// their own, which they have kept now and then over the past weeks.
[[nodiscard]] QString ritualNote();

} // namespace DemoData
