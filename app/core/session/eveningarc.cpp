// SPDX-License-Identifier: GPL-3.0-or-later
#include "eveningarc.h"

#include "content/contentrepository.h"

#include <map>

using namespace Qt::StringLiterals;

namespace EveningArc {

int arrivalCount(int plannedCards)
{
    // A five-card evening cannot spend two of them arriving.
    return plannedCards > 0 && plannedCards < 6 ? 1 : 2;
}

Shape shape(const ContentRepository &content, const QStringList &drawn, int depthCeiling, int plannedCards,
            bool hasEnd)
{
    Shape shape;
    const int wanted = arrivalCount(plannedCards);
    QStringList rest;
    // Check-ins first; they are kept out of the rest of the evening either way.
    for (const QString &id : drawn) {
        const Card *card = content.card(id);
        if (card && card->arrival) {
            if (shape.arrival.size() < wanted)
                shape.arrival.append(id);
        } else {
            rest.append(id);
        }
    }
    // Not enough check-ins in this choice: arrive with its lightest questions instead.
    for (qsizetype i = 0; i < rest.size() && shape.arrival.size() < wanted;) {
        const Card *card = content.card(rest.at(i));
        if (card && card->depth == 1 && card->kind != "appreciation"_L1)
            shape.arrival.append(rest.takeAt(i));
        else
            ++i;
    }
    if (hasEnd) {
        // The deepest appreciation within reach: a warm last word after the deepest talk.
        qsizetype best = -1;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const Card *card = content.card(rest.at(i));
            if (card && card->kind == "appreciation"_L1
                && (best < 0 || card->depth > content.card(rest.at(best))->depth))
                best = i;
        }
        if (best >= 0)
            shape.closing = rest.takeAt(best);
    }
    shape.body = rise(content, rest, depthCeiling);
    return shape;
}

QStringList rise(const ContentRepository &content, const QStringList &cards, int depthCeiling, bool stepUp)
{
    std::map<int, QStringList> byDepth; // each keeps the draw's order
    for (const QString &id : cards) {
        if (const Card *card = content.card(id))
            byDepth[std::min(card->depth, depthCeiling)].append(id);
    }
    QStringList order;
    auto take = [&](int depth) {
        QStringList &pile = byDepth[depth];
        if (pile.isEmpty())
            return false;
        order.append(pile.takeFirst());
        return true;
    };
    if (stepUp) {
        for (int depth = 2; depth < depthCeiling; ++depth)
            take(depth);
    }
    int sinceBreath = 0;
    while (!byDepth[depthCeiling].isEmpty()) {
        take(depthCeiling);
        if (++sinceBreath == 2 && depthCeiling > 1) {
            sinceBreath = 0;
            take(depthCeiling - 1);
        }
    }
    for (int depth = depthCeiling - 1; depth >= 1; --depth) {
        while (take(depth)) {
        }
    }
    return order;
}

} // namespace EveningArc
