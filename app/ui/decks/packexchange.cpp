// SPDX-License-Identifier: GPL-3.0-or-later
#include "packexchange.h"

#include "content/contentrepository.h"
#include "decks/deckstore.h"
#include "decks/packexport.h"
#include "decks/packimport.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

PackExchange::PackExchange(DeckStore &store, const ContentRepository &content, QObject *parent)
    : QObject(parent), m_store(store), m_content(content)
{
}

bool PackExchange::looksImportable(const QUrl &file) const
{
    return file.isLocalFile() && file.toLocalFile().endsWith(u".json"_s, Qt::CaseInsensitive);
}

QString PackExchange::fileName(const QUrl &file) const
{
    return QFileInfo(file.toLocalFile()).fileName();
}

QVariant PackExchange::importFile(const QUrl &file)
{
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return QVariantMap{{u"ok"_s, false}, {u"message"_s, tr("No file was chosen, so nothing was loaded.")}, {u"problems"_s, QStringList{}}};
    QSet<QString> sections;
    for (const GuideSection &section : m_content.sections())
        sections.insert(section.id);
    const QString name = QFileInfo(path).fileName();
    const PackImport::Result result = PackImport::importFile(path, name, sections, m_store);
    if (!result.saved) {
        QStringList problems;
        for (const ContentError &error : result.errors)
            problems.append(error.toString());
        return QVariantMap{{u"ok"_s, false},
                {u"message"_s, tr("%1 was not loaded, and nothing was saved. It has %n thing(s) to put right first.",
                                  nullptr, int(problems.size()))
                                   .arg(name)},
                {u"problems"_s, problems}};
    }
    emit imported(result.deckId);
    const QString what = result.changes.isNew
                             ? tr("Loaded \u201C%1\u201D with %n card(s). It is in the Library and in Together now.",
                                  nullptr, result.cards)
                                   .arg(result.title)
                             : tr("Updated %1. Stars and past conversations on its cards are kept.")
                                   .arg(result.summary());
    return QVariantMap{{u"ok"_s, true}, {u"message"_s, what}, {u"problems"_s, QStringList{}}, {u"deckId"_s, result.deckId}};
}

ActionResult PackExchange::exportDeck(const QString &deckId, const QUrl &file) const
{
    const auto deck = m_store.deck(deckId);
    if (!deck)
        return ActionResult::failure(tr("That deck is not here any more, so nothing was saved."));
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return ActionResult::failure(tr("No file was chosen, so nothing was saved."));
    QString error;
    if (!PackExport::exportFile(*deck, path, &error))
        return ActionResult::failure(tr("The pack could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return ActionResult::success(tr("Saved \u201C%1\u201D as %2. Anyone with Hearth can load it.")
                                     .arg(deck->deck.title, QDir::toNativeSeparators(path)));
}

QString PackExchange::suggestedStem(const QString &deckId) const
{
    const auto deck = m_store.deck(deckId);
    return deck ? PackExport::packIdFor(*deck) : u"hearth-deck"_s;
}
