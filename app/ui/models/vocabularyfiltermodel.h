// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchfiltermodel.h"

// A vocabulary narrowed to what the person typed: every word typed must start
// a word of the entry or its group ("lone" finds lonely, "fear" the whole
// family). The vocabulary's order stays, so its groups stay together, each
// headed where its first shown word is (firstInGroup): Qt 6.4's ListView
// sections fail in a file with ComponentBehavior: Bound.
class VocabularyFilterModel : public SearchFilterModel
{
    Q_OBJECT
    QML_ELEMENT


public:
    explicit VocabularyFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    // The row Enter should pick: the word typed exactly, else the first word
    // that starts with it, else the first row; -1 when nothing matches.
    Q_INVOKABLE int bestMatch() const;
    // The row showing `word` (any case), or -1.
    Q_INVOKABLE int rowOfWord(const QString &word) const;

protected:
    // A searched word must start a word of the entry: "lon" finds "lonely", not "belonging".
    [[nodiscard]] bool wordMatches(const QString &haystack, const QString &word) const override;
    void refilter() override;
};
