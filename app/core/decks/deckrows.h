// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contenterror.h"
#include "content/contenttypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

// How a card sits in a row of deck_cards, shared by DeckStore's reads and writes.
namespace DeckRows {

// The columns cardFrom() reads, in its order.
inline const QString cardColumns =
    QStringLiteral("id, deck_id, section, depth, kind, answered_by, text, follow_ups, listener_hint, arrival");

// follow_ups holds a JSON array of texts.
inline QString followUpsJson(const QStringList &followUps)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(followUps)).toJson(QJsonDocument::Compact));
}

inline Card cardFrom(const QSqlQuery &query)
{
    Card card;
    card.id = query.value(0).toString();
    card.deckId = query.value(1).toString();
    card.section = query.value(2).toString();
    card.depth = query.value(3).toInt();
    card.kind = query.value(4).toString();
    card.answeredBy = query.value(5).toString();
    card.text = query.value(6).toString();
    for (const QJsonValue &value : QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
        card.followUps.append(value.toString());
    card.listenerHint = query.value(8).toString();
    card.arrival = query.value(9).toInt() != 0;
    return card;
}

// True when every field a person sees is the same (ids and decks aside).
inline bool sameCard(const Card &a, const Card &b)
{
    return a.section == b.section && a.depth == b.depth && a.kind == b.kind && a.answeredBy == b.answeredBy
           && a.text == b.text && a.followUps == b.followUps && a.listenerHint == b.listenerHint
           && a.arrival == b.arrival;
}

// A card's or deck's problems as one line for lastError(): "text: must not be empty; depth: …".
inline QString describe(const ContentErrors &errors)
{
    QStringList lines;
    for (const ContentError &error : errors)
        lines.append(error.where + QStringLiteral(": ") + error.message);
    return lines.join(QStringLiteral("; "));
}

} // namespace DeckRows
