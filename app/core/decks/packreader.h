// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenterror.h"
#include "content/contenttypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// A pack file as read and checked, before it is stored: the author's pack id,
// the deck's fields and the cards with the ids local to the pack ("c01").
struct Pack
{
    QString id;
    Deck deck; // deck.id is the pack id too; cardIds are the local ids
    QList<Card> cards;
};

// Reads a pack file (format "hearth-pack", content/README.md "Packs"): a file
// from anyone, so in bounded time and memory, and checked whole against the
// card rules (CardRules) before anything is kept. Either a Pack and no
// errors, or every problem with its file and place and no Pack.
namespace PackReader {

inline constexpr QLatin1StringView format{"hearth-pack"};
inline constexpr int formatVersion = 1;
// Far more than a couple writes; a pack this large still loads quickly.
inline constexpr qint64 maxFileBytes = qint64(64) * 1024 * 1024;
inline constexpr qsizetype maxCards = 100'000;
// Problems beyond this are counted, not listed: one fault repeated on every
// card of a huge pack would otherwise list a hundred thousand lines.
inline constexpr qsizetype maxErrors = 200;

// `file` names the pack in errors; `sections` are the guide's section ids
// (ContentRepository::sections()), which every card's section must be.
[[nodiscard]] std::optional<Pack> read(const QByteArray &data, const QString &file, const QSet<QString> &sections,
                                       ContentErrors &errors);
// Reads `path` as an ordinary file of at most maxFileBytes (a FIFO, a device
// or a folder is refused without waiting), then read(); errors name it `file`.
[[nodiscard]] std::optional<Pack> readFile(const QString &path, const QString &file,
                                           const QSet<QString> &sections, ContentErrors &errors);

// True when `data` says it is a pack ("format": "hearth-pack"), looked for
// without parsing, for `hearth --validate`, which checks any content file.
[[nodiscard]] bool looksLikePack(const QByteArray &data);

} // namespace PackReader
