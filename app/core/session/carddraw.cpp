// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddraw.h"

#include "content/contentrepository.h"

#include <QRandomGenerator>

#include <algorithm>

CardDraw::Result CardDraw::draw(const ContentRepository &content, const Choice &choice, const CardHistory &history,
                                quint32 seed, bool startOver)
{
    QList<const Card *> eligible;
    for (const Card &card : content.cards()) {
        if (card.depth > choice.depthCeiling)
            continue;
        const bool chosen = choice.by == Choice::By::Surprise
                            || (choice.by == Choice::By::Sections && choice.ids.contains(card.section))
                            || (choice.by == Choice::By::Decks && choice.ids.contains(card.deckId));
        if (chosen)
            eligible.append(&card);
    }

    // A "round" is one pass through the choice. Cards talked about fewer times
    // than the rest are this round's; when none are left the round is over.
    int fewest = std::numeric_limits<int>::max();
    for (const Card *card : std::as_const(eligible))
        fewest = std::min(fewest, history.timesDiscussed.value(card->id));
    Result result;
    result.usedUp = !eligible.isEmpty() && fewest > 0;
    if (result.usedUp && !startOver)
        return result;

    QList<const Card *> fresh;
    QList<const Card *> passedBefore;
    for (const Card *card : std::as_const(eligible)) {
        if (history.timesDiscussed.value(card->id) != fewest)
            continue;
        (history.lastPassed.contains(card->id) ? passedBefore : fresh).append(card);
    }

    QRandomGenerator random(seed);
    std::shuffle(fresh.begin(), fresh.end(), random);
    // Lighter first: a conversation warms up before it goes deep.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Card *a, const Card *b) { return a->depth < b->depth; });
    // Passed cards come back only after everything else, the longest-passed first.
    std::stable_sort(passedBefore.begin(), passedBefore.end(), [&](const Card *a, const Card *b) {
        return history.lastPassed.value(a->id) < history.lastPassed.value(b->id);
    });

    for (const Card *card : std::as_const(fresh))
        result.cardIds.append(card->id);
    for (const Card *card : std::as_const(passedBefore))
        result.cardIds.append(card->id);
    result.passedBeforeCount = passedBefore.size();
    return result;
}
