// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

// Whose turn it is to speak. Partners are 0 and 1. The first speaker changes
// from one session to the next, and within a session from card to card, so
// over time each partner opens as often as the other.
namespace Turns {

[[nodiscard]] constexpr int firstSpeakerAfter(std::optional<int> lastFirstSpeaker)
{
    return lastFirstSpeaker ? 1 - *lastFirstSpeaker : 0;
}

[[nodiscard]] constexpr int speakerForCard(int firstSpeaker, int cardIndex)
{
    return (firstSpeaker + cardIndex) % 2;
}

[[nodiscard]] constexpr int other(int partner)
{
    return 1 - partner;
}

} // namespace Turns
