// SPDX-License-Identifier: GPL-3.0-or-later
#include "packexport.h"

#include "deckstore.h"
#include "packreader.h"
#include "storage/savefile.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isId(const QString &text)
{
    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return idPattern.match(text).hasMatch();
}

// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
QByteArray quoted(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out += u'"';
    return out.toUtf8();
}

} // namespace

QString PackExport::packIdFor(const StoredDeck &deck)
{
    const QString ownPart = deck.deck.id.section(u'.', 1);
    if (deck.source == DeckStore::pack && isId(ownPart))
        return ownPart;
    // Accents come off ("Café" gives "cafe"); anything else between words becomes one hyphen.
    const QString plain = deck.deck.title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    slug = slug.left(48);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (!slug.isEmpty())
        return slug;
    return isId(ownPart) ? ownPart : u"deck"_s;
}

QString PackExport::localCardId(const QString &deckId, const QString &cardId, int index)
{
    const QString prefix = deckId + u'.';
    const QString local = cardId.startsWith(prefix) ? cardId.mid(prefix.size()) : QString();
    return isId(local) ? local : u"c%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
}

QByteArray PackExport::toJson(const StoredDeck &deck)
{
    QByteArray json = "{\n";
    json += "  \"format\": " + quoted(PackReader::format) + ",\n";
    json += "  \"version\": " + QByteArray::number(PackReader::formatVersion) + ",\n";
    json += "  \"id\": " + quoted(packIdFor(deck)) + ",\n";
    json += "  \"title\": " + quoted(deck.deck.title) + ",\n";
    json += "  \"description\": " + quoted(deck.deck.description) + ",\n";
    json += "  \"mood\": " + quoted(deck.deck.mood) + ",\n";
    json += "  \"cards\": [";
    for (int i = 0; i < deck.cards.size(); ++i) {
        const Card &card = deck.cards.at(i);
        json += i == 0 ? "\n    {" : ",\n    {";
        json += "\"id\": " + quoted(localCardId(deck.deck.id, card.id, i));
        json += ", \"section\": " + quoted(card.section);
        json += ", \"depth\": " + QByteArray::number(card.depth);
        json += ", \"kind\": " + quoted(card.kind);
        json += ", \"answeredBy\": " + quoted(card.answeredBy);
        json += ",\n     \"text\": " + quoted(card.text);
        if (!card.followUps.isEmpty()) {
            json += ",\n     \"followUps\": [";
            for (int f = 0; f < card.followUps.size(); ++f)
                json += (f == 0 ? "" : ", ") + quoted(card.followUps.at(f));
            json += "]";
        }
        if (!card.listenerHint.isEmpty())
            json += ",\n     \"listenerHint\": " + quoted(card.listenerHint);
        if (card.arrival)
            json += ",\n     \"arrival\": true";
        json += "}";
    }
    json += "\n  ]\n}\n";
    return json;
}

bool PackExport::exportFile(const StoredDeck &deck, const QString &path, QString *error)
{
    return writeFileAtomically(path, toJson(deck), error);
}
