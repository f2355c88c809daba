// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include "content/contentrepository.h"
#include "storage/database.h"
#include "storage/readquery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

QList<SectionReach> Progress::sectionsExplored(const Database &database, const ContentRepository &content)
{
    QList<SectionReach> sections;
    QHash<QString, qsizetype> rowOf;
    for (const GuideSection &section : content.sections()) {
        rowOf.insert(section.id, sections.size());
        sections.append({section.id, section.title, 0, 0, 0});
    }
    for (const Card &card : content.cards()) {
        if (const auto row = rowOf.constFind(card.section); row != rowOf.cend())
            sections[*row].deepestOffered = std::max(sections[*row].deepestOffered, card.depth);
    }

    // The deepening conversation's questions are not cards of a section.
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!execRead(database, query,
                  u"SELECT DISTINCT c.card_id FROM session_cards c JOIN sessions s ON s.id = c.session_id "
                  "WHERE c.outcome = 'discussed' AND s.mode <> 'escalating'"_s))
        return sections;
    while (query.next()) {
        const Card *card = content.card(query.value(0).toString());
        if (!card)
            continue;
        if (const auto row = rowOf.constFind(card->section); row != rowOf.cend()) {
            SectionReach &reach = sections[*row];
            ++reach.cardsDiscussed;
            reach.deepestDepth = std::max(reach.deepestDepth, card->depth);
        }
    }
    return sections;
}
