// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journalstore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// A journal as a Markdown file a person chose to take out of Hearth: readable
// by anyone who has the file, so only ever made on their asking.
namespace JournalMarkdown {

struct Names
{
    std::function<QString(const QString &promptId)> prompt;
    std::function<QString(const QString &feelingId)> feeling;
    std::function<QString(const QString &sectionId)> section;
};

// Oldest page first, each with its date, prompt, feeling and sections.
[[nodiscard]] QByteArray toMarkdown(const QString &journalName, const QList<JournalEntry> &pages, const Names &names);

} // namespace JournalMarkdown
