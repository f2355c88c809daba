// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/historystore.h"

#include <QStringList>

class ContentRepository;

// Which cards a conversation draws, and in what order. Pure: the same
// content, choice, history and seed give the same draw, so it can be tested.
namespace CardDraw {

struct Choice
{
    enum class By { Sections, Decks, Surprise };
    By by = By::Surprise;
    QStringList ids; // section or deck ids; ignored for Surprise
    int depthCeiling = 3;
};

struct Result
{
    QStringList cardIds;
    // How many of the last cardIds were passed before: they wait at the very end.
    qsizetype passedBeforeCount = 0;
    // Every card of the choice has been talked about before: the couple may start over.
    bool usedUp = false;
};

// Cards of the choice at or below the depth ceiling, lighter ones first and
// shuffled within each depth, leaving out what was talked about before
// (unless `startOver`), and putting cards passed before at the very end.
[[nodiscard]] Result draw(const ContentRepository &content, const Choice &choice, const CardHistory &history,
                          quint32 seed, bool startOver = false);

} // namespace CardDraw
