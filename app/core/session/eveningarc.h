// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class ContentRepository;

// The shape of an evening: one or two light cards to arrive, then cards that
// rise to the depth the couple agreed on, and a gentle close. Pure: it only
// reorders what the draw gave it, so the same draw gives the same evening.
namespace EveningArc {

struct Shape
{
    QStringList arrival; // one or two light cards, check-ins first
    QStringList body;    // rising to the ceiling, with a lighter card now and then to breathe
    QString closing;     // an appreciation for the last planned card; empty when there is none
};

// How many cards to arrive with: one for a short evening, two otherwise.
[[nodiscard]] int arrivalCount(int plannedCards);

// `drawn` is the draw's order (lighter first, shuffled within each depth).
// Arrival cards ("How are you arriving?") appear only in `arrival`, never later.
// A closing card is set aside only when the evening has a planned end (`hasEnd`).
[[nodiscard]] Shape shape(const ContentRepository &content, const QStringList &drawn, int depthCeiling,
                          int plannedCards, bool hasEnd);

// The cards after the arrival, in the order the arc deals them: a step up
// through each depth below the ceiling, then the ceiling's own cards with a
// card one step lighter after every two, then whatever is left, deepest first.
[[nodiscard]] QStringList rise(const ContentRepository &content, const QStringList &cards, int depthCeiling,
                               bool stepUp = true);

} // namespace EveningArc
