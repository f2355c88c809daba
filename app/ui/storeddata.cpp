// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeddata.h"

#include "content/contentlanguage.h"
#include "decks/deckstore.h"
#include "decks/packfolder.h"
#include "demo/demodata.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcDemo) // appstate.cpp

namespace {
// The English, with the translation for the first of the person's languages
// that has one laid over it (QLocale::setDefault, as `--language` does, decides).
ContentRepository builtInContent()
{
    const QString root = ContentRepository::builtInRoot();
    ContentRepository content;
    content.loadBuiltIn();
    const QString language
        = ContentLanguage::choose(QLocale().uiLanguages(), ContentLanguage::available(root));
    if (!language.isEmpty())
        content.loadTranslation(root, language);
    return content;
}
} // namespace

StoredData StoredData::read(const QString &dataDir)
{
    StoredData data;
    data.dataDir = dataDir;
    data.content = builtInContent();
    data.database->open(dataDir);
    // Packs placed in DIR/decks load at every start; a broken one is reported, never stops the start.
    if (data.database->isPersistent()) {
        QSet<QString> sections;
        for (const GuideSection &section : data.content.sections())
            sections.insert(section.id);
        DeckStore decks(*data.database);
        data.packNotices = PackFolder::importAll(dataDir, sections, decks);
    }
    readOwnDecks(DeckStore(*data.database), data.content);
    return data;
}

StoredData StoredData::readDemo()
{
    StoredData data;
    data.demo = true;
    data.content = builtInContent();
    // SQLite in memory rather than a temporary folder: the demo then runs
    // the real schema, stores and models, yet writes no file at all, so a
    // crash or a kill can leave nothing behind, not even example words.
    data.database->openInMemory();
    QString error;
    if (!DemoData::fill(*data.database, data.content, QDateTime::currentDateTime(), &error))
        qCWarning(lcDemo).noquote() << "Part of the demo's example could not be made:" << error;
    readOwnDecks(DeckStore(*data.database), data.content);
    return data;
}

void StoredData::readOwnDecks(const DeckStore &decks, ContentRepository &content)
{
    QList<Deck> ownDecks;
    QList<Card> cards;
    for (const StoredDeck &stored : decks.decks()) {
        Deck deck = stored.deck;
        deck.origin = stored.source == DeckStore::pack ? DeckOrigin::Pack : DeckOrigin::Ours;
        ownDecks.append(deck);
        cards.append(stored.cards);
    }
    content.setOwnDecks(ownDecks, cards);
}

void StoredData::handOverTo(QThread *thread)
{
    database->handOverTo(thread);
}
