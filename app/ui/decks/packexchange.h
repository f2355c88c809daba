// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

class ContentRepository;
class DeckStore;

// Packs in and out of the deck editor: a deck saved as a pack file to share,
// and a pack file (chosen, or dropped on the window) checked whole, and kept
// only when it has no problem. Every problem comes back with its place, for
// the person to see before anything is saved.
class PackExchange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Packs come from App.deckEditor.packs")

public:
    PackExchange(DeckStore &store, const ContentRepository &content, QObject *parent = nullptr);

    // Whether a file is offered for import when dropped: a local .json file.
    Q_INVOKABLE bool looksImportable(const QUrl &file) const;
    // The file's name, as the question before importing says it.
    Q_INVOKABLE QString fileName(const QUrl &file) const;

    // {ok, message, problems: ["cards[3].depth: must be 1, 2 or 3", ...], deckId}.
    // ok false and problems listed when the pack is not sound: nothing is saved then.
    Q_INVOKABLE QVariant importFile(const QUrl &file);
    Q_INVOKABLE ActionResult exportDeck(const QString &deckId, const QUrl &file) const;
    // A name for the pack file of a deck, without suffix ("sunday-mornings").
    Q_INVOKABLE QString suggestedStem(const QString &deckId) const;

signals:
    // A pack was saved as the deck `deckId`: new or updated.
    void imported(const QString &deckId);

private:
    DeckStore &m_store;
    const ContentRepository &m_content;
};
