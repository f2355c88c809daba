// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodeck.h"

#include "decks/deckstore.h"

using namespace Qt::StringLiterals;

namespace {
Card card(const QString &section, int depth, const QString &kind, const QString &answeredBy, const QString &text,
          const QStringList &followUps = {}, const QString &hint = {})
{
    Card c;
    c.section = section;
    c.depth = depth;
    c.kind = kind;
    c.answeredBy = answeredBy;
    c.text = text;
    c.followUps = followUps;
    c.listenerHint = hint;
    return c;
}
} // namespace

namespace DemoDeck {

QString title()
{
    return u"Sunday mornings"_s;
}

QString partnerCardText()
{
    return u"When did you last feel really understood by {partner}? What did they do that helped?"_s;
}

bool add(Database &database, QString *error)
{
    DeckStore decks(database);
    const QString deckId = decks.createDeck(title(), u"Slow questions for a quiet morning with a warm drink."_s,
                                            u"warm"_s);
    if (deckId.isEmpty()) {
        *error = decks.lastError();
        return false;
    }
    const QList<Card> cards{
        card(u"closeness"_s, 1, u"question"_s, u"each"_s,
             u"Which walk or day out would you gladly repeat, and what made it good?"_s),
        card(u"listening"_s, 2, u"reflection"_s, u"each"_s, partnerCardText(),
             {u"How could the two of you make room for that more often?"_s},
             u"Let {partner} finish before you say anything back."_s),
        card(u"investing"_s, 1, u"activity"_s, u"both"_s,
             u"Sketch a slow morning for the two of you: what is in it, and what is left out?"_s),
    };
    for (const Card &c : cards) {
        if (decks.addCard(deckId, c).isEmpty()) {
            *error = decks.lastError();
            return false;
        }
    }
    return true;
}

} // namespace DemoDeck
