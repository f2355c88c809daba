// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenttypes.h"

#include <QList>
#include <QVariantMap>

class ContentRepository;

// The loader's rules (CardRules) asked about one deck or card in the editor,
// their messages keyed by the field they are about, for QML to show beside
// each field: {"text": "must not be empty", "followUps[1]": "..."}. The
// words are the loader's own, so what the editor says is what a pack says.
namespace DeckFieldCheck {

[[nodiscard]] QVariantMap deckProblems(const Deck &deck);
// `content` knows the guide's sections, which a card's section must name.
// `followUpBoxes` says which of the editor's boxes each follow-up came from
// (empty boxes are left out of the card), so its message lands beside it.
[[nodiscard]] QVariantMap cardProblems(const Card &card, const ContentRepository &content,
                                       const QList<int> &followUpBoxes = {});
// The problems in one line, for a message when saving is refused.
[[nodiscard]] QString summary(const QVariantMap &problems);

} // namespace DeckFieldCheck
