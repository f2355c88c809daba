// SPDX-License-Identifier: GPL-3.0-or-later
#include "packimport.h"

#include "deckstore.h"

using namespace Qt::StringLiterals;

QString PackImport::deckIdFor(const QString &packId)
{
    return DeckStore::pack + u'.' + packId;
}

QString PackImport::Result::summary() const
{
    if (!saved) {
        QStringList lines;
        for (const ContentError &error : errors)
            lines.append(error.toString());
        return lines.join(u'\n');
    }
    QStringList parts{cards == 1 ? u"1 card"_s : u"%1 cards"_s.arg(cards)};
    if (changes.isNew) {
        parts.append(u"a new deck"_s);
    } else {
        if (changes.added > 0)
            parts.append(u"%1 new"_s.arg(changes.added));
        if (changes.changed > 0)
            parts.append(u"%1 changed"_s.arg(changes.changed));
        if (changes.removed > 0)
            parts.append(u"%1 removed"_s.arg(changes.removed));
        if (changes.reordered)
            parts.append(u"reordered"_s);
        if (changes.detailsChanged)
            parts.append(u"new title, description or mood"_s);
        if (!changes.any())
            parts.append(u"nothing changed"_s);
    }
    return u"\u201C"_s + title + u"\u201D: "_s + parts.join(u", "_s);
}

StoredDeck PackImport::toStoredDeck(const Pack &pack)
{
    StoredDeck deck;
    deck.source = DeckStore::pack;
    deck.deck = pack.deck;
    deck.deck.id = deckIdFor(pack.id);
    deck.deck.cardIds.clear();
    for (Card card : pack.cards) {
        card.id = deck.deck.id + u'.' + card.id;
        card.deckId = deck.deck.id;
        deck.deck.cardIds.append(card.id);
        deck.cards.append(std::move(card));
    }
    return deck;
}

PackImport::Result PackImport::importPack(const Pack &pack, DeckStore &store)
{
    Result result;
    result.deckId = deckIdFor(pack.id);
    result.title = pack.deck.title;
    result.cards = int(pack.cards.size());

    const StoredDeck deck = toStoredDeck(pack);
    if (!store.saveDeck(deck, &result.changes)) {
        result.errors.append({{}, {}, u"could not be saved: "_s + store.lastError()});
        return result;
    }
    result.saved = true;
    return result;
}

PackImport::Result PackImport::importFile(const QString &path, const QString &file, const QSet<QString> &sections,
                                          DeckStore &store)
{
    Result result;
    const std::optional<Pack> pack = PackReader::readFile(path, file, sections, result.errors);
    if (!pack)
        return result;
    result = importPack(*pack, store);
    for (ContentError &error : result.errors)
        error.file = file;
    return result;
}
