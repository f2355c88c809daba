// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A card the couple writes themselves may name the other partner with
// `{partner}` ("What did {partner} do this week that you noticed?"). In a
// conversation it becomes the other person's name; wherever nobody in
// particular is reading (Library, Favourites, exports) it reads "your partner".
namespace PartnerPlaceholder {

// The placeholder as written in a card.
inline constexpr char16_t token[] = u"{partner}";

[[nodiscard]] bool contains(const QString &text);

// `text` with every placeholder replaced by `name`; "your partner" when
// `name` is empty (after trimming). At the start of a sentence the general
// wording is capitalised ("Your partner").
[[nodiscard]] QString render(const QString &text, const QString &name = {});
[[nodiscard]] QStringList render(const QStringList &texts, const QString &name = {});

// In a conversation, who {partner} is depends on who reads: the speaker's
// card names the listener, the listener's hint names the speaker. `speaker`
// is 0 or 1, or -1 when both answer together (then nobody in particular).
[[nodiscard]] QString forSpeaker(const QString &text, const QStringList &names, int speaker);
[[nodiscard]] QStringList forSpeaker(const QStringList &texts, const QStringList &names, int speaker);
[[nodiscard]] QString forListener(const QString &text, const QStringList &names, int speaker);

// The words used when no name is known, translated.
[[nodiscard]] QString yourPartner();

} // namespace PartnerPlaceholder
