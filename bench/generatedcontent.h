// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A content folder for measuring large collections: decks of generated cards
// in Hearth's own deck format (hearth-deck, version 1), in a temporary folder
// that goes when this does. Cards use the built-in sections, every kind and
// depth, and sentences varied enough that a search narrows them down.
class GeneratedContent
{
public:
    // `withBuiltIn` copies the built-in content in beside the decks, so the
    // folder loads on its own as the app's whole content.
    GeneratedContent(int cardCount, bool withBuiltIn);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

    static constexpr int cardsPerDeck = 1000;

    // One pack file (format hearth-pack, app/core/decks/packreader.h) of
    // `cardCount` such cards, with the id `packId`.
    static QByteArray pack(const QString &packId, int cardCount, const QStringList &sectionIds);

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    qint64 m_bytes = 0;
};
